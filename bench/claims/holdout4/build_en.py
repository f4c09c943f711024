#!/usr/bin/env python3
"""Build bench/claims/holdout4/en.jsonl (test-only hold-out set 4, English).

Records are data in this file. The script runs every check first and writes the
jsonl only if all pass. It prints only counts, ids, origins and this set's own
texts; it never prints a sentence from another bench/claims file."""
import difflib, glob, json, os, re, sys, unicodedata, urllib.parse
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CLAIMS = os.path.dirname(HERE)
LABELS = ["safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion", "none"]
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum", "handout-style", "written"}
USED_HOSTS = "/tmp/claims-used-hosts.txt"
USED_ORIGINS = "/tmp/claims-used-origins.txt"

PAGES = []     # (group suffix, source, origin, [(text, label, note), ...])
WRITTEN = []   # (group suffix, source, [(text, label, note), ...])

def P(g, src, origin, recs):
    PAGES.append((g, src, origin, recs))

def W(g, src, recs):
    WRITTEN.append((g, src, recs))

S, B, A, C, SP, SU, PR, N = LABELS

# ---------------------------------------------------------------- page-derived records (paraphrases)
P("hairtransplantcost", "news", "https://www.hairtransplantcost.org.uk/how-much-does-the-prp-therapy-cost/", [
    ("Among the options for thinning hair, platelet-rich plasma sits at the expensive end.", N, "cost as information"),
    ("Even after decades of use on tendons and muscles, there is little solid evidence that PRP regrows hair.", N, "refutation"),
    ("Most PRP hair courses involve three sessions about five weeks apart, then top-ups every few months.", N, ""),
    ("It is still unclear which patients, and in what circumstances, would gain most from PRP.", N, "hedge"),
])
P("coastalderm", "clinic", "https://www.coastaldermonline.com/blog/prp-hair-restoration-efficacy-safety-and-cost", [
    ("Our past patients have been delighted, telling us their hair came back thicker and fuller, with stronger roots and faster growth.", B, "testimonial with specific outcome; social_proof also applies"),
    ("PRP encourages regrowth without a full transplant and has proven largely safe for the people we treat.", S, "minimised risk as a selling point"),
    ("Some illnesses and lifestyle factors can rule you out, so tell your dermatologist about them before booking.", N, "contraindication advice"),
])
P("labaesthetics", "clinic", "https://www.labaestheticsexpert.com/copy-of-skin-boosters", [
    ("Polynucleotides feed your cells, driving collagen and elastin far harder than an ordinary hyaluronic booster does.", C, "better than an alternative; benefit also applies"),
    ("They treat scars, pigmentation, under-eye shadows and rosacea.", B, ""),
    ("We usually suggest two or three sessions, three to four weeks apart.", N, ""),
])
P("lamplugh", "forum", "https://marklamplugh.com/salmon-sperm-injections-a-new-approach-to-skin-regeneration", [
    ("Microinjections of fish-sperm DNA are being hailed online as a gentle way to refresh tired skin.", N, "attributed with distance (hailed)"),
    ("In one hospital series, twenty scar patients had injections every fortnight and every single one improved visibly.", B, "study figure given without limits (holdout2 decision 5)"),
    ("A Seoul aesthetic doctor says the shots fix not only wrinkles but scars anywhere on the body.", B, "reported without distance; uncritical"),
])
P("ozanbalik", "forum", "http://en.ozanbalik.com/salmon-dna/", [
    ("Most of the fairy tales online about salmon DNA turning back the clock are rubbish.", N, "refutation"),
    ("Despite the name, these products contain nothing from an actual fish; the nucleotides are made in a lab.", N, ""),
    ("It revives the skin and fades blemishes and old scars.", B, ""),
])
P("elle-magzter", "news", "https://magzter.com/fr/stories/fashion/ELLE-US/PEER-INTO-OUR-CRYSTAL-BALL", [
    ("At one London clinic, fish-DNA shots are now the second best-selling injectable after Botox.", SP, "popularity; uncritical magazine piece"),
    ("\"People fly over from the States for these; I see several every week,\" says the clinic's founder.", SP, "seller's voice"),
    ("Injectable polynucleotides are not FDA-approved, although topical versions are allowed and injections are sold abroad.", N, "plain regulatory fact"),
    ("Because it adds no volume, the chance of looking overdone is close to zero, a Manhattan dermatologist says.", S, "minimised risk, reported without distance"),
    ("You can expect the glow to hold for up to six months.", B, "result timing"),
])
P("skinmag", "news", "https://www.skinmagonline.com/2024/06/salmon-secrets-how-fishy-science-can-give-you-glowing-skin/", [
    ("Polynucleotides are more than just the latest passing fad.", N, "trend talk, no efficacy content"),
    ("They send your fibroblasts into overdrive, so fine lines and wrinkles fade from view.", B, "mechanism as result"),
    ("But are they actually worth all the buzz?", N, ""),
])
P("doctorvahe", "clinic", "https://www.doctorvahe.com/post/polynucleotides-skin-treatment", [
    ("Fillers just add volume and boosters hydrate for a few weeks; polynucleotides go deeper.", C, ""),
    ("A versatile option for patients of every age and skin type.", SU, ""),
    ("Salmon-DNA injectables are fast becoming the treatment of choice in aesthetic clinics.", SP, "popularity"),
    ("Whether your goal is anti-ageing, scar repair or thinning hair, polynucleotides are a good fit.", SU, ""),
])
P("cosmokorea", "salon", "https://www.cosmo-korea.com/blog/our-blog-9/post/pdrn-a-powerful-skin-regeneration-booster-15", [
    ("PDRN is a safe, effective, science-backed treatment for everything from sun damage to scarring.", S, "unqualified 'safe and effective'"),
    ("Three Korean salmon-DNA boosters are among our customers' favourite orders.", SP, "popularity"),
    ("It also speeds healing and shortens recovery after lasers and peels.", B, "effect on other procedures' recovery; not the product's own downtime"),
    ("PDRN is a DNA fragment obtained from salmon sperm cells.", N, "neutral biology"),
])
P("empireondemand", "salon", "https://empireondemand.com/blogs/posts/pdrn-in-aesthetics-regenerative-medicine-mechanisms-evidence-and-clinical-integration", [
    ("Salmon-DNA injections and serums now rank among the most requested biologic treatments in Asia and the US.", SP, "popularity"),
    ("Want to add PDRN to your menu? Enrol in our on-demand training course today.", PR, "CTA"),
    ("It makes an ideal add-on to lasers, microneedling and other anti-ageing procedures.", SU, ""),
])
P("donyoomd", "clinic", "https://www.donyoomd.com/blog/?p=2556", [
    ("Most human data come from small split-face trials and case series, and varied formulations limit how far results can be generalised.", N, "bounded evidence"),
    ("So far the safety record looks reassuring, but large, well-designed randomised trials are still lacking.", N, "hedged"),
    ("Animal studies point to faster wound closure and more collagen after treatment.", N, "bounded observation"),
])
P("flawlessglow", "salon", "https://flawlessglow.pro/blogs/flawless-eternal-beauty-blog/pdrn-aesthetic-skin-treatments", [
    ("Purification strips out every protein that could trigger the immune system, so the product carries no risk at all.", S, "absolute safety"),
    ("It is the perfect pick for slow-healing acne marks and uneven pigmentation.", SU, ""),
    ("Delivered by mesotherapy, salmon DNA smooths texture, shrinks pores and floods the skin with moisture.", B, ""),
])
P("paulchung", "clinic", "https://www.paulchungmd.com/blog/prp-p-shot-priapus-shot-is-it-an-effective-treatment-for-ed", [
    ("Very few studies have tested whether PRP is safe or effective for erectile problems.", N, ""),
    ("Only two small human studies have looked at safety, and neither measured whether it actually works.", N, ""),
    ("Because ED is linked to heart disease, stroke and diabetes, it deserves a proper medical check first.", N, ""),
])
P("priapusshot", "clinic", "https://priapusshot.com/new-research-shows-alternative-protocol-to-be-inferior-to-the-p-shot-priapus-shot-procedure", [
    ("Our trademarked protocol outperforms the watered-down method that the critics tested.", C, ""),
    ("Even with their altered technique, the researchers still saw erections improve after PRP.", B, "seller's spin of a trial"),
    ("Only doctors trained and licensed in the official protocol may use the name, so you know you are getting the genuine procedure.", A, "proprietary process / licence used as proof"),
])
P("scarlettphoenix", "clinic", "https://thescarlettphoenix.com/dr-charles-runels-memo/", [
    ("More than a thousand doctors, including urology professors at teaching hospitals, now offer the shot.", SP, "expert count as proof"),
    ("Men struggling in the bedroom can find a licensed provider nearby with one click.", PR, "CTA"),
])
P("prplabs", "salon", "https://prplabs.com/blog/prp-for-erectile-dysfunction/", [
    ("The safety of PRP injections is well established.", S, "unqualified safety"),
    ("A recent clinical trial now shows PRP works for erectile dysfunction in men.", B, ""),
])
P("zlounge", "clinic", "https://zlounge.com.mx/?p=3495", [
    ("As of 2025, neither the US nor the Canadian regulator had broadly approved umbilical-cord MSC therapy for arthritis or autoimmune disease.", N, "plain regulatory fact"),
    ("Culture-expanded cells, the kind used for high doses, cannot be given in the US outside a clinical trial.", N, ""),
])
P("briere", "news", "https://www.camping-parc-de-la-briere.com/medical-tourism-stem-cell-therapy-abroad/", [
    ("Some clinics abroad may be exploiting patients' hopes by selling unproven therapies with serious side effects.", N, "warning"),
    ("Before travelling, families should weigh the best and worst outcomes and the full cost, including follow-up visits.", N, "advice"),
])
P("goop", "news", "https://goop.com/wellness/sexual-health/prp-therapy-for-vaginal-rejuvenation/", [
    ("Most of her patients report huge relief, one gynaecologist says: better sex, no leaks at the gym and an end to the itching.", B, "uncritical; reported without distance"),
    ("From blood draw to injection, the visit takes less than half an hour.", N, ""),
    ("The effects typically last about a year, she adds.", B, "result timing, uncritical"),
    ("Exactly how PRP works is still not fully understood.", N, "hedge"),
])
P("indyuskin", "clinic", "https://indyuskin.com/treatment/prp-gynecology", [
    ("The O-shot is a revolutionary non-surgical answer to both incontinence and sexual dysfunction.", B, "'revolutionary'"),
    ("Tissue regeneration begins at once and the boost in sexual response is dramatic.", B, ""),
    ("PRP is viewed as a new and promising option for gynaecological problems that resist standard care.", N, "hedge (promising)"),
])
P("parentdata", "news", "https://parentdata.org/platelet-rich-plasma-prp-treatments-evidence/", [
    ("A review of seven trials with a few hundred women called PRP promising for incontinence, but the studies were small and uneven.", N, "bounded review"),
    ("No harms have been reported, yet on current data you may be paying for a painful shot that does nothing.", N, "refutation"),
    ("My take: skip vaginal PRP until stronger evidence arrives.", N, "advice"),
])
P("reachmd", "news", "https://reachmd.com/news/dr-charles-runels-explains-science-behind-popular-prp-procedures-for-female-genitalia/2485048", [
    ("New data show the female PRP shot still improves sexual function a full year after treatment.", B, "uncritical press piece"),
    ("The procedure went viral after a streaming drama gave it a cheeky nickname.", N, "pop-culture history, no 'so it works' (holdout2 decision 10)"),
    ("Use of the trademarked name is restricted to trained members of the founder's association.", N, "plain fact"),
])
P("aestheticmag-ro", "news", "https://aesthetic-magazine.ro/en/vaginal-rejuvenation-by-autologous-prp-injection/", [
    ("There is still no exact, agreed definition of PRP beyond a blood product with more platelets than usual.", N, ""),
    ("Falling oestrogen after menopause can bring dryness, itching, painful sex and leaking urine.", N, "neutral"),
])
P("pinnaclefigure", "clinic", "https://www.pinnaclefigure.com/vaginal-rejuvenation/", [
    ("O-shots are more popular than ever, with more women discovering them every month.", SP, "popularity"),
    ("Since it is mildly invasive and not covered by insurance, women understandably want to know what is being injected.", N, ""),
])
P("hilaris", "journal", "https://www.hilarispublisher.com/open-access/regenerative-applications-of-plateletrich-plasma-in-cosmetic-gynaecology-a-systematic-review-114635.html", [
    ("PRP has emerged as a minimally invasive autologous therapy with promising potential for tissue repair.", N, "hedge (promising potential)"),
    ("Cosmetic gynaecology aims to address both functional and aesthetic concerns of the genital tract.", N, ""),
])
P("cloudnine", "clinic", "https://cloudninecare.com/blog/platelet-rich-plasma-therapy-vaginal-tightening-recurrent-vaginitis", [
    ("Early figures show a high success rate, which is why more doctors and patients are choosing it.", B, "social_proof also applies"),
    ("It is quick, needs no hospital stay, and recovery brings only minimal discomfort.", S, "minimisation; comparison with surgery also implied"),
    ("In PRP, platelets are concentrated to almost ten times their level in ordinary blood.", N, "neutral"),
])
P("niftybeauty", "salon", "https://www.niftybeautybar.com/post/platelet-rich-fibrin-a-promising-solution-for-dark-under-eye-circles", [
    ("The growth factors in PRF boost circulation under the eyes, clearing the sluggish blood that makes shadows.", B, "mechanism as result"),
    ("Under-eye darkness has many causes, from genes and ageing to short sleep.", N, "neutral"),
])
P("purederm", "clinic", "https://puredermnola.com/platelet-rich-fibrin/", [
    ("PRF tells your skin to act young again, reversing thinning, wrinkles and dark circles.", B, ""),
    ("PRF holds more platelets, fibrin and white cells than PRP, so its results last longer.", C, ""),
    ("The under-eye area has become one of the most requested spots for PRF.", SP, "popularity"),
    ("Haematologists first used the term PRP in the 1970s, for a transfusion product.", N, "neutral"),
])
P("irct", "authority", "https://irct.behdasht.gov.ir/trial/77343", [
    ("Twenty-five adults will get PRP on one side of the face and PRF on the other over three monthly sessions.", N, "trial design"),
    ("People who smoke, are pregnant or breastfeeding, or have an infection at the site cannot take part.", N, "exclusion criteria"),
    ("Neither the assessing doctor nor the statistician will know which side received which treatment.", N, ""),
])
P("puremedspa", "clinic", "https://www.puremedicalspa.us/prf-under-eyes-results-does-it-actually-work", [
    ("Done in a medical setting, under-eye PRF has a safety profile much like other injectables.", N, "relative, not better; factual"),
    ("Platelet-based cosmetic treatments are still building their evidence, so choosing the right patient matters.", N, "hedge"),
    ("Most patients see changes within two to six weeks, with the skin improving further for months.", B, "result timing"),
    ("A split-face study found PRF beat PRP for skin texture and laxity.", C, "vague citation (decision 9)"),
    ("Ask your injector which order of PRF and filler suits your anatomy.", N, "advice"),
])
P("mohsen", "clinic", "https://mohsen.com.au/liquid-prf-injection-for-undereye-treatment-perioral-rhytids", [
    ("Liquid PRF is an exciting, natural fix for hollows, dark circles and smoker's lines.", B, ""),
    ("It suits thin under-eye skin far better than standard fillers, which can turn lumpy there.", C, ""),
    ("We take two small tubes of blood and spin them slowly without additives.", N, ""),
])
P("ultrassay", "clinic", "https://ultrassay.com/prp-prf/prf/", [
    ("PRF is spun more slowly than PRP and collected without anticoagulant, so it sets into a gel.", N, "neutral contrast"),
])
P("sapub", "journal", "http://article.sapub.org/10.5923.j.ajdv.20140305.03.html", [
    ("Fifty patients had three monthly PRP sessions around the eyes and were assessed from standard photos at six months.", N, "study design"),
    ("Many treatments have been tried for dark eyelids, without clear-cut results.", N, ""),
])
P("hudsonmed", "clinic", "https://hudsonmedical.com/articles/what-is-whartons-jelly/", [
    ("These therapies let you skip surgery by using cells to trigger your own repair.", B, ""),
    ("Injected right at the injury, cord jelly rebuilds damaged discs, joints and tendons.", B, ""),
    ("When injected, mesenchymal cells may help restore injured tissue.", N, "hedge (may)"),
])
P("tanglewood", "clinic", "https://www.tanglewoodfootspecialists.com/library/whartons-jelly-regenerative-medicine-houston-podiatrist.cfm", [
    ("Even well-known athletes have turned to this umbilical-cord treatment for relief.", SP, "celebrity use as proof; no specific outcome"),
    ("Every donor is screened to FDA and tissue-bank standards, which guarantees the product's effectiveness.", A, "standards used as proof"),
    ("Our podiatry practice added the injections to its regenerative options last autumn.", N, ""),
])
P("regenmedclinic", "clinic", "https://www.regenmedclinic.com/blog/what-else-is-there-for-arthritis-besides-the-nanoplastytm-whats-whartons-jelly-good-for", [
    ("When many pain clinics say 'stem cells', they mean an off-the-shelf umbilical-cord product.", N, ""),
    ("These products have not been shown to be safe or effective, yet their use keeps spreading.", N, "refutation"),
])
P("rmbinstitute", "clinic", "https://rmbinstitute.com/whartons-jelly/", [
    ("The cells are immune-privileged, so they can be given to anyone with no risk of rejection.", S, "no rejection"),
    ("Once thrown away as medical waste, cord tissue is packed with healing substances.", B, ""),
    ("Regenerative aesthetics harnesses your body's own power to return ageing cells to a healthier, younger state.", B, ""),
])
P("jointrehab", "clinic", "https://jointrehab.com/whartons-jelly-in-regenerative-medicine-applications", [
    ("Reviewers of 19 small studies say bigger trials are needed before the safety and efficacy of cord jelly can be judged.", N, ""),
    ("Researchers report that cord jelly holds stem cells that may help repair damaged tissue.", N, "hedge"),
])
P("regenuncensored", "forum", "https://regenuncensored.com/post/What-If-Your-Knee-Could-Heal-Itself", [
    ("Stem cells from cord jelly do not cause tumours.", S, "absolute"),
    ("Most people reported less knee pain and could walk and take the stairs more easily.", B, "outcome without limits"),
    ("Having more than one injection may give better results.", N, "hedge"),
])
P("advancedspinal", "clinic", "https://advancedspinal.net/whartons-jelly-a-valuable-stem-cell-source/", [
    ("Cord jelly is now the new gold standard for stem-cell treatment.", C, "gold standard; the page's 'considered' was dropped so the line carries no hedge"),
    ("Ring our front desk today and we will find you an appointment.", PR, "CTA"),
])
P("thrivewell", "clinic", "https://thrivewellcenter.com/regenerative-medicine/what-is-whartons-jelly/", [
    ("Depending on how they are isolated, between one in 300 and one in 1,700 cells in the jelly is a mesenchymal stem cell.", N, "neutral"),
    ("So what makes Wharton's jelly special?", N, ""),
])
P("joesfrench", "news", "https://joesfrenchitalian.com/state-attorneys-general-pursue-consumer-protection-law-claims-against-stem-cell-clinics/", [
    ("New York won a multimillion-dollar judgment against a clinic over its 'magical' stem-cell promises.", N, "scare quotes"),
    ("Genuine regenerative medicine usually looks far less flashy than a free-dinner seminar.", N, ""),
    ("Investigators ask one question: were patients misled about safety, results or approval status?", N, ""),
])
P("lexisnexis", "news", "https://www.lexisnexis.com/legalnewsroom/mealeys/b/newsheadlines/archive/2017/04/11/mealey-39-s-litigation-procedure-judge-allows-some-claims-in-suit-alleging-stem-cell-treatments-are-scam.aspx?Redirected=true", [
    ("A judge let patients pursue claims that a clinic's website overstated how satisfied its customers were.", N, ""),
])
P("crowell", "news", "https://www.crowell.com/en/insights/client-alerts/attorneys-general-target-unsupported-medical-treatment-claims", [
    ("A state sued three clinics for allegedly claiming their injections could reverse ageing and cure neuropathy.", N, "allegedly claiming"),
    ("Older residents were targeted with ads and events and charged from about $1,500 to over $25,000, none of it insured.", N, "cost as reported fact"),
])
P("trueviral", "news", "https://trueviralnews.com/89032-state-attorneys-general-pursue-consumer-protection-law-claims-against-stem-cell-clinics.html", [
    ("Consumer-protection law may be a quicker route to closing doubtful clinics, since most of their claims lack evidence.", N, ""),
])
P("offervault", "news", "https://scoop.offervault.com/2018/10/19/ftc-halts-stem-cell-claims", [
    ("The homepage promised the therapy could 'reverse autism symptoms', a claim regulators said had no support.", N, "refuted claim"),
    ("Injections cost roughly $9,000 to $15,000, with 'booster' rounds costing thousands more.", N, "cost as reported fact"),
    ("The order bars the doctor from saying the therapy matches or beats standard care without reliable evidence.", N, ""),
])
P("fkks", "news", "https://advertisinglaw.fkks.com/post/102h559/ftc-and-georgia-sue-over-deceptive-health-claims", [
    ("\"Wipe out your knee pain with the newest proven alternative to surgery!\"", B, "ad quoted in a complaint, bare slogan (holdout2 decision 1)"),
    ("The free seminars targeted retirees and ended with a push to book a clinic consultation.", N, ""),
    ("The complaint says the company ran no randomised trials showing its injections worked.", N, ""),
])
P("wasatch", "clinic", "https://wasatchpainsolutions.com/deceptive_clinics/", [
    ("Regulators called 'amniotic stem cell therapy' an experimental, unproven treatment.", N, ""),
])
P("frugalmom", "forum", "https://adventuresfrugalmom.com/what-is-a-vampire-facial-and-is-it-worth-your-money/", [
    ("Because the clinic uses nothing but your own blood, the procedure is safe.", S, "own cells, so safe"),
    ("Expect to pay somewhere between $1,000 and $1,400, most of it for the microneedling part.", N, "typical cost as information"),
    ("The 'vampire' name is just a marketing label to make it memorable.", N, ""),
])
P("facecosmedics", "clinic", "https://facecosmedics.com/vampire-facial/", [
    ("The PRP facial is the most innovative way to return skin to its youthful state using your own plasma.", C, "superlative ranking"),
    ("Adding your platelets gives the treatment its wow factor, waking up dormant cells for smoother, firmer skin.", B, ""),
    ("A versatile treatment for fine lines, scarring, large pores, stretch marks and uneven tone.", B, "indication list on a seller page (holdout2 decision 4)"),
])
P("skinbiotonix", "salon", "http://skinbiotonix.com/plant-stem-cells-for-skin-health/", [
    ("Plant stem cells are among the latest cutting-edge technologies, with incredible results when used regularly.", B, ""),
    ("Swiss apple stem cells erase fine lines, wrinkles and crow's feet.", B, ""),
    ("Plant stem cells are undifferentiated cells taken from the growing tips of plants.", N, "neutral"),
])
P("vernonskincare", "salon", "https://www.michellevernonskincare.com/glossary/plant-stem-cells/", [
    ("There is little evidence that the regenerating power of plant stem cells carries over to human skin when applied topically.", N, "refutation"),
    ("They may offer some antioxidant benefit, though.", N, "hedge"),
])
P("rejuvstrategies", "forum", "http://rejuvenatingstrategies.com/plant-stem-cells-skin-care", [
    ("The efficacy of plant stem cells is still hotly debated, yet many cosmetic firms have jumped on the bandwagon.", N, ""),
    ("A famous supermodel's French melon extract has made the ingredient a household name.", SP, "celebrity as proof"),
    ("They slow the breakdown of collagen and hyaluronic acid, leaving skin plumper and stronger.", B, ""),
])
P("drsusanne", "clinic", "https://drsusanne.com/blog/tag/plant-stem-cells/", [
    ("The so-called cure for ageing has yet to appear in any jar.", N, "refutation"),
    ("Plant stem cells do the same job as human ones, only better at undoing sun damage and sparking cell growth.", C, ""),
    ("In testing, crow's feet were 8 percent shallower after two weeks and 15 percent after four.", B, "figures without limits (holdout2 decision 5)"),
])
P("luksha", "salon", "https://lukshacosmetics.com/blogs/news/what-are-the-plant-stem-cells-and-what-they-do-in-your-facial-cream", [
    ("Clinical studies show our plant-cell extract reverses the ageing of skin cells and visibly softens crow's feet.", B, "vague clinical citation for efficacy"),
    ("The plant stem cells in a moisturiser are not live cells but antioxidant extracts.", N, "neutral"),
])
P("maddison", "clinic", "https://maddisonskinclinic-msc.blogspot.com/2013/05/apple-stem-cells.html", [
    ("Apple stem cells are thought to protect skin from UV ageing, but more research is needed to know whether they act like human stem cells.", N, "hedge"),
    ("The rare Swiss apples are prized for keeping for months without spoiling.", N, "neutral"),
])
P("holistichealing", "news", "https://www.holistichealingnews.com/stem-cells-apples/", [
    ("For the first time ever, scientists can actually solve the problem of ageing skin.", B, "breakthrough claim; uncritical"),
    ("Over a dozen independent studies prove these four plant stem cells regenerate the stem cells in your skin.", B, "vague appeal to studies for efficacy"),
    ("The only risk is an allergic reaction in people sensitive to the source plants.", S, "minimised risk"),
])
P("remedies", "news", "https://remedies-and-recipes.com/article/rejuvenate-nature", [
    ("Plant stem cell extracts first appeared in beauty products around 2008.", N, "neutral"),
    ("Most brands use inactive extracts, since growing live cells is slow and expensive.", N, ""),
    ("Look for fruit stem cell serums to fade dark spots and firm the skin around your eyes.", B, "uncritical magazine advice asserting effect"),
])
P("jdd", "journal", "https://jddonline.com/articles/the-effect-of-a-combination-of-recombinant-egf-cosmetic-serum-and-a-crosslinked-hyaluronic-acid-seru-S1545961616P0738X/", [
    ("Sixty women with mild to moderate sun damage used one of two growth-factor serums for twelve weeks.", N, "study design"),
    ("The cosmeceutical field is held back by impure ingredients and a lack of dose standards.", N, ""),
])
P("beautydecoded", "news", "https://www.beautydecoded.com/en/?p=8044", [
    ("Ingredients made from human cells are not allowed in European cosmetics, so growth-factor products there use plant sources.", N, "regulatory fact"),
    ("Because growth factors push cells to divide, people at high risk of skin cancer or with psoriasis should avoid them.", N, "contraindication"),
])
P("scirp-serum", "journal", "https://scirp.org/journal/paperinformation.aspx?paperid=74932", [
    ("In an open-label, single-arm study of 40 women, most signs of ageing improved from day 15 to 30.", N, "single-arm study with sample size (decision 3)"),
    ("The serum was safe and well tolerated, according to both the dermatologist and the participants.", N, "bounded report of one study; note: borderline safety"),
])
P("hindawi-svf", "journal", "https://www.hindawi.com/journals/sci/2016/2636454/", [
    ("Volume persisted better in the stem-cell group, 79 versus 51 percent, but the difference was not statistically significant.", N, "bounded head-to-head result"),
    ("Fat necrosis occurred in four patients given enriched grafts and in none of the controls.", N, ""),
])
P("vallecillos", "clinic", "https://drvallecillos.com/fat-transfer-breast-augmentation/", [
    ("Natural breast enhancement removes the risk of capsular contracture altogether.", S, "absolute risk removal"),
    ("It leaves far smaller scars than implant surgery and keeps the breast soft.", C, ""),
    ("It suits women who are wary of implants and want a modest increase in size.", SU, ""),
    ("Request your appointment online.", PR, "CTA"),
])
P("pubmed-adsc", "journal", "https://pubmed.ncbi.nlm.nih.gov/33791627/", [
    ("This study shows breast augmentation with fat and added stromal cells is effective.", B, "abstract's generalising conclusion"),
    ("Breast volume rose by about 185 mL two weeks after surgery in the 105 patients studied.", N, "bounded figure with sample"),
])
P("slideshare-fat", "journal", "https://www.slideshare.net/slideshow/2-autologous-fat-transfer-for-breast-augmentation-a-review-dermatol-surg-2016pdf/255098091", [
    ("Fat transfer for breast augmentation is not yet standardised, so outcomes vary widely with the surgeon's skill.", N, ""),
    ("There is no evidence that fat grafting raises breast cancer risk, but long-term follow-up is still required.", N, "bounded"),
])
P("stemcells-aesthetica", "clinic", "https://stemcells-aesthetica.com/fat-grafting-in-conjunction-with-breast-lift-2-2/", [
    ("Ideal for mothers who have breastfed and lost fullness in the upper breast.", SU, ""),
    ("Going up a full cup size in one session is uncommon, so realistic expectations matter.", N, ""),
])
P("drtrue", "clinic", "https://www.drtrue.com/2016/06/28/breast-buttocks-face-augmentation-by-fat-transfer/", [
    ("Stem-cell-enriched fat survives permanently, giving breasts that look and feel completely natural.", B, ""),
    ("The procedure is almost painless and you can be back at work in 48 hours.", S, "minimised downtime"),
    ("Long-term results of the pre-expansion technique are not yet known.", N, ""),
])
P("briefly-cord", "news", "http://briefly.co/anchor/Digital_life/story/promised-cures-tainted-cells-how-cord-blood-banks-mislead-parents", [
    ("Private cord banks sell stored cells as a cure, yet doctors rarely use them.", N, "refutation"),
    ("Many stored samples turn out to be too small or contaminated to be usable.", N, ""),
])
P("imedical-cord", "news", "https://imedicalsociety.org/private-cord-blood-bank/", [
    ("A private bank typically charges $500 to $2,000 to store a sample, plus about $100 a year.", N, "typical cost as information"),
    ("Contact the bank before week 34 of pregnancy to arrange collection.", N, ""),
])
P("abc-cord", "news", "https://abcnews.go.com/GMA/OnCall/private-cord-blood-banking-worth-price/story?id=10568271", [
    ("Ads promise parents a lifetime of protection for their children, but many experts question the pitch.", N, "quoted hype with distance"),
    ("Cord blood is already used for blood disorders, and trials are testing it for more common diseases.", N, ""),
    ("One expectant mother said it all sounded a bit like science fiction.", N, ""),
])
P("greenurribarri", "clinic", "http://www.greenurribarri.com/Obstetrics/CordBloodBanking.aspx", [
    ("Your baby's cord blood holds a life-saving resource you can only capture once.", B, ""),
    ("Banking is completely safe for mother and newborn.", S, "absolute"),
    ("Cord blood is already used to treat more than 70 life-threatening diseases.", N, "note: borderline; a disease count about established transplant use, stated as fact"),
])
P("pickbestgift", "forum", "http://blog.pickbestgift.com/index.php/2017/06/05/cord-blood-storage-biological-insurance/", [
    ("Storage is advertised as biological insurance, but there is no guarantee the investment pays off.", N, "quoted hype with refutation"),
    ("Public banks are government-run and charge nothing to collect and store cord blood.", N, ""),
])
P("advancells", "clinic", "https://www.advancells.com/what-quality-parameters-should-you-check-before-getting-stem-cell-therapy/", [
    ("Choose a clinic with its own certified GMP lab and qualified scientists; that is your proof the cells are in expert hands.", A, "GMP certification as proof"),
    ("Dead cells are useless and can even clog blood vessels, so only live cells should ever be injected.", N, ""),
])
P("findmystem", "news", "https://findmystem-s3lknc4h.manus.space/editorial", [
    ("You are not really buying stem cells; you are buying a supply chain, a manufacturing process and a story.", N, ""),
    ("To a patient, honest and fraudulent clinics often look identical: same words, same prices, same testimonials.", N, ""),
    ("A continuing-education label does not make a stem-cell training course credible.", N, "refutation of approval-type proof"),
])
P("bodypro", "clinic", "https://www.bodypro.com/ufaqs/are-stem-cells-fda-approved/", [
    ("The FDA neither approves nor rejects stem cells, but it sets safety guidelines, and we meet every single one.", A, "misstated regulation plus compliance as reassurance"),
])
P("countryside", "news", "http://www.countrysidemontessorichildcarecenter.com/category/regenerative-medicine/", [
    ("Many clinics are selling stem-cell products that have never received FDA approval.", N, ""),
    ("Bone marrow and cord blood transplants remain the only approved stem-cell therapies.", N, "regulatory fact"),
])
P("wellness-care", "clinic", "https://www.well-ness.care/en/longevity-science/safe-regenerative-clinic/", [
    ("If a clinic cannot answer these seven questions with documents, that is an answer in itself.", N, "advice"),
    ("Regenerative products are spreading faster than regulators can audit them.", N, ""),
])
P("advancedortho", "clinic", "https://advancedorthosports.com/specialties/sports-medicine/platelet-rich-plasma/", [
    ("Once it is injected, PRP speeds healing and takes the pain away.", B, ""),
    ("Most patients get better after their very first treatment.", B, ""),
])
P("jbissell", "clinic", "https://www.jbissellmd.com/contents/faqs", [
    ("I am board certified and hold extra certifications in sports medicine, spinal cord injury and pain medicine.", A, "credentials as proof (holdout2 decision 7)"),
    ("A usual series is two or three injections spaced three to six weeks apart.", N, ""),
])
P("prosportsmed", "clinic", "http://prosportsmedicine.co.uk/platelet-rich-plasma-prp/", [
    ("We offer the most advanced injection therapies available anywhere in sports and musculoskeletal medicine.", C, "superlative ranking"),
    ("Every injection is guided by ultrasound, because our patients deserve the gold standard of care.", C, "gold standard"),
])
P("chelseasmith", "clinic", "https://drchelseasmithback.com/blog/blog-post-title-one-y5h93", [
    ("Think of PRP as your body's own super glue, injected straight into damaged tissue to mend it.", B, "metaphor asserting effect"),
    ("Soreness for a few days afterwards is a good sign: it means the healing has begun.", B, "side effect framed as proof"),
])
P("bestaesthetic-my", "clinic", "https://www.bestaestheticspecialistmalaysia.com/service-detail/t1---platelet-rich-plasma-%28prp%29-%E2%80%93-muscle-&-joints", [
    ("PRP is now the most common treatment in any sports physician's clinic.", SP, "popularity"),
    ("Since it comes from your own body, there are no allergies and no side effects.", S, "own cells, so safe"),
])
P("hedleyortho", "clinic", "http://www.hedleyortho.com/prp-injections-for-sports-injuries-a-patient-faq/", [
    ("No surgery, no drugs, and a faster recovery for the injured tissue.", B, ""),
    ("Whether you play pro ball or jog round the neighbourhood, PRP could be right for you.", SU, ""),
])
P("taubmd", "clinic", "https://taubmd.com/Platelet-Rich-Plasma-Injections-Charlotte-NC.html", [
    ("Studies show PRP improves these problems without drugs, often beyond what exercise alone can do.", C, "vague citation"),
])
P("rthaesthetics", "clinic", "https://www.rthaesthetics.co.uk/terms-of-service", [
    ("No guarantee can be made about the outcome, how long it lasts or how much it corrects.", N, ""),
    ("Rare but serious complications include infection, allergic reaction, vascular occlusion and nodules.", N, "contraindication / risk information"),
    ("A deposit is needed to secure your polynucleotide appointment and comes off your treatment price.", PR, "booking terms"),
])
P("skinremedy", "clinic", "https://www.skinremedyclinic.co.uk/skin-remedy-club/", [
    ("Join the club: load credit onto your account and spend it on any skin-booster treatment you like.", PR, "membership; product named generically"),
])
P("naturalvisage", "clinic", "https://naturalvisage.co.uk/Home/Terms", [
    ("Secure your PRP slot with a £25 deposit, deducted from the final bill.", PR, "booking terms; treatment renamed to PRP"),
])
P("longeva", "salon", "https://longevaaesthetics.com/pages/polynucleotides-uk-aesthetic-practice", [
    ("Salmon DNA shares an estimated 70-80 percent of its sequence with human DNA, which is thought to explain its compatibility.", N, "hedge (is thought)"),
    ("Purification makes the final product non-antigenic, as the published safety data confirm.", S, "vague appeal to research for safety (decision 4)"),
])
P("pulselight", "clinic", "https://www.pulselightclinic.co.uk/refund-policy", [
    ("If we find you unsuitable for your exosome course at consultation, you get a full refund.", PR, "refund terms; treatment renamed to exosome"),
])
P("fountainmag", "news", "http://internal.fountainmagazine.com/all-issues/2017/issue-120-november-december-2017/stem-cell-treatments-a-breakthrough-in-medical-science", [
    ("Injected stem cells wipe out diseased cells and grow healthy ones until the organ is free of disease.", B, "uncritical magazine piece"),
    ("Stem-cell therapy ranks among the most revolutionary breakthroughs of our age.", B, "'revolutionary breakthrough'"),
])
P("americanbiotech", "news", "https://www.americanbiotechnologist.com/blog/stem-cells-cure-blind-man/", [
    ("A man blind in one eye for fifteen years can see again thanks to a groundbreaking stem-cell treatment.", B, "headline-style cure claim, uncritical"),
])
P("urbanmonk", "forum", "https://urbanmonk.libsyn.com/webpage/2019/11", [
    ("The host trusts the therapy enough to use it on his own old hip injury, under this week's guest doctor.", SP, "personal endorsement, no specific outcome"),
])
P("researka", "journal", "https://researka.org/claims/claim_8ca65a982233249e", [
    ("Lab data show clear anti-inflammatory effects of vesicles, but lasting benefit in older adults has not been shown in people.", N, "bounded"),
])
P("9news", "news", "http://www.9news.com/article/news/health/what-are-some-of-the-misconceptions-about-stem-cell-therapy/421435040", [
    ("An expert tackled common myths, such as the idea that the cells only come from embryos.", N, ""),
])

