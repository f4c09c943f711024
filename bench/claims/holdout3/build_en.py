#!/usr/bin/env python3
"""Build bench/claims/holdout3/en.jsonl: a TEST-ONLY set of English sentences for the hype gate.

All records are data in this file. The checks below run before anything is written and print
only counts and ids (and, for a near-duplicate hit, this file's own text). Run:
    python3 bench/claims/holdout3/build_en.py
"""
import collections, difflib, glob, hashlib, json, os, re, sys, unicodedata, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
CLAIMS = os.path.dirname(HERE)
OUT = os.path.join(HERE, "en.jsonl")
USED = "/tmp/claims-used-origins.txt"
MY_SIDE = "test"
LABELS = {"safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion", "none"}
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum", "handout-style", "written"}
S, B, A, C, P, U, R, N = ("safety", "benefit", "approval", "comparison", "social_proof",
                          "suitability", "promotion", "none")


def side(url: str) -> str:
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    return "test" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "train"


PAGES = []  # (group suffix, source, origin, [(label, text, note), ...])


def page(g, src, origin, *items):
    PAGES.append((g, src, origin, [(i[0], i[1], i[2] if len(i) > 2 else "") for i in items]))


# ---------------------------------------------------------------- page-derived paraphrases
page("ismoc-knee", "clinic", "https://ismoc.net/stem-cell-and-prp-treatment-of-knee.html",
 (P, "Our centre has given thousands of PRP and stem cell knee injections since 2011 as part of its own prospective study.", "patient/procedure counts as proof"),
 (B, "Most of our patients, though not quite all, get a significant benefit from the injections.", "vague limit, no figures: unhedged efficacy"),
 (S, "Infections or serious adverse events? Possible in theory, but we have had none.", "minimisation offered as a selling point despite the theoretical caveat"),
 (R, "Our out-of-pocket fee for these injections is one of the lowest in the country.", "seller's price claim"),
 (N, "Neither Medicare nor private insurers pay for PRP or stem cell injections."),
 (B, "Platelets and stem cells supply growth factors that heal damaged tissue and proteins that naturally slow joint destruction.", "mechanism as result"),
 (N, "About 40 cc of blood is drawn and spun twice, leaving roughly 4 cc of plasma with about five times the normal platelet count."),
)
page("ismoc-prp", "clinic", "http://www.ismoc.net/prp.html",
 (P, "Our surgeon is an international leader in this field, with more of these injections behind him than almost anyone.", "reputation/experience as proof"),
 (P, "Scroll down to watch treated patients tell their own stories on video.", "testimonials"),
 (B, "It does not help every patient, but most see a substantial improvement in their symptoms."),
 (N, "It appears to work best in mild to moderate arthritis and less well once the joint is bone on bone.", "hedged ('appears'), with limits"),
 (N, "Some patients have extra pain or swelling for a day or two right after the injection."),
)
page("northbio", "salon", "https://northbiomedical.com/articles/rejuran/",
 (S, "Salmon DNA fragments share the same nucleotide alphabet as our own cells, so the body tolerates them well.", "natural/biocompatible, so safe"),
 (N, "PDRN is neither a filler nor a neurotoxin; it behaves as a signalling molecule."),
 (B, "The fragments engage the adenosine A2A receptor, and fibroblasts answer by producing more collagen.", "mechanism as result"),
 (N, "A Korean injectable has become shorthand for the whole category of polynucleotide skin boosters."),
)
page("supstack", "news", "https://supstack.me/supplements/pdrn",
 (N, "Topical PDRN is a cosmetic ingredient, not a drug and not a supplement you swallow."),
 (N, "Most studies are small and often industry-funded, so read the effect sizes cautiously."),
 (N, "There are essentially no controlled trials of 'salmon DNA' creams; the better evidence concerns the injected form."),
 (N, "Large DNA fragments cross intact skin poorly, so don't assume a cream does what an injection does."),
)
page("asha", "news", "https://www.ashasexualhealth.org/vampire-facials-confirmed-as-cause-of-at-least-three-hiv-infections/",
 (N, "A dermatology society says there is no evidence that vampire facials work.", "refutation"),
 (N, "Spas say the facial plumps skin and fills acne scars, yet the FDA has never approved it as a skin rejuvenator.", "attributed claim with refutation"),
 (N, "Inspectors found unlabelled vials of blood beside food in the fridge and unwrapped needles in drawers."),
 (N, "Clinics that handle blood must use universal precautions: gloves, no shared needles, sterilised equipment."),
)
page("iflscience", "news", "https://www.iflscience.com/two-people-have-been-diagnosed-with-hiv-after-getting-vampire-facials-52334",
 (N, "Proponents claim the platelet boost speeds healing, but evidence for the facial's miraculous effects is thin.", "distance + refutation"),
 (N, "The facial took off as a beauty trend after a reality-TV star posted a blood-smeared selfie.", "celebrity history, descriptive"),
 (N, "Tiny needles pierce the skin, supposedly to aid absorption, before the platelet mix is spread on the face.", "'supposedly'"),
)
page("inkl", "news", "https://inkl.com/news/another-case-of-hiv-linked-to-vampire-facial-offered-at-new-mexico-medical-spa-8497c452-5a57-4e15-9d26-729bc19ecfd8",
 (N, "A trade group insisted the facial is safe when done correctly and blamed untrained impostors for the infections.", "reported with distance in a harm story"),
 (N, "Five HIV infections have now been linked to services at the shuttered spa."),
 (N, "Former clients were urged to get retested even if an earlier test came back negative."),
)
page("totalbiopharma", "news", "http://www.totalbiopharma.com/2014/09/17/regulating-medical-tourism-mexico/",
 (N, "An online ad for a clinic in northern Mexico offered stem cells for cancer, Alzheimer's and blindness, stressing low prices.", "describes the ad"),
 (N, "Many such clinics never won FDA authorisation because their treatments failed safety or efficacy criteria."),
 (N, "Scientists are hopeful about stem cells but say years of careful trials must come before the promised therapies."),
)
page("advskinfit", "clinic", "https://advancedskinfitness.com/blog/4-things-to-avoid-after-exosome-therapy/",
 (B, "Exosome therapy is a powerful, all-natural treatment that dramatically shrinks pores, clears acne scars and lifts sagging skin."),
 (B, "It also fights hair loss by triggering new follicles to grow and strengthening them."),
 (S, "Any redness or swelling can simply be left alone; it will be gone within 24 hours.", "guaranteed quick resolution offered as reassurance; borderline with factual aftercare"),
 (N, "Avoid strenuous exercise for 24 to 48 hours after the session."),
 (B, "Follow the aftercare and your long-lasting results are guaranteed.", "guarantee"),
)
page("aestique", "clinic", "https://aestiquemedispa.com/what-is-hair-restoration/",
 (B, "Added during hair restoration surgery, PRP creates new follicles and raises the density of existing ones."),
 (U, "PRP hair restoration is typically recommended for people thinning from genetics, stress, medication or hormonal change."),
 (N, "An active scalp infection or inflammation can make you unsuitable for PRP.", "contraindication"),
 (N, "PRP is also being studied for arthritis and chronic wounds.", "hedge"),
)
page("premierspa", "clinic", "https://premierspaandlasercenter.com/services/medical-treatments/prp-for-hair-restoration/",
 (B, "PRP has shown great promise for hair loss and, once injected, promotes hair growth."),
 (N, "The course is four sessions one to two months apart, and results are not immediate."),
)
page("prism", "clinic", "https://www.prismdermatology.com/procedures/prp-hair-restoration",
 (B, "Concentrated platelets lengthen the growing phase of the hair cycle, giving more growth and thicker hair.", "mechanism as result"),
 (R, "Treatment is sold as a package of three sessions at an average of $500 per session.", "seller's package price"),
 (N, "Because PRP for hair loss is cosmetic, insurance does not cover it."),
 (U, "Our typical candidates are men and women with pattern hair loss."),
 (B, "Think of your hair as the lawn and PRP as the fertiliser.", "metaphor asserting an effect"),
)
page("resident", "news", "https://resident.com/resource-guide/2025/05/29/medical-tourism-and-stem-cells-what-patients-need-to-know",
 (N, "Many stem cell procedures sold abroad are experimental and not approved by agencies such as the FDA."),
 (N, "People travel for access, lower prices or earlier innovation, but stem cell tourism carries risks that need careful thought."),
 (N, "Before paying a clinic overseas, weigh the medical, legal and ethical questions involved."),
)
page("sentebella", "clinic", "https://sentebellaspa.com/faq/",
 (R, "Cancel an exosome appointment with less than 12 hours' notice, or fail to show, and a $99 fee applies.", "booking terms; treatment renamed to exosome"),
 (R, "By booking with us you accept our cancellation policy.", "booking terms"),
 (N, "As with any medical-grade treatment, bruising can happen."),
)
page("e50", "salon", "https://www.e50exosomes.com/e-50-exosomes-eu-regulations/",
 (N, "Human-derived exosomes are not on the list of ingredients allowed in EU cosmetics."),
 (S, "Our exosomes come from salmon cells, chosen because they are safe and biocompatible.", "source offered as safety"),
 (A, "Every product in our range holds a UK cosmetics notification certificate.", "registration as proof"),
 (N, "Human biological materials are tightly controlled because of contamination, immune reactions and disease transmission."),
)
page("afternoontea", "forum", "https://yourenglishafternoontea.com/2020/02/27/prp-hair-treatment/",
 (N, "Expect to pay £1,000 to £3,000 for the first three sessions and about £300 for each later one.", "cost information"),
 (N, "Studies are still under way to check how well the treatment works for hair loss."),
 (N, "It is believed the injections boost blood supply to the follicle root.", "hedge"),
)
page("legalvision", "news", "https://legalvision.com.au/q-and-a/what-restrictions-are-there-for-advertising-medicine/",
 (N, "The advertising code bars claims that a product is always effective."),
 (N, "Ads must not raise unrealistic expectations or exploit a consumer's lack of medical knowledge."),
 (N, "The code also forbids ads that provoke fear or distress or encourage excessive use."),
)
page("ablis", "authority", "https://ablis.business.gov.au/service/ag/therapeutic-goods-advertising-code-tgac-/30930",
 (N, "Anyone advertising or selling therapeutic goods, biologicals included, must follow the advertising code."),
 (N, "The code exists so that consumer advertising is socially responsible and does not mislead."),
)
page("medworm", "news", "https://medworm.com/534923645/fda-seeks-injunction-to-stop-two-stem-cell-companies-after-patients-blinded/",
 (N, "The FDA asked federal courts to permanently stop two stem cell companies after reports of patients going blind."),
)
page("kumpulan", "forum", "https://kumpulan1soaldanjawaban.blogspot.com/2019/01/2nd-lawsuit-alleging-us-stem-cell.html",
 (N, "Some clinics claimed their stem cell shots improve vision, the opposite of what the lawsuits allege.", "distance"),
 (N, "Both product-liability suits were settled through the company's insurance at no extra cost to it."),
)
page("skininc", "news", "http://www.skininc.com/skinscience/physiology/Stem-Cells-and-Growth-Factors-What-You-Should-Know-253397321.html?page=2",
 (N, "Plant stem cells are not like human stem cells and do not deliver their benefits.", "negation"),
 (N, "Plant stem cell extracts give only modest improvements and are usually paired with peptides."),
 (N, "There is no guarantee that a cultured stem cell will make any growth factors at all.", "negation"),
 (N, "Human stem cells for skin care are mostly harvested from adults, which has eased the controversy."),
)
page("biodesign", "clinic", "https://biodesignwellness.com/blog/tag/stem-cell-therapy/",
 (B, "His surgeon said the bone-on-bone knee needed an operation, yet six months after a stem cell shot he felt better.", "testimonial with a specific outcome"),
 (N, "Because the knee still clicked and caught, he went back for a second injection."),
)
page("visitkorea", "news", "https://english.visitkorea.or.kr/svc/contents/bbsHtmlView.do?menuSn=923&vcontsId=220188",
 (A, "Korean dermatologists finish four years of university-hospital residency and a specialist exam, so their expertise runs deep.", "credentials as proof"),
 (P, "Patients from Japan, Taiwan and Southeast Asia are flocking to Korean skin clinics for clear, younger-looking skin.", "popularity on a promotional tourism page"),
)
page("koreastemcell", "clinic", "https://korea-stem-cell.com/stem-cell-korea-cities-compared/",
 (C, "Seoul has the deepest bench of senior physicians doing exosome and growth-factor work anywhere in Korea.", "superlative ranking; broker page"),
 (R, "Plan a Seoul leg for your regenerative IV course, a Busan stop for coastal wellness and Jeju for slow aftercare days.", "broker's itinerary offer"),
)
page("kbdigest", "news", "https://koreabeautydigest.com/digest-week-jul-w2-2026-volume-restoration-and-rejuran-update/",
 (N, "Senior Seoul clinics now treat the choice of material as the protocol decision, not the headline."),
 (N, "Biostimulators are positioned for slow collagen induction, with visible change building over six to twelve months."),
)
page("kbjournal", "news", "https://koreabeautyjournal.com/rejuran-pn-skin-booster-editor-reading/",
 (N, "The salmon-DNA polynucleotide booster is approved by Korea's MFDS and comes in three versions.", "plain regulatory fact"),
 (C, "Launched in 2014, the Korean platform has become the international reference point for polynucleotide therapy.", "ranking as the reference"),
 (N, "Polynucleotide injectables began in Italian wound care before Korea adapted them for cosmetic dermatology."),
)
page("modernaesth", "news", "https://modernaesthetics.com/ma-issues-index/jan-feb-2026-issue/the-future-of-beauty-is-stacked-preventive-and-driven-by-technology/54430",
 (N, "Celebrities have flown to South Korea for treatments and posted about them, fuelling interest.", "descriptive"),
 (N, "Factory-style centres move patients from room to room for lasers, injectables, threads and boosters in one visit."),
 (N, "Clinic owners listed skin tightening, stem cell treatments and skin boosters as their most requested services.", "popularity reported by news, not used as proof"),
)
page("trialsco", "journal", "https://trials.co/clinical-trials-details/-/NCT02418013",
 (N, "Hand-grip strength will be measured at one week, one month and six months after the infusion as an anti-aging outcome."),
 (N, "Changes in inflammatory markers such as CRP and IL-6 will be compared with baseline."),
)
page("vexx", "salon", "https://vexxskincare.com/blogs/skincare-tips-and-tricks/stem-cell-skincare-explained-growth-factors-exosomes-and-the-science-behind-leading-serums",
 (N, "Most 'stem cell' skincare holds no live stem cells; it relies on growth factors, exosomes or conditioned media."),
 (N, "These serums are recovery tools, not stand-alone replacements for proven anti-aging treatments.", "negation of replacement"),
 (N, "Early data suggest the ingredients can improve texture, hydration and post-procedure recovery.", "hedge"),
 (N, "If your skin is sensitive or reactive, patch test before using a stem cell serum."),
)
page("nuevaderm", "clinic", "http://nuevaderm.me/our-services/plasma/",
 (S, "A PRP facial gives you the look of a facelift with zero downtime.", "also benefit"),
 (B, "The treatment stimulates collagen production and speeds up cell turnover."),
 (N, "The platelets are fed into tiny channels as the needle pen passes over the face."),
)
page("bbbnp", "news", "https://bbbprograms.org/media-center/dd/cryo-cell-viacord-health-related-claims",
 (N, "The ad watchdog told a cord blood bank to drop claims that storing with it guaranteed first access to infusion therapies."),
 (R, "Families who store with us get priority access to the newest investigational infusion treatments.", "ad text quoted in the decision, without refutation in the sentence: exclusivity"),
 (N, "The university's trials used cord blood from many banks, not from one company alone."),
)
page("bellevisage", "clinic", "https://bellevisageaestheticmedicine.com/platelet-rich-plasma",
 (B, "Your skin will look smoother, tighter and fuller."),
 (B, "The growth factors in your platelets kick-start healing and produce lasting change."),
 (N, "It usually costs about a quarter more than microneedling alone and takes 20 minutes longer.", "relative cost information"),
)
page("castbox", "news", "https://castbox.fm/episode/Why-Korea-Banned-%E2%80%98Exosome%E2%80%99-Skincare-Ads-and-What-It-Means-for-the-Industry-id2874131-id871184030",
 (N, "Korea's food and drug regulator banned 'exosome' claims in cosmetic advertising from 2025."),
 (N, "Learn to spot red-flag claims and separate hype from evidence in regenerative skincare."),
)
page("chemlinked", "news", "https://cosmetic.chemlinked.com/news/cosmetic-news/south-korea-enlarges-the-scope-of-prohibited-labels-and-advertisements-for-cosmetics",
 (N, "Cosmetic labels in Korea may no longer promise to make skin ten years younger."),
 (N, "Wording that presents a cosmetic as made for dermatology clinics is now prohibited."),
)
page("dylankhoo", "forum", "https://dylankhoolim.blogspot.com/2012/11/ugly-side-of-beauty-firms.html",
 (N, "Complainants paid HK$3.26 million in all for the procedures, one of them more than HK$580,000."),
 (N, "Customers often can't tell what a treatment involves from its name until they have paid and signed a waiver."),
 (N, "A bride had whitening injections three days before her wedding and was left with facial burns."),
)
page("gracefulskin", "clinic", "https://gracefulskinsolutions.com/prpfacial",
 (S, "The PRP facial is minimally invasive, safe and effective for every skin type.", "page hedged with 'considered'; paraphrase keeps the selling shape without the hedge"),
 (N, "Expect red, dry, sensitive skin, like a mild sunburn, for the first few days."),
 (N, "Swelling may increase on day two and usually settles by days three to five."),
)
page("helm", "news", "https://helm.news/2026-02-14/texas-sues-cbr-deceptive-marketing-private-cord-blood-banking-claiming.html",
 (N, "The state says the company implied big medical benefits from private cord blood storage, though a child's odds of needing it are tiny."),
 (N, "Private storage costs about $1,300 up front plus roughly $200 a year.", "cost information in news"),
 (N, "Most transplants use cord blood from public banks, where donation is free."),
)
page("jnm", "news", "https://jnm-global.tistory.com/2585?category=961039",
 (N, "The revised Korean guidelines also stop cosmetics from mentioning needles, microneedles or MTS on their labels."),
 (N, "Plant and milk exosomes fall outside the ban on human-derived ingredient wording."),
)
page("lavande", "salon", "https://lavande-spa.com/medspa/rejuvenation/prp-therapy/",
 (B, "PRP naturally and effectively improves your complexion and leaves you with a lovely glow."),
 (S, "This treatment is safe and effective for all skin types!", "unqualified 'safe and effective'; also suitability"),
 (B, "With microneedling, the plasma delivers optimum texture and maximum collagen regeneration."),
 (N, "If you choose injection, the serum goes into the mid and lower face much like a dermal filler."),
)
page("newproducts", "news", "https://newproductswatch.com/article/892082141-attor-ney-gen-er-al-ken-pax-ton-sues-cord-blood-reg-istry-for-exploit-ing-new-par-ents-and-ille-gal-ly-prof-it-ing-by-mis-lead-ing-them-about-their",
 (N, "The odds that a child will ever use their own privately banked cord blood are close to zero, the state says."),
 (N, "Major medical groups recommend public cord blood donation over private banking."),
 (B, "Bank your baby's cord blood today: it can treat more than 80 serious conditions.", "ad claim restated as the ad (holdout2 rule 1)"),
)
page("asa-2015", "authority", "https://www.asa.org.uk/Rulings/Adjudications/2015/2/Cells4Life-Group-LLP/SHP_ADJ_259676.aspx",
 (P, "We store more UK stem cell samples than any other private bank.", "size/popularity as proof; ad text under review"),
 (C, "Storing the whole cord blood is the superior method, far ahead of processed samples.", "ad text"),
 (R, "Our collection service runs 24 hours a day, 365 days a year.", "service offer"),
)
page("asa-2019", "authority", "https://www.asa.org.uk/rulings/cells4life-group-llp-G19-1018431.html",
 (C, "Our processing system delivers three times more viable stem cells than any other method we tested.", "ad text"),
 (B, "Everything we do is designed to give your baby the best possible protection for long-term health.", "ad text; also comparison"),
 (N, "The regulator ruled that the 'highest performing' claim was misleading and must not appear again."),
)
page("pressreader", "news", "https://www.pressreader.com/china/china-daily-hong-kong/20161213/281981787223727",
 (N, "Many invasive 'treatments' are risky enough that most developed markets require a certified doctor."),
 (N, "As clinics touting 'cutting-edge technology' multiplied, so did complaints about malpractice.", "distance"),
)
page("natura", "clinic", "https://naturaaesthetics.co.uk/polynucleotide-treatments",
 (S, "All protein molecules are removed, so there is no risk of allergy at all."),
 (A, "Production is regulated and manufacturing meets the required CE safety standards.", "standard as proof"),
 (S, "There are no known risks from injecting non-self polynucleotides."),
 (S, "Our treatments rest on evidence: many published papers show their safety and efficacy in medicine and aesthetics.", "vague appeal to research for safety (rule 4)"),
 (U, "Not just for the face: hands, neck, chest, knees, any skin anywhere on the body."),
 (B, "Polynucleotides regenerate hair follicles and regulate the formation of fat cells.", "indication list on seller page"),
 (N, "Salmon and trout sperm DNA closely resembles human DNA.", "neutral biology"),
)
page("repton", "clinic", "https://thereptonclinic.co.uk/service/polynucleotide-treatment",
 (P, "Polynucleotides are fast becoming a favourite with patients treating the signs of ageing.", "popularity"),
 (B, "Unlike fillers that plump for a while, polynucleotides are scientifically proven to regenerate skin at the cellular level.", "also comparison"),
 (B, "Combine them with hyaluronic acid and the results show instantly."),
 (B, "They neutralise damage from UV and stress, giving your skin a protective shield.", "effect asserted"),
 (U, "Suitable for any area of skin, from the forehead to the under-eye and around the mouth."),
 (S, "Benefits usually last six to twelve months, with minimal downtime.", "minimal downtime as selling point"),
 (N, "Arrive on the day with a freshly washed face and no make-up."),
)
page("bespoke", "clinic", "https://bespokebyolivia.com/blog/polynucleotides-q-a",
 (B, "Injected polynucleotides help damaged DNA cells repair themselves and work better."),
 (U, "Who is it for? Anyone bothered by dark circles, dry skin or fine lines on the upper lip."),
 (N, "Small bumps right after treatment are normal and usually flatten within a few hours.", "factual expected effect"),
 (N, "A top-up is suggested every three months after the first four sessions."),
)
page("celmedica", "clinic", "https://celmedica.com/what-is-exosome-therapy-and-is-it-safe",
 (N, "From skin rejuvenation to regenerative medicine, exosome therapy is creating quite a buzz.", "trend without efficacy"),
 (N, "Exosomes used in therapies are usually harvested from mesenchymal stem cells or platelets."),
)
page("dermamedic", "clinic", "https://dermamedic.com.mx/2023/07/28/que-son-los-exosomas",
 (B, "Exosome results are clinically proven: age spots fade noticeably and fine lines visibly soften.", "Spanish page paraphrased"),
 (N, "The freeze-dried exosomes are reconstituted in a diluent containing amino acids, vitamins and hyaluronic acid."),
 (N, "They are applied by micro-puncture with a derma pen or after an ablative erbium laser."),
)
page("loisk", "news", "https://loiskphillips.s3.amazonaws.com/polynucleotides.html",
 (P, "'This treatment will take the world by storm,' says the surgeon, who now does large numbers of them every week.", "uncritical; popularity"),
 (B, "It really is a natural way to improve skin and tissue at a cellular level, the surgeon explains.", "practitioner quoted without distance; uncritical"),
 (P, "The results under my eyes looked entirely natural, and I loved them.", "testimonial without a specific efficacy outcome"),
 (B, "An award-winning cosmetic doctor explains that polynucleotides boost collagen by up-regulating fibroblasts.", "award as proof; benefit outranks approval"),
)
page("expatwoman", "news", "https://www.expatwoman.com/dubai/health-fitness/cosmetic-surgery/client/mediclinic-city-hospital/whats-new-in-aesthetic",
 (S, "A growing stack of case reports and studies backs the high safety profile and effectiveness of this filler.", "vague appeal to research for safety"),
 (B, "It targets skin ageing, hydrates skin, improves scars and stretch marks and helps hair grow."),
 (N, "Four sessions, two to three weeks apart, are usually recommended."),
 (A, "The formulation uses a trademarked highly purified technology first developed by an Italian drug company.", "proprietary/trademarked process as proof"),
)
page("nyshoulder", "clinic", "https://www.newyorkshouldersurgeon.com/blog/autologous-platelet-rich-plasma-injection-in-tennis-elbow",
 (N, "PRP is possibly a safer option for patients than steroid shots or surgery.", "hedged comparison"),
 (B, "Local PRP injection is a novel treatment that brings significant pain relief and better function in tennis elbow."),
)
page("outside", "news", "https://www.outsideonline.com/outdoor-adventure/study-supports-use-platelet-therapy/",
 (N, "In a small Greek trial both injections eased elbow pain, with PRP doing somewhat better than whole blood.", "bounded study report"),
 (N, "Star athletes have had the treatment, though some doctors still question whether it works.", "celebrity use, critical"),
 (N, "The lead researcher said PRP might help people who have exhausted other options.", "hedge"),
)
page("painregen", "clinic", "https://www.painandregenerativecarenj.com/stem-cells/",
 (B, "Once injected, the stem cells keep working and form new cells in the injured area."),
 (N, "Stem cells are cells that can develop into many different cell types."),
)
page("thenational", "news", "https://www.thenationalnews.com/uae/health/2023/08/10/bald-truth-abu-dhabi-stem-cell-treatments-aim-to-cure-hair-loss",
 (P, "Every day 10 to 15 people come in for stem cell hair therapy, so hundreds have been treated already.", "patient counts; uncritical"),
 (U, "The therapy is aimed at men and women in the early stages of hair loss.", "uncritical"),
 (B, "The centre's stem cell treatment halts hair loss and even encourages new follicles to grow.", "uncritical"),
)
page("viaspartners", "news", "https://viaspartners.com/2023/03/09/exosome-therapy-is-the-next-big-thing-in-aesthetic-medicine-heres-how-it-works/",
 (N, "That is why providers are calling exosome treatment the wave of the future.", "trend"),
 (N, "When the FDA sent a warning letter, many aesthetic providers took it with a grain of salt."),
)
page("soulblogger", "forum", "https://thesoulblogger.com/exosome-therapy",
 (N, "No exosome product is FDA-approved, and the evidence is strongest when they are used with microneedling."),
 (N, "On their own the serums were subtle: a few glowy days, some calmer patches."),
 (N, "One person's experience isn't proof, so I went through the papers and the labelling rules."),
 (N, "Patch test, ignore wild claims and stick with reputable brands."),
)
page("vdocuments", "journal", "https://vdocuments.mx/outcomes-of-local-injections-of-platelet-rich-plasma-in-international-journal.html",
 (N, "This prospective, single-blind comparative study enrolled 30 patients with chronic tendinopathy."),
)
page("breit", "clinic", "http://breitaesthetics.com/?page_id=280",
 (A, "This non-invasive PRP facelift is an FDA-approved procedure.", "misstated approval"),
 (S, "Because the injectable is your own blood, the chance of an allergic reaction is minimised.", "own cells, so safe"),
 (P, "This new kind of facelift is winning over more patients every year.", "popularity"),
 (N, "Using blood plasma is believed to trigger tissue regeneration and collagen production.", "hedge ('believed')"),
)
page("pbplastic", "clinic", "http://www.pbplasticsurgery.com/what-exactly-is-a-vampire-facelift/",
 (R, "Call now or make an appointment online for your vampire facelift.", "CTA"),
 (B, "It pairs fillers with what many call a natural fountain of youth: your own blood.", "metaphor asserting an effect"),
 (P, "Professional and weekend athletes alike get PRP shots to heal tennis elbow, tendonitis and arthritis.", "athletes as proof; also benefit"),
 (N, "Technically it is not a facelift at all; no tissue is surgically lifted.", "negation"),
 (P, "More and more, PRP is turning up in non-surgical cosmetic treatments.", "popularity wording (holdout2 rule 12)"),
 (A, "PRP is already FDA-approved for orthopaedic surgery, and now it is being used to fight the signs of ageing.", "misstated approval used as endorsement"),
)
page("bizweek", "news", "https://businessnewsthisweek.com/health/prp-therapy-for-hair-loss-the-economics-of-a-procedure-patients-often-misread/",
 (N, "Prices for hair PRP vary threefold within a single city, and outcome claims range from realistic to overstated."),
 (N, "PRP cannot bring back follicles that have already disappeared."),
 (N, "It may stabilise early to moderate pattern hair loss in many cases, and it works best alongside other treatments.", "hedge"),
)
page("calhair", "clinic", "https://californiahairsurgeon.com/specials/you-can-bank-on-your-hair/",
 (P, "For the third year running, our practice has banked hair tissue for more patients than anyone else.", "counts/ranking of uptake"),
 (R, "Book one of our tissue-banking days and save $250; there are only three spots a day, so reserve now.", "discount + scarcity"),
 (N, "The company behind the cell-multiplication treatment is still working through the regulatory process."),
)
page("cosmeticprp", "clinic", "https://cosmeticprp.com.au/aesthetic-prp/2017/3/31/plant-stem-cells-effective-for-human-skin",
 (N, "Stem cells in creams are plant-based, so unless you are a plant they will do little for your skin.", "refutation"),
 (N, "Even human stem cells could not get deep enough into the dermis from a cream, nor survive months on a shelf."),
)
page("academicroom", "news", "https://ftp.academicroom.com/post/prp-hair-treatment-india-cost",
 (N, "Expect ₹5,000 to ₹20,000 per session, and ₹25,000 to ₹100,000 or more for a full course.", "typical cost range"),
 (S, "Because the treatment uses your own blood, the risk of allergic reaction is kept to a minimum.", "minimisation offered as an advantage"),
 (N, "Platelets may stimulate follicle activity and could potentially slow hair loss.", "hedge"),
)
page("glowverdict", "news", "https://glowverdict.com/luxury-stem-cell-serum",
 (N, "On a cosmetic label, 'stem cell' is marketing shorthand, not live human cells in a jar."),
 (N, "Products that only claim to improve appearance are still regulated as cosmetics."),
 (N, "Not every product carrying a 'stem cell' label is made to the same standard or backed by the same evidence.", "negation"),
)
page("aeras", "clinic", "https://www.aerasmedical.sg/skinboosters/",
 (B, "Salmon-DNA boosters stimulate fibroblasts to rebuild collagen and repair your skin."),
 (B, "They also mop up free radicals, cutting oxidative damage to the skin."),
 (N, "Skin boosters are micro-injections of either hyaluronic acid or polynucleotides."),
 (U, "Whatever your skin concern, there is a booster type to suit it."),
)
page("cosmeticskin", "clinic", "https://www.cosmeticskin.com/exosomes-hair-restoration-treatment-in-new-jersey/",
 (P, "He has performed PRP hair sessions on close to 3,000 patients in four years, one of the busiest doctors in the country.", "patient counts"),
 (N, "There are currently no FDA-approved exosome products, and exosomes do not prevent, cure or treat disease.", "disclaimer"),
 (N, "The FDA regards exosomes as experimental and published a public safety notice about them in 2019."),
 (A, "Our exosomes come from an FDA-certified, registered laboratory working under strict oversight.", "registration offered as proof"),
)
page("dermoffice", "clinic", "https://www.dermofficedallas.com/blog/exosomes-can-used-hair-loss-restoration/",
 (A, "Board certification in anti-aging and regenerative medicine gave me a whole new set of tools for my patients.", "credentials as proof"),
 (B, "I am seeing so many successful outcomes with exosomes for male and female pattern baldness."),
 (B, "After an injury that should have paralysed him, the boy was walking within three weeks, largely thanks to exosomes.", "testimonial with a specific outcome"),
)
page("feau", "news", "https://www.feau.com/article/vampire-facial-a-comprehensive-guide-from-a-professional-plastic-surgeon",
 (P, "The vampire face lift has become hugely popular in aesthetic medicine.", "popularity"),
 (B, "It drives natural collagen production, leaving skin firmer and smoother."),
 (S, "Downtime is minimal, so you can get back to daily life shortly after treatment.", "minimal downtime"),
 (U, "It is a great fit for anyone looking for facial rejuvenation without surgery."),
)
page("hairlosscure", "forum", "https://www.hairlosscure2020.com/page/124",
 (N, "There are still no clinical studies of exosome therapy for hair growth."),
 (N, "Some products may not contain exosomes at all, or thousands of times fewer than promised."),
 (N, "There is no standard, effective way to isolate exosomes yet."),
 (N, "Poorly processed products from unscrupulous clinics can cause side effects and infections.", "warning"),
)
page("joanne", "salon", "https://www.estheticsbyjoanne.com/blank-2",
 (R, "A non-refundable deposit secures your exosome facial slot and goes toward the treatment cost.", "booking terms; treatment renamed"),
 (R, "Cancel within 24 hours or skip your appointment and you forfeit the deposit, no exceptions.", "booking terms"),
)
page("seoulglow", "salon", "https://www.seoulglowlab.com/pages/selected-sundays",
 (R, "Enjoy 10% off exosome ampoules bought during the evening, on select Sundays only.", "discount + scarcity; product renamed to exosome"),
 (R, "Our exosome skin-analysis evening is a private booking for up to four guests at one flat price.", "booking offer; event renamed to exosome"),
)
page("cellxperience", "news", "https://cellxperience.com/guides/how-to-evaluate-stem-cell-clinics-scientifically/",
 (N, "A real study can still be used to mislead; ask whether it supports the exact claim made to you."),
 (N, "Scientific explanations admit uncertainty, while promotion turns possibility into certainty."),
 (N, "If a clinic's description keeps shifting between the website and the phone call, slow down."),
)
page("impactsports", "clinic", "https://www.impactsportsnashville.com/blog/2019/6/29/will-platelet-rich-plasma-prp-injections-replace-cortisone",
 (P, "Platelet-rich plasma injections have taken the orthopaedic world by storm.", "popularity"),
 (S, "Why? They are safe. They are natural.", "unqualified safety"),
 (B, "PRP can be disease-altering rather than just symptom-reducing."),
 (B, "In osteoarthritis, PRP can slow or even halt the joint's deterioration."),
 (N, "Cortisone is a strong anti-inflammatory that can ease pain and swelling within hours to days."),
)
page("cascade", "clinic", "https://www.cascaderegenmed.com/post/prp-vs-cortisone-which-is-superior-for-knee-osteoarthritis",
 (C, "In head-to-head studies PRP consistently beats cortisone for pain relief at every follow-up.", "vague citation"),
 (C, "Most knee patients are offered cortisone and never told about better options like PRP."),
 (N, "Repeated cortisone doses have been linked in some trials to worse cartilage over time."),
)
page("backpaindr", "clinic", "https://www.backpaindoctor.com.au/patient-resources/cortisone-vs-prp-for-knee-osteoarthritis",
 (N, "Neither cortisone nor PRP is a cure for knee osteoarthritis; they play different roles.", "negation"),
 (N, "For PRP the evidence is genuinely mixed: a large Australian trial found no benefit over placebo.", "refutation"),
 (N, "Cortisone relief usually lasts weeks to a few months and fades with repeated use."),
 (N, "Some trials suggest PRP may help pain more than placebo, but preparations vary too much for firm conclusions.", "hedge"),
)
page("enfield", "clinic", "https://enfieldroyalclinic.com/florida/?p=11368",
 (C, "Fillers only substitute what ageing took away, while regenerative treatment restores the machinery that made it.", "superiority over fillers"),
 (N, "A quiet revolution in regenerative science is now arriving at the clinic door.", "trend, no efficacy"),
)
page("holistic", "news", "https://theholistichealing.com/are-exosomes-the-future-of-anti-aging",
 (N, "Some companies have been reprimanded by the FDA for touting results that research has not shown."),
 (N, "Exosome products and treatments are still considered experimental.", "plain status"),
 (N, "Experts say long-term studies of safety and efficacy are critical before the promise can be judged."),
)

