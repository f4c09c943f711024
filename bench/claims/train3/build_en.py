#!/usr/bin/env python3
"""Build bench/claims/train3/en.jsonl (third batch of English TRAINING sentences).

Records are kept below as data. The script runs the checks of the gathering brief
(lengths, label/source sets, uniqueness, near-duplicates against every English jsonl
under bench/claims/ except holdout3/, origin partition and use, one group per origin)
and writes en.jsonl only if all pass. It prints counts and ids, and for near-duplicates
only this file's own text, never another file's sentences.
"""
import difflib, glob, hashlib, json, os, re, sys, unicodedata, urllib.parse
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CLAIMS = os.path.dirname(HERE)
USED = "/tmp/claims-used-origins.txt"
LABELS = ["safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion", "none"]
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum", "handout-style", "written"}
MY_SIDE = "train"

N = "none"
PAGES = [
("clinic", "https://www.nwface.com/?p=100785", [
 (N, "Procedure time: about 60 minutes", "table cell; neutral"),
 (N, "Recovery time: up to a week", "table cell; a week is not minimisation"),
 ("comparison", "Ordinary moisturisers and anti-ageing serums give only short-lived relief, unlike salmon PDRN injections.", "replacement/comparison without data"),
 ("approval", "Not FDA-cleared for cosmetic use in the US, yet widely adopted by aesthetic clinics across Europe and Asia.", "spin on non-approval (rule 7); social proof also applies"),
 ("safety", "We offer this advanced PDRN treatment for patients who want subtle, natural-looking results with minimal downtime.", "minimal downtime as selling point"),
 (N, "Salmon PDRN is a highly purified preparation of short DNA fragments isolated from salmon.", "neutral biology"),
 ("benefit", "Once placed in the superficial dermis, PDRN switches on adenosine A2A receptors, improving blood flow and speeding tissue repair.", "mechanism-as-result"),
 ("benefit", "Because salmon DNA is so biocompatible with human tissue, it encourages the skin's own healing processes.", ""),
]),
("clinic", "https://drkormeilidermatology.com/salmon-dna-pdrn-celebrity-craze-science-and-safety", [
 (N, "Influencers call salmon DNA a regenerative breakthrough, but the questions about it are just as loud.", "distance + doubt"),
 (N, "New treatments deserve careful evaluation, not blind trust in viral clips.", ""),
 (N, "The finished product holds no live cells and no genetic material able to alter your own DNA.", "composition fact, not offered as 'so it is safe'"),
 (N, "PDRN works gradually and subtly and is not designed to replace neuromodulators or fillers.", "honest limits"),
 (N, "In medicine, PDRN has been studied for years, mainly for wound healing and tissue repair.", "history"),
 (N, "Social media tends to oversimplify the message until it sounds miraculous.", "refutation"),
]),
("clinic", "https://halibut-rhino-69a2.squarespace.com/blog/polynucleotides", [
 ("comparison", "Tired of looking tired? Polynucleotides are the ultimate glow-up for the under-eye area.", "superlative ranking"),
 ("benefit", "Think of polynucleotides as little superheroes that wake up your fibroblasts and get collagen flowing again.", "metaphor asserting an effect"),
 ("benefit", "A true one-stop solution for dullness, dehydration, laxity and fine lines.", ""),
 ("safety", "The best part? Side effects are minimal: a little redness and swelling that vanish in no time.", ""),
 (N, "Regenerative medicine is about repairing, replacing or regenerating cells, tissues or organs to restore their function.", "definition"),
 ("social_proof", "Exosomes and polynucleotides are the talk of the town in aesthetics right now.", "popularity (holdout2 decision 12)"),
 (N, "The nickname 'salmon sperm facial' refers to where the DNA is sourced, not to anything raw being put on the skin.", ""),
]),
("journal", "https://www.aestheticnursing.co.uk/content/clinical/the-introduction-of-polynucleotides", [
 ("benefit", "Polynucleotide therapy marks a major step forward, letting practitioners bio-revitalise skin in a deeper and longer-lasting way.", "trade journal, uncritical; comparison also applies"),
 (N, "The injectable is built from long chains of highly purified nucleotides that form stable helices inside a clear gel carrier.", "neutral composition"),
 ("benefit", "In the clinic, high-purity polynucleotides bring more glow, smaller pores, smoother texture and firmer skin.", ""),
 ("safety", "The hypoallergenic polynucleotide gel contains no hyaluronic acid.", "'hypoallergenic' as minimised risk"),
 ("benefit", "Injected intradermally, the nucleotides calm local free radicals and pull water into the treated skin.", "mechanism-as-result"),
]),
("news", "https://www.empiremedicaltraining.com/antiaging-regenerative-workshops/resources/iv-nutrition-therapy/nad-iv-therapy/", [
 (N, "NAD+ drips are among the fastest-growing elective infusions, even though the evidence has not kept pace.", "trend + refutation in same sentence"),
 (N, "Many patients arrive having read that NAD+ reverses ageing, sharpens the mind and helps break addiction.", "reported belief"),
 (N, "The distance between what NAD+ does in a cell and what an infusion has been proven to do in a person is wide.", ""),
 (N, "NAD+ is a coenzyme found in every living cell and central to converting nutrients into ATP.", "neutral biology"),
 (N, "It is sold for energy, cognition and anti-ageing, uses where the mechanism is plausible but human trial data remain limited.", "hedged"),
]),
("clinic", "https://privemedical.com/blog/nad-plus-at-prive-clarity-shot-longevity.html", [
 ("approval", "Our intramuscular shot and our IV drip are two formats of the same NAD+ molecule, both compounded under physician prescription.", "regulated setting as reassurance (rule 6)"),
 ("social_proof", "NAD+ is the longevity treatment people ask us about more than any other.", "popularity"),
 (N, "NAD+ levels fall measurably with age, which is one reason the molecule sits at the centre of the longevity conversation.", ""),
 ("benefit", "Patients on our NAD+ protocol commonly report steadier energy, sharper focus and faster recovery.", "reported outcomes in the seller's voice"),
 (N, "Some of the interest comes from real research and some from celebrity wellness coverage.", "descriptive"),
]),
("clinic", "https://rejuvenate-az.com/insights/nad-iv-therapy-everything-you-need-to-know-(2025-evidence-based-guide)", [
 ("comparison", "An IV puts NAD+ straight into the bloodstream at close to full bioavailability, something oral supplements can't match.", "comparison without data"),
 (N, "NAD+ levels can fall by half or more between the ages of 40 and 60.", "number, neutral"),
 (N, "Clinical studies suggest NAD+ infusions may lift energy and reduce fatigue, though individual responses vary.", "hedged"),
 (N, "Chronic inflammation consumes NAD+ at an accelerated rate.", "biology"),
 (N, "Sessions usually run two to four hours because the drip has to be given slowly.", "procedure fact"),
]),
("clinic", "https://docslib.org/doc/4837655/preface-placenta-therapy-in-my-practice-i-employ-placenta-therapy-for-various-diseases-i-first-learned-of-it-in-2001-when-i-wo", [
 ("benefit", "I watched patient after patient on placenta therapy get better, and for me seeing is believing.", "practitioner's own claim of efficacy"),
 ("benefit", "Placenta extract works on many conditions that barely respond to modern medicine.", "comparison also applies"),
 (N, "The placenta is a temporary organ formed in pregnancy to protect and support the fetus.", "biology"),
 (N, "Placenta therapy uses an essence extracted from human or animal placentas.", ""),
 (N, "When I first heard of it, a senior colleague advised me to stay well away from placenta therapy.", "anecdote, no claim"),
]),
("salon", "http://hardynco.com/blog/plant-stem-cellsthe-promise-of-eternal-beauty/", [
 (N, "In the cosmeceutical world, plant stem cells are being touted as the secret to younger-looking skin.", "'touted'"),
 (N, "The stem cells themselves never go into the bottle; they are grown in labs, away from pollution and pesticides.", "process fact"),
 ("benefit", "This small white mountain flower is a stem cell powerhouse for tired skin.", "metaphor asserting potency"),
 (N, "Edelweiss extract is said to calm inflammation and allegedly prevents collagen breakdown.", "'said to', 'allegedly'"),
 ("benefit", "Açaí stem cell extract has been found to increase facial collagen, and you'll find it in our hydrating mist.", ""),
]),
("news", "https://www.refinery29.com/en-us/2020/07/9912927/natural-retinol-alternatives-review", [
 (N, "Epidermal growth factor is a protein that occurs naturally in human skin and can also be produced from some plants.", ""),
 ("benefit", "EGF signals skin cells to regenerate, lifting collagen and elastin and plumping out fine lines.", "uncritical review"),
 (N, "In the brand's own trials the serum supposedly raised skin density by as much as a third.", "'supposedly', brand's trial"),
 ("benefit", "I can't yet say it has smoothed my wrinkles, but my skin is definitely bouncier.", "testimonial with a specific outcome"),
 (N, "The water-thin serum took a while to absorb, so I kept it for my evening routine.", "neutral use note"),
]),
("news", "https://www.scmp.com/lifestyle/fashion-beauty/article/3149076/retinol-botox-too-strong-try-anti-ageing-ingredient", [
 ("comparison", "Retinol or Botox too harsh for you? Doctors point to this gentler anti-ageing ingredient instead.", "headline; replacement claim"),
 (N, "Growth factors were first investigated as a way to speed up the healing of wounds and burns.", "history"),
 (N, "EGF only began showing up in skincare products around the early 2000s.", "history of a trend"),
 ("comparison", "'EGF is the ultimate ingredient for repair,' one medical aesthetician told a beauty website.", "superlative quoted without distance; uncritical"),
 (N, "EGF serums aren't needed for great skin, though they may be a useful addition to an existing routine.", "hedged"),
 ("comparison", "For sensitive skin, EGF products are far kinder than daily retinol.", ""),
]),
("forum", "https://stemcellpioneers.com/threads/stem-cell-knee-procedures-are-they-worth-it.13223/", [
 (N, "You can barely go a day without seeing an ad for miracle stem cell knee shots.", "critical"),
 (N, "One estimate put knee replacements in the US at well over half a million a year in the mid-2000s.", "epidemiology"),
 (N, "Complications of a knee replacement include blood clots, infection, heart attack and lasting pain.", ""),
 (N, "The idea is that a far less invasive injection might remove or delay the need for a new knee.", "hedged"),
 ("approval", "Our group published the very first reports of stem cell knee injections, back in 2008.", "publication priority used as proof (rule 7)"),
 (N, "Younger, more active patients are more likely to be unhappy with their artificial knee.", ""),
]),
("clinic", "https://maheclinic.com/service/prp/", [
 ("benefit", "PRP is a treatment that cures hair loss.", ""),
 (N, "The course runs in three steps over a period of four to six weeks.", "procedure"),
 ("benefit", "Our PRP injections reliably get hair growing again naturally and thicken every shaft.", ""),
 (N, "Stop blood-thinning medicines beforehand, and leave the treated scalp unwashed for 48 hours afterwards.", "aftercare timing"),
 (N, "The sample sits in the centrifuge for roughly ten minutes so the layers can separate.", "procedure step"),
]),
("clinic", "https://goldenstateurology.com/services/hair-restoration-for-men/", [
 (N, "Most men need three treatments spaced four to six weeks apart.", "procedure"),
 (N, "Top-up sessions are then needed every four to six months.", ""),
 (N, "Step 3: the platelet-rich layer is drawn into a syringe and injected wherever more growth is wanted.", "procedure step"),
 (N, "After spinning, the tube shows three layers: platelet-poor plasma, platelet-rich plasma and red cells.", ""),
]),
("clinic", "https://www.babeaestheticsny.com/prp-hair-restoration", [
 ("benefit", "PRP uses your own platelets to cut shedding, spark new growth and thicken the follicle itself.", ""),
 ("safety", "Discomfort is minimal and side effects are few; at most some bruising or slight swelling.", ""),
 (N, "Plasma is injected about every half-inch across the thinning area.", "procedure"),
 ("benefit", "Results hold for up to two years, with one touch-up session a year.", "result-timing line (rule 8)"),
 ("suitability", "Made for anyone bothered by thinning, a receding hairline or sparse patches.", "who it is for, no specific effect"),
]),
("forum", "https://liz.mommyslittlecorner.com/2012/08/stem-cell-culture-way-to-look-younger.html", [
 (N, "Celebrities and even politicians are claiming to reap the rewards of stem cell treatments.", "'claiming'"),
 (N, "I'm not sure whether hospitals use it yet, but I know beauty clinics already offer it.", ""),
 ("benefit", "The cultured cells are injected back to replace the ones that have been damaged.", "mechanism-as-result, unhedged"),
]),
("clinic", "https://laclinicamedical.com/knowledge/prf-guide/prf-under-eyes", [
 ("comparison", "For many patients PRF is the safer, more natural choice under the eyes than hyaluronic acid filler.", "comparative safety -> comparison (rule 5)"),
 (N, "Lower-lid skin is the thinnest on the body, roughly a quarter as thick as skin elsewhere on the face.", "anatomy"),
 ("safety", "Autologous: no Tyndall effect and no bluish discoloration.", "absolute 'no' as an advantage"),
 (N, "What it won't fix: deep hollowing, festoons, fat bags or dark circles caused by pigment.", "honest limits"),
 ("benefit", "Over a series of sessions the skin slowly thickens, treating the thinning instead of hiding it.", ""),
 ("comparison", "Lower vascular risk: the softer gel is less likely to block a vessel than HA.", "comparative safety"),
 (N, "Vascular occlusion in this area can cause vision loss.", "risk fact"),
]),
("forum", "https://www.realself.com/question/bologna-emilia-romagna-italia-prp-prf-under-eyes-crepey-skin-blindness", [
 (N, "It is hard to say whether PRP or PRF works better under the eyes, because kits differ and often underperform their makers' claims.", ""),
 (N, "A recent systematic review pooled close to twenty studies of platelet treatments around the eyes.", "study description"),
 (N, "PRF is essentially PRP that has been allowed to form a fibrin clot.", ""),
 (N, "With PRP an anticoagulant keeps the sample liquid; PRF leaves it out, so the sample clots within minutes.", "neutral contrast"),
 (N, "Adding a few drops of calcium just before use can turn almost any PRP into PRF.", ""),
]),
("journal", "https://clinicaltrialcompass.org/trial/NCT03114514", [
 (N, "A small blood sample from each participant is centrifuged down to about one millilitre of PRP.", "trial design"),
 (N, "The course consists of three under-eye injections given one month apart.", "trial design"),
 (N, "Skin colour is measured one month after the first injection and again three months after the last.", "outcome measure"),
]),
("clinic", "https://skyn.com.au/faq-items/who-is-suitable-for-prp-under-eye-injections/", [
 ("comparison", "PRP is a great natural alternative to dermal filler, which doesn't suit everyone.", ""),
 (N, "Signs of under-eye ageing include fine lines, dark circles, puffiness, hollowing and lost elasticity.", ""),
 ("suitability", "Who can have it? Most adults with early crepiness or shadows who would rather not have filler.", "FAQ answer"),
]),
("clinic", "https://beautyvaultmedspa.com/education/whats-the-best-posttreatment-routine-for-exosomes-and-prp", [
 ("benefit", "Exosome therapy and PRP microneedling have transformed skin rejuvenation.", "'transformed' = revolutionary"),
 (N, "Keep out of direct sunlight for at least 24 to 48 hours after treatment.", "aftercare timing"),
 (N, "Skip saunas, steam rooms and hot tubs for the first two days.", ""),
 ("benefit", "Swelling and tenderness are signs that your healing response has kicked in.", "side effects framed as proof (rule 8)"),
 (N, "Wait four to six hours before washing your face after PRP.", ""),
 (N, "Sleep with your head propped on two pillows on the first night.", ""),
]),
("clinic", "https://www.westcoast-aesthetics.com/aftercare", [
 (N, "Your provider's individual instructions always take priority over this page.", ""),
 (N, "Unless told otherwise, wait 12 to 24 hours before putting on makeup.", "aftercare timing"),
 (N, "Mild redness and warmth are normal and fade within hours to a couple of days.", "factual description (rule 4)"),
 (N, "Wear SPF 30 or higher every day and seek shade for one to two weeks.", ""),
 (N, "Let any micro-crusting flake off naturally; don't pick at it.", ""),
]),
("news", "https://biologyinsights.com/how-much-is-stem-cell-therapy-in-tijuana", [
 (N, "A stem cell package in Tijuana usually costs somewhere between $5,000 and $25,000, with common treatments around $9,000-15,000.", "cost as information (rule 11)"),
 (N, "Mexico's health regulator requires clinics to hold authorization for collecting, processing and applying cells.", "plain regulatory fact"),
 (N, "Cells come either from the patient's own fat or marrow or from screened donor cord tissue.", ""),
 (N, "Systemic IV protocols cost more than a single localized joint injection.", "cost info"),
]),
("news", "https://biologyinsights.com/is-stem-cell-therapy-in-mexico-safe-2", [
 (N, "Procedures in Mexico often cost a third to two-thirds less than in the United States.", "cost info"),
 (N, "Patients can book quickly, without the long waits tied to clinical trials at home.", "descriptive"),
 (N, "How safe a procedure is depends heavily on the individual clinic.", ""),
 (N, "Enforcement is inconsistent, so unproven uses slip through a regulatory gray area.", ""),
]),
("journal", "https://www.semanticscholar.org/paper/Basic-hair-transplantation%3A-2007.-Sadick-White/388a2a82d6a4c25780a416929726add9e8568fd0", [
 (N, "Androgenetic alopecia, the most common type of hair loss, affects at least half of men by the age of 50.", "epidemiology"),
 (N, "Affected hairs become finer and less pigmented until they stop growing altogether.", ""),
]),
("news", "https://www.emedicinehealth.com/image-gallery/male_pattern_baldness_picture/images.htm", [
 (N, "Male pattern baldness accounts for the vast majority of hair loss in men.", ""),
 (N, "Around two in three American men have noticeable hair loss by 35.", "epidemiology"),
 (N, "By 50, an estimated 85% of men have thinning hair.", "epidemiology restated"),
 (N, "Roughly one man in four starts losing hair before turning 21.", ""),
]),
("clinic", "https://agelessmenshealthclinics.com.au/hair-rejuvenation-services/", [
 (N, "High androgen levels in the follicle shorten the growth cycle, giving shorter, finer strands.", "biology"),
 (N, "Rates are highest among Caucasian men and lowest among Japanese and Chinese men.", "epidemiology"),
 (N, "Up to three in four men will eventually have some degree of baldness.", ""),
]),
("clinic", "https://laradevganmd.com/doctorsnotes/2018/5/25/dr-devgan-discusses-options-for-treating-male-patterned-baldness", [
 ("benefit", "PRP injections have become an effective fourth step in treating male pattern baldness.", ""),
 (N, "Platelets carry several hundred different proteins, including concentrated growth factors.", "number about platelets"),
 (N, "Finasteride is FDA-approved for hair loss and lowers DHT in the scalp and bloodstream.", "true regulatory fact"),
 (N, "Minoxidil works less well when the bald patch is large or has been bald for more than five years.", ""),
 ("benefit", "PRP increases the diameter of individual hairs and the density of terminal hairs.", ""),
]),
("clinic", "https://otandp.com/services/hair-loss-management-restoration?hsLang=en", [
 (N, "About four in ten women are affected by pattern hair loss by the age of 70.", "epidemiology"),
 (N, "In women the hair thins across the whole scalp, but the hairline usually stays where it was.", ""),
 (N, "Male pattern loss typically starts above the temples and works back around the crown.", ""),
]),
("journal", "https://mnsl-journal.springeropen.com/articles/10.1186/s40486-017-0049-7/figures/1", [
 (N, "Exosomes arise when the endosome membrane folds inward to form multivesicular bodies, which later fuse with the cell surface.", "vesicle biology"),
 (N, "Microvesicles bud straight off the plasma membrane and carry the parent cell's surface proteins.", ""),
 (N, "Cell-derived vesicles are studied both as signalling messengers and as diagnostic markers.", ""),
]),
("salon", "https://biosave.com/products/exosome-lipidomics-service--11", [
 (N, "Exosomes are lipid-bilayer vesicles about 50 to 150 nm across, secreted by most cell types.", "vesicle biology"),
 (N, "They are found in many body fluids as well as in cell-culture supernatants.", ""),
]),
("news", "https://parkinsonsresource.org/news/articles/update-on-patients-lawsuit-against-stem-cell-clinic-stemgenex", [
 (N, "Three customers say they paid close to $15,000 per treatment for lupus, diabetes and other conditions and saw no effect.", ""),
 (N, "The plaintiffs' lawyer says the clinic cited false statistics and made-up online reviews.", ""),
 (N, "Customers who complained were told results could take months or that they should buy another round.", ""),
 (N, "The clinic's website still displayed a 100% patient-satisfaction figure at the time.", "descriptive, critical context"),
 (N, "The company dismissed the suit as a 'fishing expedition'.", ""),
]),
("clinic", "https://clarityct.com/faqs/what-is-regenerative-medicine-exactly/", [
 ("benefit", "For the face, PRP and exosomes help with fine lines, age spots, redness, acne scars and pore size.", "indication list"),
 ("benefit", "For hair: nourishes the scalp, restores a healthy growth cycle and cuts down on shedding.", ""),
 (N, "Plasma is the liquid part of blood and is made up mostly of water and proteins.", ""),
 (N, "Exosomes are tiny messengers that carry instructions from one cell to another.", "neutral biology"),
 (N, "If you've ever wondered what 'regenerative medicine' actually means, this post is for you!", ""),
]),
("clinic", "https://sct-inc.org/faqs", [
 ("safety", "After speaking with leading doctors, I have concluded there is no evidence stem cell therapy can contribute to a bad outcome.", ""),
 (N, "Is it covered by insurance? No, because stem cell therapy isn't FDA-approved for general use.", "plain regulatory fact"),
 ("promotion", "In some circumstances the treatment is tax deductible, so check with your tax adviser.", "financial selling point from the seller"),
 (N, "The infusion itself takes about 20 minutes.", ""),
 ("safety", "Only the white cells are used, so there's no need to match the recipient's blood type.", "minimised risk offered as advantage"),
]),
("clinic", "http://biogenesisofficial.com/en/products/allogenic-stem-cells-therapy", [
 (N, "Allogeneic cells are taken from Wharton's jelly or cord blood collected after the baby is born.", ""),
 (N, "Cells are kept in sealed cryo-vials in nitrogen vapour at about minus 190 °C.", "storage fact"),
 ("benefit", "The therapy delivers fresh stem cells to damaged tissue to treat disease, injury or cosmetic concerns.", "unhedged efficacy"),
]),
("clinic", "https://geocord.ge/en/service-terms", [
 ("promotion", "Pay in full, or spread the cost with an interest-free instalment plan.", ""),
 ("safety", "Collection takes only a few minutes and poses no risk to mother or baby.", ""),
 ("approval", "We freeze every sample in a programmable freezer at one degree per minute, the global standard for cell viability.", "standard used as proof"),
 ("promotion", "Your first year of storage is included in the service fee.", ""),
 (N, "After you register, we send a collection kit to take with you to the delivery.", "procedure step"),
]),
("clinic", "https://seoulbeautymate.com/jp/blog/rejuran-price-seoul-2025", [
 (N, "Gangnam and Cheongdam charge the most; outer Seoul districts sit at the lower end.", "cost info"),
 (N, "Skin-booster prices in Seoul are quoted per 1 cc syringe, typically around ₩120,000-170,000.", "price range as information"),
 (N, "Ask for the cc count, product version and the injector's name in writing before you pay.", "advice"),
 (N, "Most clinics plan three to four sessions, three to four weeks apart.", ""),
 (N, "The under-eyes usually take about 1 cc in total, half a cc per side.", "dose fact"),
]),
("news", "https://hilal.gov.pk/view-article.php?i=9158", [
 ("benefit", "Exosomes, the tiny particles released by stem cells, repair tissue, reduce inflammation and promote healing.", "uncritical magazine piece"),
 ("social_proof", "Exosome therapy is fast becoming the go-to option for chronic pain, hair loss and ageing skin.", "popularity; uncritical"),
 (N, "The treatment is usually given in a clinic, often under local anaesthetic to limit discomfort.", ""),
]),
("news", "https://www.droracle.ai/articles/31525/what-is-the-concentration-difference-of-platelets-in-platelet-rich", [
 (N, "PRP usually holds three to five times the platelet concentration of whole blood.", "numbers about platelets"),
 (N, "Normal blood contains roughly 150,000 to 350,000 platelets per microlitre.", ""),
 (N, "Some commercial systems claim increases of up to nine-fold.", "'claim'"),
 (N, "The field is still poorly standardised and lacks evidence-based guidelines for trials.", ""),
]),
("journal", "https://arthroscopysportsmedicineandrehabilitation.org/article/S2666-061X(23)00074-3/fulltext", [
 (N, "The registry covered about 400 PRP injections given to some 350 patients over three years.", "study design"),
 (N, "Final PRP platelet counts dropped by roughly 30,000 for each additional decade of age.", ""),
 (N, "Two doses prepared for the same patient differed significantly in platelet count.", ""),
 (N, "Sex, BMI and preparation protocol made no difference to the final platelet concentration.", ""),
]),
("salon", "https://rejuvudayspa.com/terms-and-conditions", [
 ("promotion", "Membership runs for at least 12 months and then continues month to month until you cancel.", "membership terms"),
 ("promotion", "Member discounts cover regular-priced services, injections included, but not packages or series pricing.", ""),
 ("promotion", "Cancel with under 24 hours' notice and half the service price will be charged.", "booking terms"),
 ("promotion", "Banked funds can be used, saved or moved onto a gift card; no cash refunds.", ""),
]),
("forum", "http://celebritycosmeticsurgery.blogspot.com/2010/09/has-courtney-love-had-stem-cell.html", [
 (N, "Stem cell facelifts are definitely the future of facial plastic surgery.", "trend hype without efficacy (rule 8)"),
 (N, "Because stem cells can become new cells where they are placed, they could in theory create younger-looking skin.", "hedged"),
 (N, "The machines that separate stem cells from fat are not FDA-approved for cosmetic use.", "regulatory fact"),
 ("approval", "Along with three colleagues, I introduced this volumetric facelift in a leading aesthetic surgery journal.", "journal publication used as credential"),
 (N, "Photos show the singer looking better than in years, but is that really thanks to stem cells?", ""),
]),
("clinic", "https://www.jasonbdiamond.com/blog/beverly-hills-stem-cell-facelift/", [
 (N, "I keep seeing ads for the 'stem cell facelift', but I have not found a legitimate study behind it.", ""),
 ("social_proof", "Nine in ten of my facelifts include fat injections, and thousands of my patients have had it done.", "patient count"),
 (N, "If injected fat has a regenerative effect, it has not been proven.", ""),
 (N, "Fat grafting to the face has been done since the 1970s.", "history"),
 (N, "Calling it a 'stem cell facelift' is mostly about having a sexy name.", "refutation"),
]),
("news", "https://www.askdrmanny.com/stem-cell-face-lift-does-it-work/", [
 ("benefit", "Plastic surgeons say they can use stem cells to make women look years younger without invasive surgery.", "uncritical report of practitioners' claim"),
 (N, "'I had lost weight and looked gaunt, so I asked what we could do,' one patient recalled.", "no outcome claimed"),
 ("benefit", "Her surgeon proposed using her own adult stem cells to turn back the clock.", "uncritical"),
]),
("news", "http://blog.thedailybeast.com/stem-cell-facelifts-some-doctors-question-science", [
 (N, "Some women swear by so-called stem-cell face-lifts, but doctors ask whether they differ at all from fat grafting.", "so-called + doubt"),
 (N, "Patients pay roughly $6,000 to $11,000 for the procedure.", "cost info in news"),
 (N, "Critics say there is little evidence that stem cells have anything to do with the result.", ""),
 (N, "Critics add that the technology to separate stem cells from the rest of the fat doesn't exist yet.", ""),
]),
("news", "http://www.ocregister.com/2010/09/25/courtney-loves-stem-cell-facelift/", [
 (N, "The label covers procedures that take fat from the lower body, process it and inject it into the face.", ""),
 (N, "It is an increasingly popular, promising but still experimental form of cosmetic medicine.", "experimental"),
 (N, "What goes into the face is usually not pure stem cells but fat, which naturally contains a few.", ""),
 (N, "One surgeon writes that fat contains adult stem cells that may have a rejuvenating effect.", "hedged"),
]),
("clinic", "https://regenexx.com/blog/what-is-regenexx-3", [
 ("comparison", "We offer the most advanced, best-researched orthopaedic stem cell procedures in the world.", ""),
 ("comparison", "Putting other clinics next to us is like parking a subcompact beside a Ferrari.", "metaphor ranking"),
 ("comparison", "Our founders were the first in the US to use stem cells for orthopaedic conditions.", "'first' ranking"),
 ("social_proof", "More than thirty practices across the country use our same-day protocols.", "network size as proof"),
 ("approval", "Full-time staff track every outcome and complication in our university-style patient registry.", "in-house registry used as proof of rigour"),
]),
("forum", "https://experts.studentdoctor.net/threads/adding-regenerative-medicine-to-your-practice.1371771/page-35", [
 (N, "Big academic centres have jumped on the PRP bandwagon, so there must be something to that 'secret sauce', right?", "sarcasm; scare quotes"),
 (N, "I'll repeat it: the rinky-dink clinics are doing PRP and somehow billing Medicare.", ""),
 (N, "In some cases workers' compensation ends up paying for it.", ""),
]),
("clinic", "https://www.bernsteinmedical.com/medical-treatment/stem-cell-therapy/", [
 (N, "There is a lot of misleading information online about what stem cell products can treat.", ""),
 (N, "The clinic's page repeats the FDA position: apart from cord-blood products for blood disorders, no stem cell product is approved.", "regulatory fact"),
 (N, "Products from fat, Wharton's jelly or amniotic fluid are not FDA-approved to treat any of the conditions they are promoted for.", ""),
]),
("news", "https://www.aboutlawsuits.com/fda-stem-cell-exosome-warning-174068/", [
 (N, "Federal regulators say some makers oversell regenerative treatments and, in some cases, outright lie.", ""),
 (N, "Because the products aren't approved, harms are probably underreported.", ""),
 (N, "Similar claims resurfaced as clinics pitched stem cells and exosomes for COVID-19 patients.", ""),
]),
("news", "https://thenodmag.com/content/pdrn-serums-salmon-sperm-ampoules-skincare", [
 ("social_proof", "Last year the hottest booking in dermatologists' offices wasn't a laser or a filler but a salmon-DNA skin booster.", "popularity"),
 ("benefit", "PDRN is prized for healing and plumping the skin when injected or paired with microneedling.", "uncritical"),
 (N, "Topical serums can't reach the dermis, so they are better for maintenance than transformation, a dermatologist says.", "limits"),
 (N, "The ingredient has moved from the syringe to pastel ampoules on beauty shelves.", "trend, no claim"),
 ("benefit", "'Injected PDRN goes straight to where collagen is made, so results show in two to three weeks,' she explains.", "result-timing in practitioner's voice"),
]),
("news", "https://xcmdanlizhu.com/9-pdrn-serums-and-creams-for-your-glowiest-skin-yet", [
 (N, "To check whether a formula contains PDRN, look for 'sodium DNA' on the ingredient list.", ""),
 (N, "Labels don't say whether the DNA fragments come from fish or from plants.", ""),
 ("social_proof", "Why we love it: it's made by the company behind the most popular in-office version of the treatment.", "popularity as proof"),
 ("benefit", "Ginseng-derived PDRN supports skin regeneration and barrier function.", "unhedged"),
 (N, "Most studies so far have used salmon-derived fragments rather than plant ones.", ""),
]),
("news", "https://www.thebeautyedit.ph/?p=19196", [
 (N, "PDRN was first researched and developed in the 1980s.", "history"),
 (N, "The DNA fragments are sterilised to strip out proteins that could trigger allergies.", "process fact"),
 ("social_proof", "The country is seeing a remarkable surge in PDRN treatments, driven by the Korean beauty wave.", "popularity"),
 (N, "Is PDRN a passing fad, or is it here to stay?", "question"),
]),
("salon", "https://glamorskin.com/pdrn-in-k-beauty-world-serums-injections-and-creams-details", [
 ("benefit", "Fast results: people notice smoother, more hydrated skin quickly.", ""),
 ("approval", "Trusted by professionals: dermatologists use it in their clinics after laser and microneedling.", "professional endorsement as proof"),
 ("safety", "Safe and gentle, and well tolerated by nearly every skin type, sensitive skin included.", ""),
 ("benefit", "PDRN didn't just get popular from hype; it genuinely works.", ""),
 (N, "It is made from DNA fragments that come from salmon.", ""),
]),
("forum", "https://stemcellpioneers.com/threads/bahamas-usa-first-clinic-to-legally-offer-stem-cell-treatment-after-new-legislation.9304/latest", [
 ("approval", "The heart institute was the first to receive approval from the national stem cell ethics committee to treat patients.", "ethics-committee approval as proof; reposted PR"),
 ("approval", "Treatment takes place in a state-of-the-art facility built to exceed US surgical standards.", "standard used as proof"),
 (N, "The islands see stem cell treatment as a medical-tourism draw, being only about 50 miles from the US.", ""),
 (N, "Such treatment is not approved in many countries, including the United States.", "regulatory fact"),
]),
("forum", "http://stem-cell-therapy.blogspot.com/2005/08/experience-stem-cell-therapy-in.html", [
 ("benefit", "I was proud to be part of this patient's stem cell therapy, a groundbreaking treatment.", "'groundbreaking'"),
 ("promotion", "Our team meets every patient at the airport with flowers and a driver to the hotel.", "logistics as promotion (holdout2 decision 6)"),
 ("comparison", "We aim to give the greatest service any patient has ever seen.", "superlative ranking"),
 ("social_proof", "'I look forward to a healthy husband at our golden anniversary,' the wife of one patient told me.", "testimonial without specific outcome"),
]),
("forum", "https://trippingovernothing.com/2018/09/09/hasta-la-proxima-vez-panama/", [
 ("social_proof", "The whole experience with the institute was great: professional, organised, top-notch facilities, an A+ from us.", "patient review without a specific outcome"),
 (N, "The infusions took about 18 minutes each.", ""),
 (N, "Day two was an intravenous infusion plus two injections, followed by an hour of physical therapy.", "procedure schedule"),
 (N, "We spent the rest of our days at appointments, physio and the pool.", ""),
]),
("forum", "http://the-medical-voyager.blogspot.com/", [
 (N, "I expected big promises, but the doctors made no guarantees and no talk of miracles.", ""),
 ("approval", "The centre collaborates with leading physicians from a highly respected US hospital.", "affiliation used as endorsement"),
 ("social_proof", "The walls were covered in patients' thank-you notes and family banners.", "testimonials as proof; blog"),
 (N, "Cells are given by lumbar puncture or local injection, depending on the doctor's choice.", ""),
]),
("clinic", "https://www.medicalmasters.org/the-power-of-stem-cells-when-you-catch-a-falling-star/", [
 (N, "Over 700,000 knee operations are performed each year to repair torn meniscus cartilage.", "epidemiology"),
 ("comparison", "New studies suggest two in three arthroscopic knee surgeries fail, which is why we turn to stem cells.", "vague citation against an alternative"),
 (N, "People with arthritis are more than twice as likely to fall.", ""),
 (N, "The meniscus is a cushion of cartilage between the shin and thigh bones.", "anatomy"),
]),
("news", "https://forwardhealthylifestyles.com/2019/01/03/live-stem-cell-therapy-is-the-healing-choice-of-the-future/", [
 ("social_proof", "More than 100 pro football players have tried stem cell therapy, either instead of surgery or alongside it.", "athletes as proof"),
 ("comparison", "Stem cells tap your body's natural ability to heal, with less risk and expense than surgery.", "comparison without data"),
 (N, "Cortisone is a stop-gap that can dull sensation and potentially lead to more injury.", "about the alternative"),
 ("social_proof", "Millions of Americans have already used stem cell therapy for their injuries.", "patient counts"),
]),
("clinic", "https://regenortho.com/articles/10-faqs-about-stem-cell-therapy-for-knee-pain/", [
 ("benefit", "Done properly, stem cell therapy for the knee has a success rate of 80-85%.", "number without limits (holdout2 decision 5)"),
 ("safety", "It is highly effective and extremely safe.", ""),
 ("comparison", "In many cases it gives far superior results to standard surgery and pain management.", ""),
 ("approval", "I have specialised in regenerative injection therapies for over 20 years.", "experience as credential (holdout2 decision 7)"),
 ("comparison", "Few doctors have the training to do it right the way we do.", ""),
 (N, "Good medicine starts with the right diagnosis of what is actually causing the knee pain.", ""),
]),
("salon", "https://www.athenabiomed.com/post/evaluating-exosome-based-therapies-a-clinical-framework-for-practitioners", [
 (N, "Many commercial exosome products make claims that run ahead of the evidence.", "refutation"),
 (N, "Headline counts of billions of particles per vial are not a reliable proxy for potency.", "refutes hype"),
 (N, "There is still no universally accepted standard for counting exosomes.", ""),
 (N, "Microvesicles, exomeres and lipoproteins routinely co-isolate with exosomes and inflate particle counts.", "vesicle biology"),
 ("comparison", "Our exosomes occupy a fundamentally different position from the rest of the market.", "supplier's ranking of its own product"),
]),
("clinic", "https://hasansahin.projeweb.site/en/exosome-treatment", [
 ("safety", "Unlike stem cell therapy, exosome treatment avoids the risks of immune rejection and tumour formation.", "absolute safety term plus comparison -> safety (holdout2 decision 3)"),
 ("comparison", "Because exosomes are smaller and more stable than cells, they outperform cell-based therapies in ease of use.", ""),
 (N, "Exosomes are thought to act by delivering signalling molecules, such as microRNAs, to target cells.", "hedged 'thought to'"),
 (N, "The vesicles are isolated from mesenchymal stem cell cultures, then purified and concentrated.", "process"),
]),
("clinic", "https://www.c4ph.co.uk/prepayment-plans", [
 ("promotion", "New patients: save 10% when you prepay an initial course of six PRP sessions.", "renamed to PRP (README allows)"),
 ("promotion", "Friends & Family plan: 12 sessions at 10% off, shareable with anyone you like.", "renamed product"),
 ("promotion", "Any price rise during the life of your plan will not be applied to you.", "plan terms"),
 ("promotion", "The initial course must be paid in full at the first appointment and used within two months.", "plan terms"),
]),
("clinic", "https://coltishallclinic.co.uk/pages/Booking-policies", [
 ("promotion", "A non-refundable consultation fee is taken when you book your first appointment.", "booking terms (rule 11)"),
 ("promotion", "Prefer to see only our Medical Director? That consultation carries a higher fee.", ""),
 ("promotion", "You may move a treatment appointment once, with at least 72 hours' notice.", "booking terms"),
 (N, "All patients complete consent forms on the day of treatment.", "procedure"),
]),
("salon", "https://skinspanewyork.com/blogs/news/everything-you-need-to-know-about-vampire-facials", [
 ("benefit", "Despite the spooky name, this facial could be the secret your skin has been waiting for.", "hedge plus hype element (rule 2 exception)"),
 ("safety", "Far from being harmful, the micro-injuries kick-start your skin's own repair.", "minimisation"),
 ("benefit", "Clients report fewer wrinkles, a more even tone and smaller pores and scars.", "reported outcomes, uncritical"),
 ("safety", "Am I a candidate? Almost anyone can have it done safely.", "FAQ answer; safety outranks suitability"),
 ("benefit", "It's like telling your skin to start over, and your skin actually listens.", "metaphor asserting effect"),
]),
("clinic", "https://kbellamedispa.com/everything-you-should-know-about-a-vampire-facial/", [
 ("benefit", "The powerhouse pairing of microneedling and PRP delivers excellent results in tone and texture.", ""),
 ("safety", "The facial is relatively painless and takes under an hour.", "minimisation"),
 (N, "Healing takes three to five days, and sunscreen is a must during that time.", "aftercare timing"),
 (N, "Avoid glycolic acid, retinoids and other strong actives while the skin recovers.", ""),
 (N, "Could this treatment be right for you?", "question"),
]),
]