# ---------------------------------------------------------------- written marketing lines (mine) and handout-style lines
W("w01", "written", [
    ("Our exosome vials are made in an ISO 13485-certified cleanroom and checked by an independent lab before they ship.", A, "certification / third-party test as proof"),
    ("PRP kit cleared by the FDA (510(k)) — so you know you're in safe hands.", A, "clearance as safety reassurance (decision 6)"),
    ("★ 4.8 from 1,200+ verified reviews for our scalp booster programme", SP, "rating"),
    ("Signature Glow Exosome Facial | 60 min | $399 — first visit $299", PR, "price line"),
    ("Perfect for busy professionals who want fresher skin over a lunch break.", SU, ""),
    ("Unlike laser resurfacing, our PDRN infusion leaves you with zero downtime.", S, "absolute downtime claim outranks the comparison"),
    ("Outperforms microneedling alone — every single time.", C, ""),
    ("Our medical director trained at Harvard and lectures worldwide on regenerative aesthetics.", A, "academic titles as proof"),
    ("Limited spring slots: book before the 30th and get a free LED add-on.", PR, "scarcity + offer"),
    ("Recommended for men and women in the early stages of thinning.", SU, ""),
    ("'My dermatologist friends all swear by it,' says our founder.", SP, "experts as proof, seller's voice"),
    ("Made with patented dual-filtration technology for unmatched purity.", A, "patent; comparison also applies"),
])
W("w02", "written", [
    ("Hair Revival Package: 3 exosome sessions for £1,350 (save £300)", PR, "package price"),
    ("Stem-cell facial vs. chemical peel: faster glow, no peeling, deeper repair.", C, "table-style comparison"),
    ("If you've tried everything for your knees, you're exactly who this therapy is for.", SU, "conditional"),
    ("Korea's top pop idols book this booster before every comeback tour.", SP, "celebrity use"),
    ("Proudly listed on the national register of cell-processing facilities.", A, "registration as endorsement"),
    ("Dr. Alvarez explains that your own plasma can't harm you, because your body recognises it.", S, "reported speech in the seller's voice; own cells so safe"),
    ("Our clinic has performed more than 15,000 PRP treatments since 2012.", SP, "patient count"),
    ("Suitable for all skin tones, including sensitive and rosacea-prone skin.", SU, ""),
    ("Finance available: spread the cost over 12 months at 0% APR.", PR, "instalment plan"),
    ("Awarded 'Best Regenerative Clinic 2025' by a leading beauty guide.", A, "award as proof"),
    ("Stronger and longer-lasting than any hyaluronic skin booster on the market.", C, ""),
    ("Risk of complications? Practically nil.", S, ""),
])
W("w03", "written", [
    ("Every batch ships with a certificate of analysis from an outside laboratory, so you can trust what goes into your skin.", A, "third-party test as proof"),
    ("Great for brides-to-be who want a radiant complexion before the big day.", SU, ""),
    ("Voted the number-one salmon DNA treatment by our Instagram followers.", SP, "popularity vote"),
    ("Call 0800 555 0192 or message us on WhatsApp to reserve your consultation.", PR, "contact line"),
    ("Our cord-tissue product follows federal tissue rules, so you can book with confidence.", A, "regulated setting as reassurance (decision 6)"),
    ("Skip the operating theatre: a wiser choice than a brand-new knee joint.", C, ""),
    ("Tailored for athletes who want to get back on the field sooner.", SU, ""),
    ("Bring a friend along and each of you saves a fifth on your next plasma session.", PR, "referral offer"),
    ("Trusted by over 300 physicians across North America.", SP, "expert count"),
    ("As published in a leading peer-reviewed dermatology journal.", A, "publication as proof"),
    ("Ideal if you'd rather skip fillers and toxins but still want visible lift.", SU, ""),
    ("Free scalp analysis with every exosome booking this month!", PR, ""),
])
W("w04", "written", [
    ("Developed with scientists from a Nobel-prize-winning lab.", A, "Nobel prestige"),
    ("Patients from 25 to 80 make great candidates.", SU, ""),
    ("Gentle enough for first-timers: no numbing, no needles, no redness.", S, "absolute"),
    ("Why settle for PRP when exosomes deliver up to 50 times more growth factors?", C, "rhetorical question"),
    ("A favourite among Hollywood make-up artists.", SP, ""),
    ("Membership: one exosome facial a month for $199, cancel anytime.", PR, ""),
    ("Especially suited to smokers' lines and sun-damaged décolletage.", SU, ""),
    ("Registered with Korea's cosmetics authority, so our exosomes are fully approved for your face.", A, "misstated approval"),
    ("Five stars across 800 Google reviews and counting.", SP, "rating"),
    ("Only 10 introductory slots left at this price.", PR, "scarcity"),
    ("More natural than fillers, longer lasting than a facial.", C, ""),
    ("Designed for women in menopause who notice their skin thinning.", SU, ""),
    ("A great fit for new mums who notice shedding after pregnancy.", SU, ""),
    ("Our exosomes carry the CE mark — your guarantee of quality.", A, "mark used as proof"),
])
W("w05", "written", [
    ("Dr Chen, a fellow of three international aesthetic societies, performs every injection personally.", A, "credentials"),
    ("'So safe I had it done on my own mother,' says our lead nurse.", S, "seller's voice"),
    ("Appointments open 7 days — book online in 60 seconds.", PR, "CTA"),
    ("Not FDA-approved? That just means the agency hasn't caught up; the science is solid.", A, "spin on non-approval (decision 7)"),
    ("Best for patients who want to delay or avoid joint surgery.", SU, ""),
    ("Thousands of Londoners have already switched to polynucleotides.", SP, "popularity"),
    ("Holds its own against filler — and beats it on texture.", C, ""),
    ("Our lab holds ISO 9001 and AATB accreditation.", A, "accreditation as proof"),
    ("Gift cards for regenerative facials now available in any amount.", PR, ""),
    ("No bruising, no swelling, back at your desk in an hour.", S, "minimised downtime"),
    ("Ideal for anyone with early thinning who isn't ready for a transplant.", SU, ""),
    ("Suitable for over-40s with stiff, creaky knees.", SU, ""),
    ("Certified by the European Academy of Cell Aesthetics.", A, "certification; body invented"),
    ("Buy a course of three and your fourth visit is on us.", PR, ""),
])
W("h01", "handout-style", [
    ("Ask the clinic which regulator, if any, has approved the exact product they plan to inject.", N, "handout advice"),
    ("A certificate on the wall tells you about the building, not whether the treatment works.", N, "explains what a certificate does not mean"),
    ("If an offer bundles 'free' extras, ask what the full course will cost, including top-ups.", N, "advice on cost"),
    ("Tell your doctor about blood thinners, pregnancy or any bleeding disorder before a PRP procedure.", N, "contraindication advice"),
    ("Online reviews and celebrity posts are not evidence that a treatment works.", N, "refutes social proof"),
    ("Expect a little puffiness where the needle went in; a high temperature or pain that keeps spreading means calling a doctor at once.", N, "expected effects, factual"),
    ("'Natural' or 'from your own body' does not mean risk-free: infection can come from how the product is handled.", N, "negation of safety hype"),
    ("A genuine clinical trial does not charge you to take part, so be wary of 'patient-funded' studies.", N, "advice"),
    ("Take your time; a trustworthy clinic will not rush you with limited-time deals.", N, "advice"),
])