# ---------------------------------------------------------------- written / handout-style
# Written batches (source "written") and handout-style batch (source "handout-style"); origin empty.
WRITTEN = [
("w01", "written", [
 (A, "Our exosome vials are manufactured in a cGMP-certified facility, so you know exactly what you are getting.", "standard as proof"),
 (A, "Every batch is third-party tested for purity and sterility before it reaches our treatment rooms.", "third-party lab tests"),
 (S, "No needles, no pain, no downtime.", ""),
 (A, "ISO 13485 quality system | KFDA-listed manufacturer | SGS tested", "table row of certificates"),
 (A, "Dr Lin holds a PhD in cell biology and fellowship training in regenerative dermatology, so you are in expert hands.", "academic titles as proof"),
 (S, "Since the plasma is your own, there is zero chance of rejection.", "own cells, so safe"),
 (A, "Our patented triple-filtration process is your guarantee of a clean, consistent exosome concentrate.", "patent/proprietary process"),
 (A, "As featured on the cover of a peer-reviewed journal, our PRP protocol is backed by real science.", "journal cover"),
 (S, "Side effects? Practically none.", ""),
 (A, "The lab that prepares our stem cells is registered with the FDA, so every dose meets federal standards.", "registration as safety proof (rule 6)"),
]),
("w02", "written", [
 (A, "Winner, Best Regenerative Clinic 2025, Aesthetic Excellence Awards.", "award"),
 (P, "★★★★★ 4.9 from 1,200+ verified reviews", "rating"),
 (A, "Approved by our hospital's ethics committee, this protocol is one you can trust.", "ethics approval as proof"),
 (A, "Health Canada has already approved exosome injections for skin rejuvenation.", "misstated approval"),
 (P, "The booster every K-pop idol books before a comeback.", "celebrities"),
 (A, "Not being FDA-approved doesn't make it unsafe; the paperwork simply hasn't caught up with the science.", "spin on non-approval"),
 (P, "Over 15,000 treatments performed since we opened our doors.", "counts"),
 (A, "Our growth-factor serum carries the CE mark, so it is held to European medical standards.", "CE mark"),
 (A, "Indexed in PubMed: more than 40 papers support the key ingredient in our ampoules.", "indexed in PubMed"),
 (P, "Top dermatologists use this serum on their own skin.", "experts as proof"),
 (A, "Inspired by Nobel-winning research into how cells ship their cargo.", "Nobel prestige"),
 (A, "Treatment takes place in a licensed, inspected clinic, so you can relax and enjoy the results.", "regulated setting as reassurance (hd2 rule 8)"),
]),
("w03", "written", [
 (C, "Exosomes outperform PRP on everything that matters: consistency, potency and comfort.", ""),
 (C, "Why settle for fillers when there is a more natural option?", "'more natural'"),
 (S, "Back at your desk the same afternoon.", "recovery minimised"),
 (C, "The most advanced hair-loss treatment available in Europe today.", "superlative"),
 (C, "Unlike laser resurfacing, our exosome protocol is gentler on sensitive skin.", "comparative safety (rule 5)"),
 (C, "Stem cell therapy: the gold standard in non-surgical joint care.", ""),
 (S, "The safest regenerative treatment we have ever offered.", "superlative safety stays safety"),
 (C, "Studies show polynucleotides beat hyaluronic acid boosters for under-eye hollows.", "vague citation"),
 (C, "Two sessions of our exosome booster do the work of six PRP appointments.", ""),
 (S, "Cell-free, so there is no risk of tumours.", ""),
 (C, "PRP / Exosomes | Inflammation afterwards: moderate / minimal | Sessions: 4-6 / 1-3", "table row ranking exosomes over PRP (hd2 rule 2)"),
]),
("w04", "written", [
 (C, "We prefer salmon-derived PDRN to human-derived products because it is simply the cleaner choice.", ""),
 (P, "'Best decision I ever made, and the staff were amazing,' says Karen, 52.", "testimonial without a specific outcome"),
 (C, "Nothing else on the market comes close to our 20-billion-particle vial.", ""),
 (C, "Skip the facelift: stem cell fat grafting is the smarter alternative.", "replacement"),
 (S, "Gentle enough even for expectant mothers.", "absolute safety claim for pregnancy"),
 (C, "A safer path than knee replacement, without the hospital stay.", "comparative safety"),
 (C, "Our plant exosomes absorb faster than any animal-derived alternative.", ""),
 (P, "As seen on a hit morning TV show and in three national magazines.", "media exposure as proof"),
 (C, "Stronger than retinol, kinder than acids: meet the growth-factor ampoule.", ""),
 (C, "Leading dermatologists now choose exosomes over PRP for post-laser recovery.", "also social proof; comparison outranks"),
 (C, "The only hair treatment that can truly replace a transplant.", "'only ... replace'"),
 (P, "Our most-booked treatment three years running.", "popularity"),
]),
("w05", "written", [
 (U, "Perfect for brides-to-be planning their skin six months ahead of the big day.", ""),
 (U, "Ideal candidates: adults aged 30 to 65 with early signs of ageing or thinning hair.", ""),
 (R, "Exosome facial, introductory price $299 (usually $450), first visit only.", "price line"),
 (U, "Suitable for men and women of every skin tone.", ""),
 (U, "Great for anyone whose skin has lost its bounce after 40.", ""),
 (R, "Buy a course of three PRP sessions and the fourth is on us.", "package"),
 (U, "Designed for new mothers noticing postpartum shedding.", ""),
 (U, "Weekend athletes with nagging tendon pain are exactly who we built this programme for.", ""),
 (R, "WhatsApp us today to book your free scalp analysis.", "CTA + free consultation"),
 (U, "In your late twenties and keen to stay ahead of ageing? This one is for you.", ""),
 (U, "Who it's for: first-timers, busy parents and anyone new to aesthetic treatments.", "audience list"),
]),
("w06", "written", [
 (R, "Members save 15% on every exosome treatment, billed monthly with no contract.", "membership"),
 (U, "Recommended for patients hoping to put off knee surgery.", ""),
 (R, "Only 8 appointments left this month: secure yours now.", "scarcity"),
 (U, "Our scalp booster is made for women with a widening part.", ""),
 (R, "Spread the cost with 0% interest over 12 months on stem cell packages.", "instalments"),
 (U, "Great for all ages, from 25 to 75.", ""),
 (R, "Gift vouchers for our signature PDRN booster are available in store and online.", ""),
 (U, "Especially suited to Asian skin that is prone to pigmentation.", ""),
 (R, "Refer a friend and you both get $75 off your next booster session.", "referral offer"),
 (U, "Best suited to clients who want subtle, natural-looking change.", ""),
 (R, "Free consultation with our lead doctor, this week only.", "free consultation + scarcity"),
 (U, "Gentlemen, our exosome hair programme was created with you in mind.", ""),
 (R, "Stem cell knee package from US$4,900, including airport pick-up and two hotel nights.", "package price"),
 (U, "Whether you are 35 or 65, there is a regenerative plan for you.", ""),
]),
("h01", "handout-style", [
 (N, "Ask the clinic which product will be used, who makes it, and whether it is approved for this use."),
 (N, "A registered clinical trial is a safer way to try an experimental stem cell treatment than paying a private clinic.", "advice comparing ways of taking part (rule 9)"),
 (N, "Redness and swelling for a day or two are common; fever or spreading pain is not, so call a doctor."),
 (N, "'Natural' and 'your own cells' do not mean risk-free: infections come from how a product is handled.", "negation"),
 (N, "Before-and-after photos picked by a clinic are not evidence that a treatment works for most people."),
 (N, "If you are pregnant, have active cancer or take blood thinners, tell the doctor before any injection.", "contraindications"),
]),
]