# Written marketing lines (source "written") and handout-style hard negatives, as data.
WRITTEN = [
("w01", [
 ("suitability", "Built for new mothers whose hair thinned after pregnancy.", "written; who it is for"),
 ("suitability", "Who we treat: runners, weekend golfers and anyone whose knees have started to complain.", "written"),
 ("suitability", "Age range: 25 and up, any gender", "written; table cell"),
 ("suitability", "Skin types: I to VI", "written; table cell = all skin types"),
 ("suitability", "Your 40s, 50s and beyond: this drip was designed with you in mind.", "written; NAD+ drip"),
 ("suitability", "Polynucleotides for the first signs of crepey under-eyes", "written; heading"),
 ("suitability", "Great for brides-to-be planning their glow six weeks out.", "written"),
 ("suitability", "Recommended alongside laser resurfacing and microneedling.", "written; use context as marketing"),
 ("suitability", "Vegans welcome: our plant-derived PDRN contains no fish DNA.", "written"),
 ("suitability", "Designed for crowns and partings where thinning has only just begun.", "written"),
 ("suitability", "Athletes, dancers and manual workers make up our knee clinic's core patients; is that you?", "written"),
 ("suitability", "Think you're too young for regenerative skincare? Prevention starts at 25.", "written"),
 ("suitability", "Oily, dry or sensitive, this growth-factor serum slots into any routine.", "written; all skin types"),
 ("suitability", "For anyone who has tried everything else on stubborn acne scars.", "written"),
]),
("w02", [
 ("suitability", "Treatment areas: face, neck, décolletage, hands, scalp", "written; table cell"),
 ("suitability", "Men's hair clinic: built around the way male hair loss actually progresses.", "written"),
 ("suitability", "Over 60? Our NAD+ longevity drip is tailored to your stage of life.", "written"),
 ("suitability", "Q: Am I too old for a stem cell knee injection? A: We treat patients well into their eighties.", "written; FAQ answer"),
 ("suitability", "Q: Can I have it with darker skin? A: Absolutely, every skin tone is welcome.", "written; FAQ answer"),
 ("suitability", "Post-menopausal skin that has lost its bounce? This placenta serum is formulated for you.", "written"),
 ("suitability", "Whatever your stage of hair loss, there's a protocol for you.", "written"),
 ("suitability", "Teens to seniors: our platelet gel is used across every age group.", "written"),
 ("suitability", "For the needle-shy: a topical exosome ritual with no injections at all.", "written"),
 ("suitability", "Pre-wedding, post-baby, mid-career slump: every season of life is covered.", "written"),
]),
("w03", [
 ("approval", "Gold award, Aesthetic Excellence Honours 2026: Regenerative Practice of the Year", "written; award as proof"),
 ("approval", "Our medical director is a Fellow of the Royal College of Surgeons and a former university lecturer.", "written; titles as proof"),
 ("approval", "✔ GMP-certified lab ✔ ISO 13485 ✔ third-party sterility tested", "written; badges"),
 ("approval", "Every vial ships with a certificate of analysis from an independent lab.", "written"),
 ("approval", "Our PDRN protocol made the cover story of an international cosmetic dermatology journal.", "written; journal cover"),
 ("approval", "Our PDRN is registered as a medical device in Korea, so you know it's the real thing.", "written; foreign registration as endorsement"),
 ("approval", "Patented triple-filtration process, protected in 14 countries", "written; patent"),
 ("approval", "Trained in Milan by the original developers of the technique.", "written; credentials"),
 ("approval", "Licensed by the health ministry to provide cell therapy, one of only a handful of centres.", "written; licence as proof; exclusivity also"),
 ("approval", "Our cord-tissue bank is fully accredited by an international blood and tissue association.", "written"),
 ("approval", "Developed with a Nobel laureate's research team.", "written; Nobel prestige"),
 ("approval", "Board-certified dermatologists only, never a technician.", "written; credentials (holdout2 decision 7)"),
]),
("w04", [
 ("approval", "Halal-certified growth factor serum", "written; certification, bare noun phrase"),
 ("approval", "Dermatologist-tested and clinically validated on 120 volunteers.", "written; testing as proof"),
 ("approval", "Recognised by the national aesthetics society as a centre of excellence.", "written"),
 ("approval", "Our clinic director sits on the ethics board of a university hospital.", "written; title as proof"),
 ("approval", "Medical-grade. Pharmacist-formulated. Lab-verified.", "written; badges"),
 ("approval", "Over 40 peer-reviewed publications from our founding physician", "written"),
 ("promotion", "The only knee clinic in the state offering this protocol.", "written; exclusivity"),
 ("comparison", "Two needles, zero incisions, and none of the weeks off a facelift demands.", "written; comparative downtime -> comparison (rule 5)"),
 ("comparison", "Next-generation platelet concentrate: the PRP upgrade you've been waiting for.", "written"),
 ("comparison", "Forget fillers: this is where under-eye treatment is heading.", "written; replacement claim"),
 ("comparison", "Salon facials polish the surface; our exosome protocol works several layers deeper.", "written; no 'better/than'"),
 ("comparison", "Where PRP plateaus, exosomes keep going.", "written"),
 ("comparison", "The gold standard in regenerative hair care", "written; superlative heading"),
 ("comparison", "Leaves oral NAD+ supplements in the dust.", "written"),
]),
("w05", [
 ("comparison", "Number one in the city for stem cell knee care", "written; ranking"),
 ("comparison", "Unmatched purity: 99.9% exosome content per vial", "written"),
 ("comparison", "Think of it as Botox's smarter, regenerative cousin.", "written"),
 ("comparison", "Why settle for a basic vitamin drip when the NAD+ version exists?", "written"),
 ("comparison", "One session here does the work of three elsewhere.", "written"),
 ("comparison", "A league above every growth-factor serum on the shelf.", "written"),
 ("comparison", "Surgery repairs; stem cells regenerate.", "written; slogan contrast"),
 ("comparison", "Cord-blood cells: younger, stronger and more potent than your own.", "written"),
 ("comparison", "The most natural way to restore volume under the eyes", "written; 'most natural' (rule 9)"),
 ("comparison", "Premium polynucleotides, not the diluted versions some clinics use.", "written"),
]),
("w06", [
 ("social_proof", "★★★★★ 'Friendly team, spotless clinic, already booked my second session.' Priya, verified patient", "written; review without specific outcome"),
 ("social_proof", "4.9 average across 1,300 Google reviews", "written; rating"),
 ("social_proof", "Over 12,000 drips delivered since we opened.", "written; count"),
 ("social_proof", "The treatment half of Seoul's idol trainees book before a comeback.", "written; celebrity use"),
 ("social_proof", "Trusted by three Olympic medallists and a top-flight football physio team.", "written; athletes"),
 ("social_proof", "'I'd do it again tomorrow,' says Mark, 58.", "written; no specific outcome"),
 ("social_proof", "Demand has tripled since a lifestyle influencer filmed her session.", "written; influencer"),
 ("social_proof", "As seen on a daytime TV makeover show", "written; media appearance"),
 ("social_proof", "Word of mouth brings us most of our new knee patients.", "written"),
 ("social_proof", "Join the 9,000+ women who've made PDRN part of their routine.", "written; count outranks CTA"),
 ("social_proof", "Top-rated placenta clinic on a major booking app three years running", "written"),
 ("social_proof", "Our best-selling serum, reordered every 60 seconds somewhere in the world.", "written"),
 ("social_proof", "'Honestly the nicest clinic I've been to, and now my sister goes too.'", "written"),
 ("social_proof", "A favourite of red-carpet make-up artists before awards season.", "written"),
]),
("w07", [
 ("safety", "Time off work needed: 0 days", "written; table cell"),
 ("safety", "Zero needles. Zero pain. Zero recovery.", "written"),
 ("safety", "It's your own plasma, so an allergic reaction simply can't happen.", "written; own cells so safe"),
 ("safety", "Side effects? Practically unheard of.", "written"),
 ("safety", "Walk in at lunch, walk out and straight back to work.", "written; same-day"),
 ("safety", "Gentle enough for pregnant and breastfeeding clients.", "written; safety outranks suitability"),
 ("safety", "Q: Is the NAD+ drip risky? A: It's a molecule your body already makes, so no.", "written; FAQ; natural so safe"),
 ("safety", "Placenta extract has been used for 70 years without a single serious incident.", "written"),
 ("safety", "Sterile, pure and completely risk-free.", "written"),
 ("safety", "No rejection, no reaction: the cells are matched to you.", "written"),
 ("safety", "Hands down the safest cell-based skin treatment you can book", "written; superlative safety stays safety (rule 5)"),
 ("safety", "Plant-derived stem cells mean zero irritation, even on reactive skin.", "written"),
 ("safety", "Back in the gym the next morning.", "written; minimal downtime"),
 ("safety", "Backed by hundreds of studies and proven safe.", "written; vague appeal to research (rule 4)"),
]),
("w08", [
 ("promotion", "Intro offer: first polynucleotide session £199 (usually £320)", "written; price line"),
 ("promotion", "Book three NAD+ drips and the fourth is on us.", "written"),
 ("promotion", "Text GLOW to our WhatsApp line for this week's slots.", "written; CTA"),
 ("promotion", "Only five launch-price places left this month.", "written; scarcity"),
 ("promotion", "0% finance over 12 months on all knee packages", "written"),
 ("promotion", "Free scalp analysis with every hair consultation.", "written"),
 ("promotion", "Members save 15% on every platelet-gel treatment.", "written"),
 ("promotion", "Flights, hotel and airport transfers bundled into one stem cell travel package.", "written; medical tourism"),
 ("promotion", "Bring a friend to your consultation and you'll each receive £75 treatment credit.", "written"),
 ("promotion", "Gift cards available in any amount.", "written"),
 ("promotion", "Limited edition holiday exosome serum set, while stocks last", "written; scarcity"),
 ("promotion", "A $150 booking deposit secures your slot and comes off the final bill.", "written; booking terms"),
]),
("w09", [
 ("benefit", "Tired → rested in one 90-minute drip", "written; arrow"),
 ("benefit", "Hair shedding: down. Density: up.", "written"),
 ("benefit", "Placenta injections: brighter skin within a week", "written; result timing"),
 ("benefit", "Stem cell gummies that wake up your body's own repair crew.", "written; supplement"),
 ("benefit", "Knee pain gone by week six, or your next session is on us.", "written; guarantee outranks promotion"),
 ("benefit", "Growth factor serum = a facial in a bottle", "written; metaphor"),
]),
("w10", [
 ("suitability", "Cyclists, climbers and CrossFitters: this one's for your tendons.", "written"),
 ("suitability", "Designed with menopausal hair thinning in mind.", "written"),
 ("suitability", "If you're between 35 and 55 and noticing a softer jawline, keep reading.", "written"),
 ("suitability", "Eligible: active adults with grade 1-3 knee arthritis who want to keep moving.", "written; marketing eligibility"),
 ("suitability", "Frequent flyers and shift workers are who we had in mind for this drip.", "written"),
 ("suitability", "Any skin, any season.", "written"),
 ("social_proof", "Chosen by more than 200 aesthetic doctors across Europe.", "written; experts as proof"),
 ("social_proof", "Sold out three times after going viral on short-video apps.", "written"),
 ("social_proof", "Patients fly in from Dubai, Sydney and Toronto for this knee protocol.", "written"),
 ("social_proof", "'My mum, my aunt and now me: we all swear by this clinic.'", "written"),
 ("social_proof", "Rated 'excellent' by 97% of last year's patients in our own survey.", "written"),
]),
("w11", [
 ("safety", "No bruising, no swelling, no fuss.", "written"),
 ("safety", "All of the glow, none of the risk.", "written"),
 ("safety", "Complications are vanishingly rare in experienced hands.", "written"),
 ("safety", "Back to normal: within the hour", "written; table cell"),
 ("promotion", "Call today: consultations are free until the end of the month.", "written"),
 ("promotion", "Per 2 ml vial: $450 | course of 3: $1,200", "written; price row"),
 ("promotion", "Walk-ins welcome on Saturdays; weekday slots by appointment only.", "written"),
 ("promotion", "Scan the QR code to claim your welcome discount.", "written"),
 ("approval", "Accredited by Joint Commission International", "written; foreign accreditation"),
 ("approval", "Our cell lab passed its latest state inspection with zero findings.", "written; inspection as proof"),
]),
]
HANDOUT = [
("h01", [
 "Ask the clinic whether the product is approved for this use in your country, and ask to see the paperwork.",
 "A long list of five-star reviews tells you about the waiting room, not about whether the treatment works.",
 "Awards and magazine features are marketing; they are not evidence of safety.",
 "Before travelling abroad for cell therapy, ask who will look after you if something goes wrong once you are home.",
 "'Natural' does not mean risk-free: a product made from your own blood can still cause infection if handled badly.",
 "PDRN and polynucleotides are regulated differently from country to country, so check what your own regulator says.",
 "NAD+ drips can cause flushing, nausea and chest tightness if run too fast; ask how the rate is controlled.",
 "If a clinic says results are guaranteed, ask what happens if they are not, and get the answer in writing.",
 "A 'stem cell' cream does not contain living human stem cells; ask what the ingredient actually is.",
 "Placenta injections carry a theoretical infection risk, and people who have had them may be asked not to give blood.",
]),
("h02", [
 "Ask how many times the practitioner has done this exact procedure, and how complications are handled.",
 "A board certificate tells you about a doctor's training, not about whether an unproven product works.",
 "Compare the full cost of a course, including top-ups, rather than the price of a single session.",
 "Be cautious if you are asked to pay in full before a doctor has examined you.",
 "There is little evidence that growth-factor serums get through intact skin in meaningful amounts.",
 "Knee injections may ease pain for some people, but they have not been shown to regrow cartilage.",
 "If you are pregnant or breastfeeding, most clinics will advise waiting; ask why if they do not.",
 "Bring a list of your medicines, including blood thinners and supplements, to the consultation.",
 "Redness for a day or two after microneedling is common; worsening pain, pus or fever is not, and needs a doctor.",
]),
("h03", [
 "A clinic listing its study on a trial registry does not make its paid treatment a genuine clinical trial.",
 "Genuine trials rarely charge participants for the treatment being tested.",
 "Ask whether the exosome product came from human, animal or plant cells, and how it was screened for infection.",
 "Keep a note of the product name, batch number and dose in case you have a reaction later.",
 "Before-and-after photos on social media may rely on lighting, filters or makeup; ask to see unedited results.",
 "If a clinic says its product is 'not a drug, so no approval is needed', check that claim with your regulator.",
 "Being told 'it can't hurt' is not the same as being shown safety data.",
 "Hair-loss treatments with stronger evidence, such as minoxidil and finasteride, are worth discussing before paying for PRP.",
 "Ask whether you can talk it over with your own doctor first; a good clinic will not rush you.",
]),
]