# ---------------------------------------------------------------- checks
def host(u):
    return (urllib.parse.urlsplit(u).hostname or "").lower().removeprefix("www.")

def norm(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().casefold()

def alnum(t):
    return re.sub(r"[^0-9a-z]+", "", norm(t))

def build():
    recs = []
    for g, src, origin, items in PAGES:
        for t, lab, note in items:
            recs.append(dict(text=t, label=lab, lang="en", source=src, group="h4-en-" + g, origin=origin, note=note))
    for g, src, items in WRITTEN:
        for t, lab, note in items:
            recs.append(dict(text=t, label=lab, lang="en", source=src, group="h4-en-" + g, origin="", note=note))
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h4-en-%04d" % i, "text": r["text"], "label": r["label"], "lang": "en",
                    "source": r["source"], "group": r["group"], "origin": r["origin"], "note": r["note"]})
    return out

def main():
    recs = build()
    errs = []
    used_hosts = {l.strip().lower().removeprefix("www.") for l in open(USED_HOSTS, encoding="utf-8") if l.strip()}
    used_origins = {l.strip() for l in open(USED_ORIGINS, encoding="utf-8") if l.strip()}
    seen = {}
    origin_group, group_origin, group_src = {}, {}, {}
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or "\r" in t or not t.strip():
            errs.append("length/newline: " + r["id"])
        if r["label"] not in LABELS:
            errs.append("label: " + r["id"])
        if r["source"] not in SOURCES:
            errs.append("source: " + r["id"])
        if not r["group"].startswith("h4-en-"):
            errs.append("group prefix: " + r["id"])
        k = norm(t)
        if k in seen:
            errs.append("duplicate text: %s = %s" % (r["id"], seen[k]))
        seen[k] = r["id"]
        wr = r["source"] in ("written", "handout-style")
        if wr and r["origin"]:
            errs.append("written with origin: " + r["id"])
        if not wr and not r["origin"]:
            errs.append("page record without origin: " + r["id"])
        if r["origin"]:
            o = r["origin"]
            if host(o) in used_hosts:
                errs.append("origin host already used: %s %s" % (r["id"], host(o)))
            if o in used_origins:
                errs.append("origin already used: %s" % r["id"])
            if origin_group.setdefault(o, r["group"]) != r["group"]:
                errs.append("origin in two groups: " + r["id"])
            if group_origin.setdefault(r["group"], o) != o:
                errs.append("group with two origins: " + r["id"])
        if group_src.setdefault(r["group"], r["source"]) != r["source"]:
            errs.append("group mixes sources: " + r["id"])
    # written batch sizes 4-14
    gsize = Counter(r["group"] for r in recs if r["source"] in ("written", "handout-style"))
    for g, n in gsize.items():
        if not 4 <= n <= 14:
            errs.append("written batch size %s: %d" % (g, n))
    # near duplicates, against every English record under bench/claims (not this folder) and within this set
    others = []
    nfiles = 0
    for path in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        if os.path.abspath(os.path.dirname(path)) == HERE:
            continue
        nfiles_here = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                lang = o.get("lang") or ("en" if os.path.basename(path).startswith("en") or "/en/" in path else "")
                if lang == "en" and o.get("text"):
                    others.append(alnum(o.get("text", "")))
                    nfiles_here += 1
        if nfiles_here:
            nfiles += 1
            print("  read %d English records from %s" % (nfiles_here, os.path.relpath(path, CLAIMS)))
    mine = [(r["id"], alnum(r["text"]), r["text"]) for r in recs]
    near = 0
    for i, (rid, a, t) in enumerate(mine):
        sm = difflib.SequenceMatcher(None, "", a, autojunk=False)
        pool = [("other", b) for b in others] + [(mine[j][0], mine[j][1]) for j in range(i + 1, len(mine))]
        for who, b in pool:
            if not b:
                continue
            if a == b:
                r_ = 1.0
            else:
                sm.set_seq1(b)
                if sm.real_quick_ratio() <= 0.85 or sm.quick_ratio() <= 0.85:
                    continue
                r_ = sm.ratio()
            if r_ > 0.85:
                near += 1
                errs.append("near-duplicate (%.2f) %s vs %s: %s" % (r_, rid, who if who != "other" else "an existing bench sentence", t))
                break
    print("compared against %d English sentences in %d files" % (len(others), nfiles))
    # counts
    lab = Counter(r["label"] for r in recs)
    src = Counter(r["source"] for r in recs)
    n = len(recs)
    wr = src["written"] + src["handout-style"]
    print("total", n)
    for l in LABELS:
        print("  %-13s %4d" % (l, lab[l]))
    print("none share %.1f %%" % (100.0 * lab["none"] / n))
    for s in sorted(src):
        print("  source %-14s %4d" % (s, src[s]))
    print("written + handout-style %d (%.1f %%)" % (wr, 100.0 * wr / n))
    pages = {r["origin"] for r in recs if r["origin"]}
    psrc = Counter()
    for g, s_, o, items in PAGES:
        psrc[s_] += 1
    print("pages", len(pages), dict(psrc))
    if n < 280: errs.append("fewer than 280 sentences")
    for l in LABELS[:-1]:
        if lab[l] < 20: errs.append("label %s below 20" % l)
    if not 0.40 <= lab["none"] / n <= 0.50: errs.append("none share out of 40-50 %")
    if wr / n > 0.25: errs.append("written share above 25 %")
    if errs:
        print("CHECKS FAILED (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    out = os.path.join(HERE, "en.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)

if __name__ == "__main__":
    main()