def norm(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().casefold()


def alnum(t):
    return re.sub(r"[\W_]+", "", norm(t))


def build():
    recs = []
    for g, src, origin, items in PAGES:
        for lab, text, note in items:
            recs.append(dict(group="h3-en-" + g, source=src, origin=origin, label=lab, text=text, note=note))
    for g, src, items in WRITTEN:
        for it in items:
            lab, text, note = it[0], it[1], (it[2] if len(it) > 2 else "")
            recs.append(dict(group="h3-en-" + g, source=src, origin="", label=lab, text=text, note=note))
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h3-en-%04d" % i, "text": r["text"], "label": r["label"], "lang": "en",
                    "source": r["source"], "group": r["group"], "origin": r["origin"], "note": r["note"]})
    return out


def reference_texts():
    """English texts of every other jsonl under bench/claims (never printed).
    Skips train2/ and holdout3/ (this folder; zh-TW.jsonl belongs to another helper)."""
    texts = []
    for path in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        rel = os.path.relpath(path, CLAIMS)
        if rel.startswith("train2") or rel.startswith("holdout3"):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                if r.get("lang") == "en":
                    texts.append(r["text"])
    return texts


def check(recs):
    bad = 0
    used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or "\r" in t:
            print("too long / newline:", r["id"], len(t)); bad += 1
        if r["label"] not in LABELS or r["source"] not in SOURCES:
            print("bad label/source:", r["id"]); bad += 1
        w = r["source"] in ("written", "handout-style")
        if w and r["origin"]:
            print("written with origin:", r["id"]); bad += 1
        if not w:
            if not r["origin"]:
                print("page record without origin:", r["id"]); bad += 1
            elif r["origin"] in used:
                print("origin already used:", r["id"]); bad += 1
            elif side(r["origin"]) != MY_SIDE:
                print("origin on the other side:", r["id"]); bad += 1
    seen = {}
    for r in recs:
        k = norm(r["text"])
        if k in seen:
            print("duplicate text:", r["id"], seen[k]); bad += 1
        seen[k] = r["id"]
    o2g, g2o = collections.defaultdict(set), collections.defaultdict(set)
    for r in recs:
        if r["origin"]:
            o2g[r["origin"]].add(r["group"])
        g2o[r["group"]].add((r["origin"], r["source"]))
    for o, gs in o2g.items():
        if len(gs) != 1:
            print("origin in several groups:", sorted(gs)); bad += 1
    for g, os_ in g2o.items():
        if len(os_) != 1:
            print("group mixes origins/sources:", g); bad += 1
    for g, src, items in WRITTEN:
        if not 4 <= len(items) <= 14:
            print("written batch size out of 4-14:", g, len(items)); bad += 1
    # near-duplicates: own set and every other English sentence under bench/claims
    mine = [(r["id"], alnum(r["text"]), r["text"]) for r in recs]
    ref = [alnum(t) for t in reference_texts()]
    print("reference English sentences compared:", len(ref))
    for i, (rid, a, text) in enumerate(mine):
        sm = difflib.SequenceMatcher(None, a, autojunk=False)
        for b in ref:
            if abs(len(a) - len(b)) > 0.3 * max(len(a), len(b), 1):
                continue
            sm.set_seq1(b)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                print("near-duplicate of a reference sentence:", rid, "| own text:", text); bad += 1
                break
        for rid2, b, _ in mine[i + 1:]:
            sm.set_seq1(b)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                print("near-duplicate within set:", rid, rid2, "| own text:", text); bad += 1
    return bad