def side(url: str) -> str:
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    return "test" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "train"


def host_slug(url):
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    parts = host.split(".")
    base = parts[0] if len(parts) <= 2 else (parts[-3] if parts[-2] in ("co", "com", "org", "gov", "ac") else parts[-2])
    if base in ("blogspot", "squarespace"):
        base = parts[0]
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def norm_key(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().casefold()


def alnum(t):
    return "".join(ch for ch in unicodedata.normalize("NFKC", t).casefold() if ch.isalnum())


def build():
    recs = []
    slugs = Counter()
    for source, origin, rows in PAGES:
        s = host_slug(origin)
        slugs[s] += 1
        grp = f"t3-en-{s}" + (f"-{slugs[s]}" if slugs[s] > 1 else "")
        for label, text, note in rows:
            recs.append(dict(text=text, label=label, source=source, group=grp, origin=origin, note=note))
    for g, rows in WRITTEN:
        for label, text, note in rows:
            recs.append(dict(text=text, label=label, source="written", group=f"t3-en-{g}", origin="", note=note))
    for g, rows in HANDOUT:
        for text in rows:
            recs.append(dict(text=text, label="none", source="handout-style", group=f"t3-en-{g}", origin="",
                             note="handout-style advice"))
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"t3-en-{i:04d}", "text": r["text"], "label": r["label"], "lang": "en",
                    "source": r["source"], "group": r["group"], "origin": r["origin"], "note": r["note"]})
    return out


def other_en_texts():
    """Texts of English sentences in other bench/claims jsonl files (never printed)."""
    texts = []
    for path in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        rel = os.path.relpath(path, CLAIMS)
        if rel.startswith("holdout3" + os.sep) or rel.startswith("train3" + os.sep):
            continue  # holdout3 must not be opened; train3 is this file
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                if r.get("lang") == "en":
                    texts.append(r["text"])
    return texts


def main():
    recs = build()
    errors = []
    used = set(l.strip() for l in open(USED, encoding="utf-8") if l.strip())
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or "\r" in t or not t.strip():
            errors.append(f"{r['id']}: length/newline")
        if r["label"] not in LABELS:
            errors.append(f"{r['id']}: bad label")
        if r["source"] not in SOURCES:
            errors.append(f"{r['id']}: bad source")
        if r["source"] in ("written", "handout-style"):
            if r["origin"]:
                errors.append(f"{r['id']}: written record with origin")
        else:
            if not r["origin"]:
                errors.append(f"{r['id']}: page record without origin")
            elif r["origin"] in used:
                errors.append(f"{r['id']}: origin already used")
            elif side(r["origin"]) != MY_SIDE:
                errors.append(f"{r['id']}: origin on the other side")
    # uniqueness within file
    seen = {}
    for r in recs:
        k = norm_key(r["text"])
        if k in seen:
            errors.append(f"{r['id']}: duplicate of {seen[k]}")
        seen[k] = r["id"]
    # origin -> exactly one group; group -> one source/origin
    og = defaultdict(set); go = defaultdict(set); gs = defaultdict(set); gsize = Counter()
    for r in recs:
        if r["origin"]:
            og[r["origin"]].add(r["group"])
        go[r["group"]].add(r["origin"]); gs[r["group"]].add(r["source"]); gsize[r["group"]] += 1
    for o, gset in og.items():
        if len(gset) != 1:
            errors.append(f"origin in {len(gset)} groups: {sorted(gset)}")
    for g in go:
        if len(go[g]) != 1 or len(gs[g]) != 1:
            errors.append(f"group {g} mixes origins/sources")
        if re.fullmatch(r"t3-en-[wh]\d\d", g) and not (4 <= gsize[g] <= 14):
            errors.append(f"group {g} size {gsize[g]} outside 4-14")
    # near-duplicates
    mine = [(r["id"], r["text"], alnum(r["text"])) for r in recs]
    others = [alnum(t) for t in other_en_texts()]
    print(f"compared against {len(others)} English sentences in other bench/claims files (holdout3 excluded)")
    def close(a, b):
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85
    nd = 0
    for i, (rid, text, a) in enumerate(mine):
        for b in others:
            if a == b or close(a, b):
                errors.append(f"{rid}: near-duplicate of an existing sentence: {text}"); nd += 1
                break
        for rid2, text2, b in mine[i + 1:]:
            if close(a, b):
                errors.append(f"{rid} ~ {rid2}: near-duplicates within file: {text} | {text2}"); nd += 1
    print(f"near-duplicate hits: {nd}")
    # counts
    n = len(recs)
    lab = Counter(r["label"] for r in recs); src = Counter(r["source"] for r in recs)
    wr = src["written"] + src["handout-style"]
    print(f"records: {n}; pages: {len(og)}; groups: {len(go)}")
    for l in LABELS:
        print(f"  {l:13s} {lab[l]:4d}")
    print(f"  none share {lab['none'] / n:.1%}; written+handout-style {wr} = {wr / n:.1%}")
    print("  by source:", dict(sorted(src.items())))
    if n < 450: errors.append("fewer than 450 records")
    for l in LABELS[:-1]:
        if lab[l] < 30: errors.append(f"{l} below 30")
    if not (0.45 <= lab["none"] / n <= 0.55): errors.append("none share outside 45-55 %")
    if wr / n > 0.35: errors.append("written share above 35 %")
    if errors:
        print(f"{len(errors)} problem(s); nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(os.path.join(HERE, "en.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote en.jsonl")


if __name__ == "__main__":
    main()