def report(recs):
    n = len(recs)
    lab = collections.Counter(r["label"] for r in recs)
    src = collections.Counter(r["source"] for r in recs)
    pages = collections.defaultdict(set)
    for r in recs:
        if r["origin"]:
            pages[r["source"]].add(r["origin"])
    print("total", n)
    for k in ["safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion", "none"]:
        print("  %-13s %4d  %5.1f %%" % (k, lab[k], 100 * lab[k] / n))
    for k in ["clinic", "salon", "news", "authority", "journal", "forum", "written", "handout-style"]:
        print("  %-13s pages %3d  sentences %4d" % (k, len(pages.get(k, ())), src[k]))
    w = src["written"] + src["handout-style"]
    print("written + handout-style: %d (%.1f %%)" % (w, 100 * w / n))
    print("groups", len({r["group"] for r in recs}), "pages", len({r["origin"] for r in recs if r["origin"]}))
    return lab, w, n


if __name__ == "__main__":
    recs = build()
    bad = check(recs)
    lab, w, n = report(recs)
    for k in LABELS - {"none"}:
        if lab[k] < 22:
            print("too few:", k, lab[k]); bad += 1
    if not 0.40 <= lab["none"] / n <= 0.50:
        print("none share out of 40-50 %"); bad += 1
    if w / n > 0.25:
        print("written share above 25 %"); bad += 1
    if n < 300:
        print("fewer than 300 sentences"); bad += 1
    if bad and "--force" not in sys.argv:
        print("NOT WRITTEN:", bad, "problem(s)")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(recs), "records" + (" (forced)" if bad else ""))
