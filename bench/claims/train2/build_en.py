#!/usr/bin/env python3
"""Build bench/claims/train2/en.jsonl (extra English TRAINING sentences).

Records are data below: one block per page (group, source, origin, sentences)
and written / handout-style batches. Every page-derived sentence is a
paraphrase. The script runs the checks of the gathering brief and prints only
counts, ids and (for near-duplicate hits) our own text; it never prints the
text or label of any other file under bench/claims/.
"""
import collections
import difflib
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
CLAIMS = os.path.dirname(HERE)
OUT = os.path.join(HERE, "en.jsonl")
USED = "/tmp/claims-used-origins.txt"
MY_SIDE = "train"

LABELS = {"safety", "benefit", "approval", "comparison", "social_proof",
          "suitability", "promotion", "none"}
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum",
           "handout-style", "written"}


def side(url: str) -> str:
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    return "test" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "train"


PAGES = []   # (group, source, origin, [(text, label, note), ...])
WRITTEN = []  # (group, source, [(text, label, note), ...])


def P(group, source, origin, rows):
    PAGES.append((group, source, origin, rows))


def W(group, source, rows):
    WRITTEN.append((group, source, rows))


S, B, A, C, SP, SU, PR, N = ("safety", "benefit", "approval", "comparison",
                             "social_proof", "suitability", "promotion", "none")

# ---------------------------------------------------------------- pages ----
P("t2-en-paho", "authority",
  "https://prais.paho.org/es/public-safety-alert-due-to-marketing-of-unapproved-stem-cell-and-exosome-products/", [
      ("Anyone offered an exosome product should first ask if the agency has reviewed it and request the investigational drug number.", N, "advice"),
      ("Several patients in one Midwestern state suffered serious adverse events after being treated with unapproved products sold as exosomes, the agency reported.", N, ""),
      ("Health practitioners and clinics are being told about these reports so they can warn patients.", N, ""),
      ("Federal and state partners are still assessing what happened in these cases.", N, ""),
  ])

P("t2-en-renewmed", "clinic",
  "https://renewmedicalcenters.com/blog/prp-hair-loss-therapy-cost-safety-risks/", [
      ("PRP Hair Loss Therapy: Cost, Safety & Risks.", N, "heading"),
      ("Some doctors believe PRP shots might encourage hair to grow by improving blood flow to the follicles.", N, "hedged belief"),
      ("More research is still needed to show whether PRP actually works for hair loss.", N, ""),
      ("Platelet-rich plasma has been used since the 1980s to help injured tendons, ligaments and muscles heal.", N, "neutral history"),
      ("Once you are judged a suitable candidate, the visit starts with a small blood draw from your arm, much like a routine lab test.", N, "procedure"),
  ])

P("t2-en-renewmed-back", "clinic",
  "https://renewmedicalcenters.com/category/low-back/", [
      ("At the moment we are not taking on new patients.", N, "availability notice, no offer or scarcity pitch"),
      ("In the case study, 64% of patients reported much better pain control a year after a single bone-marrow stem cell injection.", B, "figure without limits on a seller page (holdout2 decision 5)"),
      ("Low back pain causes more disability worldwide than any other condition.", N, "neutral fact"),
  ])

P("t2-en-cosmetictown", "news",
  "https://www.cosmetictown.com/procedure/prp-for-hair-loss", [
      ("Many doctors feel PRP can be paired with a transplant to help the grafts regrow sooner.", N, "attributed belief (feel); uncertain"),
      ("PRP for hair loss is still regarded as an experimental treatment.", N, ""),
      ("The best candidates are people in the early stages of pattern hair loss whose follicles are still at least partly active.", SU, "uncritical directory page"),
      ("Because it remains experimental, the price depends on the doctor, the facility and the city; expect roughly $700 to $1,900 per session.", N, "cost information, no seller"),
      ("Recovery is very minimal, with nothing more than some mild soreness.", S, "minimisation; uncritical"),
      ("Once regrowth starts, the results are permanent and should last a lifetime.", B, "uncritical"),
  ])

P("t2-en-verywell", "news",
  "https://faq.com/?q=https%3A%2F%2Fwww.verywellhealth.com%2Fprp-for-hair-loss-8363090", [
      ("PRP has become a popular non-surgical option for people losing their hair.", N, "news describing popularity"),
      ("Does PRP actually work for thinning hair? The honest short answer is maybe.", N, ""),
      ("Growth factors in the plasma may wake up dormant follicles when injected into the scalp.", N, "hedge: may"),
      ("Not everyone is a candidate, and recent research only suggests PRP can raise hair density in hereditary thinning.", N, "hedge: suggests"),
      ("In one study, density fell slightly a year after the final session but stayed above the starting point.", N, "bounded observation"),
  ])

P("t2-en-popmama", "news",
  "https://www.popmama.com/life/fashion-and-beauty/mengenal-manfaat-skinbooster-dna-salmon-untuk-wajah-glowing-alami-00-2jg2k-stcwlj/amp", [
      ("The salmon DNA fragments are purified and standardised, so they are perfectly safe to use on human skin.", S, "uncritical magazine; paraphrased from Indonesian"),
      ("Salmon DNA is the closest match to human DNA and has been medically proven to repair skin tissue.", B, "also comparison (closest match)"),
      ("The trend caught on because it genuinely repairs damaged skin cells.", B, "uncritical"),
      ("Lots of women now pair a salmon DNA booster with other treatments for a spotless complexion.", SP, "popularity; effect only implied"),
      ("A dermatologist explains that PDRN calms inflammation and raises growth factors, which shows the treatment is clinically effective and safe over the long term.", S, "generalising safe-and-effective conclusion; benefit also"),
  ])

P("t2-en-bhmedispa", "clinic",
  "https://beverlyhillsmedispa.com/es/regenerative-skin-treatments-with-salmon", [
      ("You will see several Korean and Italian polynucleotide brands on clinic menus.", N, ""),
      ("More Than Filler: Why Salmon DNA Skin Treatments Are on the Rise", N, "trend heading, no efficacy content"),
      ("Instead of just adding volume, salmon DNA treatments get your own cells to heal and rebuild collagen and elastin.", B, "mechanism as result; comparison also"),
      ("The change builds gradually and looks more natural, usually with better long-term texture than a filler's instant plump.", C, ""),
      ("The fragments are purified and sterilised, so your body can use them for repair without a strong immune rejection.", S, ""),
      ("If you want slow, natural-looking improvement with less chance of overfilling, PDRN is a compelling choice.", SU, "comparison also"),
  ])

P("t2-en-vouee", "salon",
  "https://voueeskin.com/blogs/skin-science/what-exactly-is-salmon-dna-for-skin-and-can-you-use-it", [
      ("Who is it for? Anyone whose skin looks dull, less springy, or slow to bounce back after procedures.", SU, ""),
      ("Behind the dramatic name, salmon DNA is simply an ingredient that helps your skin repair itself better.", B, "brand blog"),
      ("When properly purified, these DNA fragments are highly biocompatible and unlikely to set off strong immune reactions.", S, "minimisation as advantage"),
      ("You will see them in clinic-only injectable boosters and in ampoules, serums, masks and creams.", N, ""),
      ("So despite how it sounds, this is purified DNA that signals to your skin, not living fish cells.", N, "neutral explanation"),
  ])

P("t2-en-lauraleanne", "clinic",
  "https://www.lauraleanneaesthetics.com/copy-of-alumiermd-homecare-1", [
      ("Polynucleotides are assembled in laboratories from nucleotides taken from salmon sperm.", N, ""),
      ("It has nothing to do with fish allergies, and so far the treatment has proven hypoallergenic.", S, ""),
      ("Anyone with under-eye hollows, dark circles, thin or crepey skin, or rosacea can benefit.", SU, ""),
      ("Some swelling under the eyes is normal at first and should not be mistaken for the result.", N, "expected effect"),
      ("Results usually hold for six to nine months, though this can be longer or shorter from person to person.", N, "duration with stated variation"),
      ("Polynucleotides avoid the big filler risks of overfilling and blocking a blood vessel.", C, "comparative safety (rule 5)"),
  ])

P("t2-en-pntherapy", "clinic",
  "https://polynucleotidestherapy.co.uk/what-are-the-side-effects-of-polynucleotides-under-the-eyes", [
      ("Polynucleotide injections under the eyes can give really impressive results.", B, ""),
      ("The effect keeps building as skin cells renew, and on average it lasts up to a year.", B, "result timing without limits"),
      ("If fillers make you puff up, or your under-eye skin is very fragile, you are an excellent candidate.", SU, ""),
      ("The injections are gentle and non-invasive, ideal if you have sensitive skin.", S, "minimisation; suitability also"),
      ("Any side effects tend to be mild and short-lived.", S, "minimisation as selling point"),
  ])

P("t2-en-tressless-pn", "journal",
  "https://tressless.com/research/study-of-polynucleotide-injections-for-eye-wrinkles-9Z0P", [
      ("A prospective observational study found patients' eye-area appearance and satisfaction improved compared with their own baseline after polynucleotide injections.", N, "no control group stated as design"),
      ("Adverse events were few, and the authors say controlled trials are needed before efficacy can be confirmed.", N, "bounded, with limits"),
  ])

P("t2-en-topdoctors", "clinic",
  "https://topdoctors.co.uk/medical-articles/polynucleotides-a-comprehensive-guide?amp=1", [
      ("They can be used under the eyes, on the neck and along the jaw and cheekbones.", N, "treatment areas"),
      ("Polynucleotides are sterile, highly purified injectable gels made from fish such as trout or salmon.", N, ""),
      ("Rather than just hydrating like other boosters, polynucleotides actively tell cells to make collagen and elastin.", B, "mechanism as result; comparison also"),
      ("They can treat areas many skin boosters can't, including the eyes, lips and forehead.", C, ""),
      ("The under-eye area is currently the most requested place for this treatment.", SP, "popularity"),
  ])

P("t2-en-vavahealth", "news",
  "https://vavahealth.com/stem-cell-therapy-for-knees/", [
      ("Knee so bad you need relief without surgery? Don't worry, stem cell therapy is here to save the day!", B, "headline hype; uncritical"),
      ("Stem cell therapy is known around the globe as a miracle worker, fixing everything from knee injuries to wrinkles.", B, "uncritical"),
      ("It rebuilds damaged cartilage and eases pain so people can enjoy life without going under the knife.", B, ""),
      ("Research on stem cells is still limited, though results in recent years look fairly promising.", N, "hedged"),
  ])

P("t2-en-metta", "clinic",
  "http://mettahealthcare.com/success-story-knee-instability-and-stem-cells/", [
      ("A man in his early sixties told me his knee had felt loose ever since a hard landing on the tennis court.", N, "case narrative"),
      ("At his check-up last week the instability had gone, and I expect a complete recovery.", B, "testimonial with specific outcome, doctor's voice"),
      ("Most unstable knees end up in surgery costing tens of thousands, yet stem cells can speed healing for a fraction of that.", B, "comparison also"),
  ])

P("t2-en-complex", "news",
  "http://www.complex.com/life/2019/05/two-people-test-positive-for-hiv-after-getting-vampire-facials?utm_source=facebook&utm_medium=social&utm_campaign=complexnewsfb", [
      ("Two spa customers in a south-western state have tested positive for HIV after getting so-called vampire facials.", N, ""),
      ("Investigators put the infections down to needles that were stored and handled unsafely.", N, ""),
      ("Anyone who had injections at the spa during those months is being urged to take a free HIV and hepatitis test.", N, ""),
  ])

P("t2-en-healthnbeauty", "news", "https://healthnbeauty.pk/vampire-facial/", [
      ("Health officials want every client who had a blood facial or other injection at the salon to be screened for blood-borne viruses.", N, ""),
      ("When it is performed safely and correctly, experts say, a PRP facial should not expose anyone to such infections.", N, "conditional expert statement in a warning story"),
  ])

P("t2-en-soylent", "news", "https://soylentnews.org/article.pl?sid=18/09/15/0119213&from=rss", [
      ("The 'vampire facial' was only ever supposed to sound scary.", N, "scare quotes"),
      ("Its promoters tout smooth, supple, rejuvenated skin, not an HIV scare.", N, "touted"),
      ("Inspectors found problems with how the spa stored, handled and disposed of needles.", N, ""),
  ])

P("t2-en-newsweek", "news", "https://www.newsweek.com/vampire-facial-hiv-new-mexico-vip-spa-1409468", [
      ("The spa had no licence to draw blood, which only a medical professional is allowed to do.", N, ""),
      ("Check the certification and make sure they use proper technique, a local med-spa director advised anyone considering needles.", N, "advice"),
      ("This is simply the worst example of what can go wrong when nobody checks, he said.", N, ""),
  ])

P("t2-en-shinemycrown", "news",
  "https://shinemycrown.com/several-women-infected-after-getting-vampire-facial-at-new-mexico-spa", [
      ("Over a hundred former clients were tested, and those who tested negative are being asked to test again.", N, ""),
      ("Health officials confirmed yet another infection in a woman who had a 'vampire facial' at the shuttered spa.", N, ""),
      ("Plasma facials can pass on infection if needle tips or syringes are reused or another client's blood is used.", N, ""),
      ("The spa's owner was charged with a felony for practising medicine without a licence.", N, ""),
  ])

P("t2-en-scmc-mexico", "clinic", "https://stemcellmedicalclinic.com/stem-cell-in-mexico", [
      ("Mexico is the second-largest medical tourism market on earth, drawing millions of visitors, many of them for regenerative medicine.", SP, "popularity used as proof"),
      ("Its openness to seeking real cures, not just treatments, is what sets Mexico apart.", B, "implied cure; comparison also"),
      ("Many clinics that advertise in the US actually treat patients south of the border because the rules there are more permissive.", N, "descriptive"),
      ("Clinics offering stem cell treatment must follow the guidelines of COFEPRIS, the federal regulator, so you are in safe hands.", A, "regulated setting as reassurance (rule 6)"),
  ])

P("t2-en-naturalimage", "clinic",
  "https://naturalimageskincenter.com/exosomes-are-they-worth-the-hype/", [
      ("In skincare, exosomes usually come from stem cells and are believed to have regenerative properties.", N, "hedged: believed"),
      ("Exosomes in skincare remain unproven and have no FDA approval, which makes them a risky purchase.", N, ""),
      ("They may help with skin regeneration and healing, but the science is still at an early stage.", N, "hedged"),
      ("Marketed as a revolutionary breakthrough, exosomes are being hyped as skincare's next big thing.", N, "distance: marketed as, hyped"),
      ("As board-certified dermatologists, we offer only the most effective, scientifically backed treatments.", A, "credentials as proof; comparison also"),
      ("Before jumping on the exosome bandwagon, it is worth taking a cautious look at the evidence.", N, "advice"),
  ])

P("t2-en-aabb", "news",
  "https://www.aabb.org/news-resources/news/article/2021/04/08/australia-s-tga-to-review-advertising-of-stem-cell-therapies", [
      ("Australia's medicines regulator is reviewing stem cell therapy advertising to make sure it complies with the law.", N, ""),
      ("Promoting human cell and tissue products to the public can lead to criminal or civil penalties there.", N, ""),
      ("People who have found no relief through conventional care may be especially vulnerable to claims about emerging treatments, the regulator noted.", N, ""),
  ])

P("t2-en-newsmediaworks", "news", "https://newsmediaworks.com.au/advertising-of-stem-cell-therapy-prohibited/", [
      ("From mid-2018, autologous cell and tissue products may no longer be advertised to consumers.", N, ""),
      ("A clinic may still promote its services, as long as the ad avoids naming the product or using terms like 'stem cells'.", N, ""),
      ("Testimonials that mention these products are likely to be treated as advertising too.", N, ""),
      ("A doctor needs to assess whether the product suits a particular patient before it is used.", N, ""),
  ])

P("t2-en-maestro", "news",
  "https://maestrodatabase.com/blog/tga-to-review-advertising-of-stem-cell-therapies-to-the-australian-public", [
      ("In April 2021 the regulator announced an investigation into how stem cell therapies were being advertised to Australians.", N, ""),
      ("Autologous products are those taken from, and given back to, the same person.", N, "definition"),
  ])

P("t2-en-tressless-tga", "journal",
  "https://tressless.com/research/impact-of-new-advertising-standards-on-stem-cell-clinics-BRro", [
      ("Researchers reviewed around fifty clinic websites before and six months after the advertising ban took effect.", N, "design"),
      ("The ban improved marketing practices, but the authors argue ongoing regulation is still needed to protect patients.", N, ""),
  ])

P("t2-en-spaesthetics", "clinic", "https://www.spaestheticssf.com/membership", [
      ("Members save $50 on every exosome microneedling session.", PR, "renamed"),
      ("Exosome Glow Membership: $139 a month with one signature treatment included.", PR, "membership renamed to an exosome treatment"),
      ("Members also get 15% off every exosome add-on and all skincare products.", PR, "renamed"),
      ("BECOME A MEMBER", PR, "CTA"),
      ("Is there a joining fee? None at all, just your first month's payment on the day you sign up.", PR, "FAQ answer, membership terms"),
      ("A minimum of six sessions on one area is required before you can switch to another.", PR, "booking terms"),
  ])

P("t2-en-moodwellness", "salon", "https://moodwellnesslounge.com/monthly-memberships/", [
      ("Put your monthly credit toward an exosome facial; a $20 product fee is added at checkout.", PR, "spa membership renamed to exosome facial"),
      ("Your card is billed every month on the date you enrolled.", PR, "membership terms"),
      ("Any banked sessions expire if they are not used within 30 days of cancelling.", PR, "membership terms"),
  ])

P("t2-en-beckers", "news",
  "https://beckershospitalreview.com/quality/ftc-fines-2-stem-cell-centers-3-3m-for-advertising-unproven-treatments.html", [
      ("The clinics have to drop the claims and tell past and future patients about the settlement.", N, ""),
      ("Regulators say two Southern California stem cell clinics promoted treatments for everything from autism to Parkinson's without scientific support.", N, ""),
      ("The owner allegedly told patients his injections worked better than approved treatments.", N, "allegedly"),
      ("Patients paid roughly $9,000 to $14,000 for a first round, plus thousands more for every 'booster'.", N, "reported prices, not an offer"),
  ])

P("t2-en-aaal", "news", "https://www.allaboutadvertisinglaw.com/2018/10/ftc-stems-docs-stem-cell-claims.html", [
      ("Most of the multi-million-dollar judgment was suspended once the defendants paid a smaller sum.", N, ""),
      ("The clinics' brochures featured lines such as 'the blind see, the crippled walk' after one lasting therapy.", N, "quoted ad framed as evidence in a legal blog"),
      ("The order also covers unsupported claims about stem cells from fat, bone marrow and cord blood.", N, ""),
      ("The complaint said no human studies show that amniotic stem cell therapy cures or treats any disease.", N, ""),
  ])

P("t2-en-jdsupra", "news", "http://www.jdsupra.com/legalnews/ftc-takes-on-deceptive-stem-cell-14103/", [
      ("Ad copy: \"We can turn back the symptoms of autism.\"", B, "bare ad quoted in news (holdout2 decision 1)"),
      ("The defendants must tell current and former patients about the settlement within a month.", N, ""),
      ("The agency described the physician's marketing promises as dramatic and unsupported.", N, ""),
  ])

P("t2-en-springer-msk", "journal", "https://link.springer.com/doi/10.1186/s12891-021-04308-3", [
      ("Steroid injections seem to ease arthritic knee pain only briefly, rarely for more than about six weeks.", N, "hedged: seem"),
      ("Knee osteoarthritis is one of the most common reasons family doctors refer patients to orthopaedics.", N, ""),
      ("PRP is a promising option, but until this review nobody had pooled the trials comparing it with steroid shots.", N, "hedged"),
      ("Intra-articular PRP gives superior outcomes to corticosteroid injections for the symptoms of knee osteoarthritis.", C, "abstract's generalising superiority conclusion"),
  ])

P("t2-en-creamscan", "news", "https://creamscan.com/ingredients/human-fibroblast-conditioned-media", [
      ("Fibroblast conditioned media is thought to help regenerate every layer of the skin, though growth factors in skincare remain contested.", N, "hedged"),
      ("It comes from the culture liquid in which human skin cells were grown in a laboratory.", N, ""),
  ])

P("t2-en-truthinaging", "salon", "https://www.truthinaging.com/review/stem-cells-and-human-conditioned-media", [
      ("Free shipping on every order over $39", PR, ""),
      ("Some creams that boast about stem cells are just misleading.", N, ""),
      ("Embryonic stem cells are not used in cosmetics; the starter cells are adult cells multiplied in the lab.", N, ""),
      ("Knowing how it is made may ease fears that fresh human cells are harvested for every batch.", N, ""),
  ])

P("t2-en-winenfood", "forum", "https://winenfood.com/what-are-the-benefits-of-human-stem-cell-skin-care", [
      ("Honestly, I was the biggest skeptic of stem cell skincare for years.", N, ""),
      ("One good stem cell serum did more for my skin's firmness in a year than five years of switching products.", B, "testimonial with outcome; comparison also"),
      ("Three months in, the redness I'd had on my cheeks for ages is simply gone.", B, "reader testimonial with specific outcome"),
  ])

P("t2-en-glooshi", "news", "https://www.glooshi.com/?p=54218", [
      ("Researchers first noticed its possible skin-reviving effect while studying wound healing in the early 2000s.", N, "hedged"),
      ("Conditioned media is the nutrient broth collected after human stem cells have grown in it for a few days.", N, ""),
      ("You'll usually find it in premium serums, eye creams, post-procedure gels and scalp essences.", N, ""),
      ("It smooths texture, softens fine lines and keeps skin plump and resilient all day.", B, "ingredient page"),
  ])

P("t2-en-dentilife", "clinic", "https://dentilife.com/cosmeticdentistry/CosmeticPrp", [
      ("PRP facials are generally safe and carry a low risk of side effects.", S, ""),
      ("Some redness, swelling or bruising where the needle went in is common for a few days.", N, "expected effects"),
      ("PRP facials aren't right for everyone, so speak to a healthcare provider first.", N, "advice"),
      ("Bear in mind that results vary and may not last.", N, ""),
  ])

P("t2-en-metaglow", "clinic", "http://www.metaglow.net/blog/2019/9/6/what-is-the-prp-facial", [
      ("Restrictions are minimal and apply mostly to rare cases like open wounds or bleeding disorders.", SU, "broad suitability; minimisation"),
      ("Who is the PRP Facial for? Everyone!", SU, ""),
      ("Results can be astonishing at any age and on any skin type.", B, "suitability also"),
      ("It gives far more dramatic results than a basic peel or a daily cream.", C, ""),
      ("A gentler alternative to a surgical facelift, without the long recovery or anaesthesia.", C, "comparative safety"),
      ("Why does this facial remain so consistently popular?", SP, "popularity"),
  ])

P("t2-en-mums", "journal", "https://rcm.mums.ac.ir/article_17345.html", [
      ("Fifteen patients with wrinkles around the mouth received three monthly PRP sessions.", N, "design"),
      ("PRP for perioral wrinkles is a simple technique with high-quality results, high satisfaction, no serious side effects and short downtime.", S, "abstract's generalising conclusion"),
      ("PRP can be a competitive substitute for fillers and other methods in lip rejuvenation.", C, "abstract conclusion, replacement claim"),
  ])

P("t2-en-sowetan", "news",
  "https://www.sowetanlive.co.za/s-mag/2019-02-13-like-kim-kardashian-i-got-a-procedure-similar-to-the-vampire-facial-and-this-is-what-it-was-like/", [
      ("I was left on my own for about 25 minutes while the numbing cream worked and the centrifuge spun my blood.", N, ""),
      ("Afterwards I was told to stay out of the sun, skip hard exercise for a day and wait 12 hours before wearing make-up.", N, "aftercare"),
      ("No blood, no pinpricks, nothing to show I had just had a PRP facial.", S, "first-person minimisation; uncritical"),
  ])

P("t2-en-eexosomes", "salon", "https://e-exosomes.com/orders-shipment-delivery-return-policy", [
      ("Create one account and use the same login on both our exosome and filler stores.", PR, "supplier"),
      ("Order around the clock through our online form.", PR, ""),
      ("Questions about an order? Message us on live chat or WhatsApp, or send an email.", PR, "contact line"),
      ("Tell us within 14 days of delivery if you want to return a product.", PR, "seller terms"),
  ])

P("t2-en-exopure", "salon", "https://www.exopurebeauty.com/pages/refund-policy", [
      ("Kits that have been opened, mixed or resealed cannot be returned.", PR, "seller terms"),
      ("Your cart is empty. Continue shopping", PR, "CTA"),
      ("Sealed freeze-dried exosome kits can be returned only unopened and within 7 days of delivery.", PR, "seller terms"),
      ("If your kit arrives damaged, we'll make it right with an exchange or a refund.", PR, ""),
  ])

P("t2-en-latimes", "news",
  "https://www.latimes.com/business/hiltzik/la-fi-hiltzik-judge-stem-cells-20190603-story.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+latimes%2Fbusiness+%28L.A.+Times+-+Business%29", [
      ("The company was sued after fat-derived cells injected into patients' eyes left at least one woman blind.", N, ""),
      ("A retina specialist said the procedures showed a total disregard for patient safety and scientific integrity.", N, ""),
  ])

P("t2-en-hafif", "news", "https://hafiflegal.com/woman-blinded-by-unproven-stem-cell-procedure-lawsuit-claims", [
      ("Within two weeks of the injection both retinas had detached, leaving her totally blind.", N, ""),
      ("Her doctor assured her the worst that could happen was that it simply wouldn't work; he was wrong.", N, "reported claim refuted"),
      ("She paid close to $9,000 for an experimental mixture made from her own abdominal fat.", N, ""),
      ("Stem cells have been hyped as a possible cure-all, yet trials cover only a handful of conditions.", N, "hyped; refutation"),
  ])

P("t2-en-thomasjhenry", "news",
  "https://thomasjhenrylaw.com/blog/3-women-blind-receiving-eye-treatment-florida-stem-cell-clinic/", [
      ("The method had never been tested for safety in humans.", N, ""),
      ("Two of the women chose the clinic because it had posted a study on a government trials website.", N, ""),
      ("Their consent forms called it a medical procedure, not a clinical study.", N, ""),
  ])

P("t2-en-sunsentinel", "news",
  "http://www.sun-sentinel.com/health/fl-stem-cell-injections-court-complaint-20170322-story.html", [
      ("Both of her eyes were injected on the same day rather than one at a time.", N, ""),
      ("Desperate to keep her sight, she trusted a clinic that promised innovative treatment for macular degeneration.", N, ""),
      ("While booking, she was offered a knee injection for another $1,500 on the same day.", N, "reported upsell, not the seller's offer"),
      ("Experts say cases like hers reveal the darker side of the stem cell boom.", N, ""),
  ])

P("t2-en-genesis", "clinic", "https://longevity.genesis-medspa.com/learn/exosome-vs-prp", [
      ("Some patients are still drawn to the theoretical promise of exosomes, and we discuss that openly.", N, ""),
      ("Evidence | Several RCTs for knee, hair and tendons | Mostly lab work and small case series", N, "honest table row"),
      ("FDA status | Accepted as an autologous biologic | Not FDA-approved; under enforcement", N, "table row"),
      ("For most joint and tendon problems, PRP has the stronger evidence base.", N, "comparison of evidence strength, stated honestly"),
      ("We share the evidence openly, even when it is weak, and never pretend the science is stronger than it is.", N, ""),
      ("Clinic grade for exosomes: weak evidence, regulatory caution", N, "table row"),
  ])

P("t2-en-r3", "clinic", "https://r3stemcell.com/exosomes-vs-prp-therapy/", [
      ("Exosomes are present in blood, saliva, urine and other body fluids.", N, "neutral biology"),
      ("Call now to book a FREE consultation at more than 80 centres worldwide!", PR, "social proof (network size) also"),
      ("The honest answer is that they are different tools that work in different ways.", N, ""),
      ("PRP holds around 30 bioactive proteins, including roughly ten kinds of growth factor.", N, "neutral composition"),
      ("That first burst of inflammation is exactly what switches on the body's repair process.", B, "mechanism as result"),
  ])

P("t2-en-onedaymd", "news",
  "https://onedaymd.aestheticsadvisor.com/2022/07/exosomes-vs-stem-cell-vs-prp-therapy.html?m=1", [
      ("Despite tens of thousands of published papers, stem cell, PRP and exosome therapies are not yet standard treatments.", N, ""),
      ("Put simply, an exosome is how one cell sends an email to another.", N, "neutral biology metaphor"),
      ("Nobody yet knows exactly what each of the hundreds of exosome types does.", N, ""),
  ])

P("t2-en-aa-stemcell", "news",
  "https://stemcell.aestheticsadvisor.com/2022/07/exosomes-vs-prp-vs-stem-cells-vs-vsels.html", [
      ("Star athletes, from a golf legend to a clay-court champion, have used these injections to recover from injuries.", SP, ""),
      ("Researchers think tissues may heal faster because the growth factors are more concentrated.", N, "hedged"),
  ])

P("t2-en-mountainmodern", "clinic",
  "https://mountainmodernaesthetics.com/post/prp-vs-exosomes-what-s-the-difference", [
      ("Exosomes pack more growth factors than PRP and also fight inflammation.", C, "benefit also"),
      ("PRP: The Original Regeneration Booster", B, "metaphor heading asserting an effect"),
      ("Think of it as a supercharged shot of your own healing factors.", B, "metaphor asserting effect"),
      ("Stem cell exosomes show powerful repair properties when applied to damaged or wounded tissue.", B, ""),
      ("Med spas everywhere now pair them with microneedling, hair restoration and laser aftercare.", N, "trend description"),
  ])

P("t2-en-yooooga", "news",
  "https://www.yooooga.com/exosomes-vs-prp-a-comprehensive-comparison-in-regenerative-medicine", [
      ("Which one to choose depends on your health, your goals and the rules where you live.", N, ""),
      ("Exosomes may give more consistent results, while PRP is prized for safety and low cost.", N, "hedged comparison"),
      ("Backed by decades of use, PRP has proven effective everywhere from orthopaedics to dermatology.", B, "uncritical"),
      ("Exosome therapy is exciting people because of its potent signalling and reliable results.", B, "uncritical; social proof also"),
  ])

P("t2-en-thrive-hk", "clinic", "https://www.thrivewellness.com.hk/post/exosomes-v-s-platelet-rich-plasma-prp", [
      ("PRP injections can sometimes cause a mild inflammatory reaction because of their concentrated growth factors.", N, "factual description of expected effect"),
      ("Exosomes deliver precise signals right where repair is needed.", B, ""),
      ("Purity: exosome production can be standardised for a consistent product, while PRP varies from patient to patient.", C, "table-style row ranking exosomes (holdout2 decision 2)"),
      ("Lower Risk of Inflammation", C, "heading in an exosome-vs-PRP list; comparative safety"),
      ("Stem cell exosomes calm the inflammation behind many skin and scalp conditions.", B, ""),
  ])

P("t2-en-ipscell-becker", "forum",
  "https://ipscell.com/2016/05/boris-becker-self-reports-stem-cell-treatment-on-twitter/", [
      ("We are seeing a wave of professional athletes getting unproven stem cell procedures.", N, "critical blog"),
      ("What is driving this? Is there solid data behind it, or not so much?", N, ""),
  ])

P("t2-en-understandingsc", "news",
  "https://understandingstemcells.com/professional-athletes-and-stem-cell-therapy/", [
      ("Whatever the sceptics say, stem cell therapy is gaining recognition as a legitimate option, especially for orthopaedic problems.", SP, "reputation claim; uncertain (approval-like)"),
      ("Top athletes worldwide have turned to stem cell shots to heal, bounce back faster or skip surgery.", SP, ""),
      ("A leading footballer reportedly chose it after a tennis star raved about the results on his own knee.", SP, "celebrity chain as proof"),
      ("One orthopaedic group's president warned that athlete publicity tells fans stem cells are worth more than they are.", N, "critical quote"),
  ])

P("t2-en-nature-blog", "news", "https://blogs.nature.com/news/2011/10/stem_cell_spread_four_jocks_an.html", [
      ("There is no evidence of the kind a scientist would accept that any of these treatments work.", N, ""),
      ("The procedures are unproven, unapproved and possibly unsafe, yet their popularity keeps growing.", N, ""),
      ("Chances are they will be advertised as successes regardless.", N, ""),
  ])

P("t2-en-wellsphere", "forum",
  "http://www.wellsphere.com/joint-replacement-article/athletes-and-stem-cells-miracle-fountain-of-youth-or-banned-performance-enhancer/1444257", [
      ("A sports weekly called it the 'fountain of youth', and a big-city paper said it will transform sports medicine.", SP, "media praise as proof in an uncritical post"),
      ("It is the new treatment that not only fixes what is broken but makes the patient younger in the process.", B, ""),
      ("The vet suggested a $2,400 stem cell transplant as an in-between option to a $10,000 hip replacement.", N, "anecdote with prices"),
  ])

P("t2-en-news247", "news", "https://news-247.top/n/2741341", [
      ("No stem cell product has FDA approval for treating a torn Achilles tendon.", N, ""),
      ("A bioethicist says famous athletes and even officials are promoting unproven interventions.", N, ""),
      ("Going to an offshore clinic is partly a way to get out from under FDA oversight, he explained.", N, ""),
  ])

P("t2-en-ipscell-celltex", "forum",
  "https://ipscell.com/2015/11/tex-mex-stem-cell-clinic-celltex-on-pr-roll-with-young-famous-patients", [
      ("If ageing sports stars encourage ordinary people to gamble on unproven treatments, that worries me a great deal.", N, ""),
      ("It isn't clear whether the celebrity patient paid or was treated for free.", N, ""),
  ])

P("t2-en-hendersonville", "clinic",
  "https://www.hendersonvilledermatology.com/platelet-rich-plasma-prp-for-hair-loss/", [
      ("You may have some bruising, tenderness or swelling at the injection sites for a few days.", N, "expected effects"),
      ("There are no great controlled studies, but the data point to roughly a 10 to 25 percent gain in hair counts.", N, "figure with caveat"),
      ("Is PRP risky? Not really: it comes from your own blood, so there shouldn't be any significant side effects.", S, "own blood, so safe"),
      ("Monthly sessions for three months seem to work better than spacing them out.", N, "hedged; schedule comparison"),
      ("Patient satisfaction is relatively high.", SP, "satisfaction as proof"),
  ])

P("t2-en-enmitupper", "news", "https://enmitupper.com/blog/prp-for-hair-loss-reviews-1763433884495", [
      ("This guide covers real reviews, how well it works, and what you can realistically expect.", N, ""),
      ("Hey there, hair enthusiasts! Looking into PRP? You've come to the right place.", N, "blog greeting, no seller"),
      ("PRP can stretch out the growth phase so your hairs grow longer and thicker.", B, ""),
  ])

P("t2-en-pearl", "clinic", "https://thepearldermatology.com/before-after/prp/", [
      ("Your dermatologist may also suggest a hair vitamin or a topical product alongside the injections.", N, ""),
      ("PRP is now widely accepted as a stand-alone or add-on hair loss treatment for both men and women.", SP, "reputation"),
      ("In the follicle, the growth factors behave like stem cells, building new blood supply and restoring growth.", B, ""),
      ("If you stop the injections, your hair will eventually go back to how thick it was before, as with any hair loss treatment.", N, ""),
      ("There is no cure for hair loss, only treatment that needs maintenance.", N, ""),
  ])

P("t2-en-bnhkorea", "news",
  "http://bnhkorea.com/sales2/cp/gooddoc_detail.asp?c_num=107&number=148&lang=EN&kind=medi", [
      ("Unlike profit-driven chains, our director personally performs every procedure.", C, "differentiation from other clinics"),
      ("Since opening in 2003, our dermatology group has grown to eight branches at home and three abroad.", SP, "advertorial interview; scale as proof"),
      ("We were named a dermatologist training hospital and recognised as a leader in stem cell beauty procedures.", A, "designation as proof"),
      ("Our medical team is in the world's top 0.01% for nonsurgical cosmetic work.", C, "superlative ranking"),
      ("Adult stem cell beauty care boosts your skin's own regenerative power without any ethical problems.", B, ""),
  ])

P("t2-en-askgangnam", "news",
  "https://askgangnam.com/articles/stem-cell-exosome-therapies-korea-regulatory-reality", [
      ("PRP is well established, and most of the difference between clinics comes from how it is prepared.", N, ""),
      ("Visitors to Seoul clinics will see 'stem-cell facials' and 'exosome scalp therapy' on many menus; some are backed by evidence, others are not.", N, ""),
      ("Korea's 2025 ban on the word 'exosome' in cosmetics ads shows regulators tightening claims to fit the evidence.", N, ""),
      ("Cosmetic use of stem cell-conditioned media is allowed, but medical claims for it are not.", N, ""),
  ])

P("t2-en-trendretailer", "news",
  "https://trendretailer.com/blog/beauty-clinics-in-uk-offering-banned-treatments-derived-from-human-cells", [
      ("Star endorsements give the impression that these treatments are both safe and a route to celebrity skin.", N, "critical"),
      ("Celebrity posts have pushed exosome treatments to new heights of popularity.", N, "news description of popularity"),
      ("Some UK clinics are reportedly offering exosomes from human cells, which breaches UK and EU rules.", N, ""),
  ])

P("t2-en-vampiresarasota", "clinic",
  "https://vampiresarasota.com/best-vampire-facial-ri-lakewood-ranch-florida-34202.html", [
      ("After the first series, top-up sessions every three to six months are recommended.", N, "maintenance schedule"),
      ("Our system yields a serum with seven times the healing factors of normal blood, while typical systems manage two or three.", C, ""),
      ("A course of three treatments a month apart will produce significant results, the doctor says.", B, "doctor's voice"),
      ("Because the serum came from my own body, it felt like it was coming home.", SP, "testimonial without specific outcome"),
  ])

P("t2-en-selfgrowth", "news", "https://selfgrowth.com/print/12897189", [
      ("Could Stem Cell Therapies Transform Care for Knee Osteoarthritis?", N, "question headline"),
  ])

P("t2-en-biologyinsights", "news",
  "https://biologyinsights.com/can-you-buy-exosomes-what-to-know-before-you-purchase", [
      ("Purified exosomes sold by biotech suppliers are meant for laboratory research only.", N, ""),
      ("Cosmetic exosome products usually come from plants or lab cultures and are meant only for the skin or scalp surface.", N, ""),
      ("A worrying trend is clinics offering exosome 'therapies' that lack any regulatory approval.", N, "scare quotes"),
  ])

P("t2-en-acneadvocate", "news", "https://acneadvocate.com/who-is-a-good-candidate-for-prp", [
      ("Overall, PRP suits people with targeted problems who want a safe, minimally invasive boost to healing.", S, "unqualified safe; suitability also"),
      ("Good candidates usually have mild to moderate problems, such as early knee arthritis or mild acne scarring.", SU, ""),
      ("It uses your own blood, so it carries little risk of side effects or rejection.", S, "own blood, so safe"),
      ("Doctors generally avoid PRP in people with metastatic cancer, clotting disorders, severe liver disease or an infection near the site.", N, "contraindications"),
      ("Active people who want a natural fix with no downtime are great fits.", SU, "safety (no downtime) also"),
  ])

P("t2-en-alocuro", "clinic", "http://www.alocuro.com.au/who-is-prp-suitable-for", [
      ("Talk it over with your GP or specialist, who is best placed to say whether PRP may help you.", N, "advice"),
      ("PRP is safe for most people and has very few contraindications.", S, ""),
      ("Conditions we treat: plantar fasciitis, tennis elbow, Achilles problems and mild to moderate knee arthritis.", SU, "indication list"),
      ("Not suitable if you are pregnant or breastfeeding, or on blood thinners.", N, "contraindication"),
  ])

P("t2-en-transcend", "salon",
  "https://transcendbiologics.com/patient-selection-for-prp-therapy-who-stands-to-gain-the-most/", [
      ("Patient Selection: Who Stands to Gain the Most From PRP?", N, "heading"),
      ("PRP is not a one-size-fits-all solution.", N, ""),
      ("Ideal candidates include active people with sports injuries and anyone looking for a non-surgical route.", SU, "supplier page"),
      ("It calms inflammation and slows the progression of knee and hip osteoarthritis.", B, ""),
  ])

P("t2-en-westsidepain", "clinic", "https://westsidepainspecialists.com/blog/am-i-a-good-candidate-for-prp", [
      ("We most often use PRP for arthritic knees, tennis elbow, Achilles tendonitis and sports injuries.", SU, "condition list on a seller page"),
      ("Our doctor may suggest PRP if you have chronic arthritis pain or soft-tissue injuries that keep coming back.", SU, ""),
      ("Platelet-rich plasma is a cutting-edge procedure that is highly effective for chronic pain and injuries.", B, ""),
      ("The plasma holds five to ten times more platelets than normal blood.", N, "composition"),
      ("The PRP gets to work straight away, restoring injured tissue and speeding your recovery.", B, ""),
      ("It can help many people, but it is not the right treatment for every pain condition.", N, ""),
  ])

P("t2-en-yesprpkit", "salon", "https://www.yesprpkit.com/prp-treatment/prp-target-patients/", [
      ("Do not treat patients with a haemoglobin below 10 g/dl or a critically low platelet count.", N, "contraindication"),
      ("Because it is autologous, PRP is even appropriate for minors with a parent's consent.", SU, "supplier page"),
      ("Take extra care with smokers, recent fever or illness, and anyone using NSAIDs within 48 hours.", N, "precautions"),
      ("Avoid if there is a local infection at the treatment site.", N, "contraindication"),
  ])

P("t2-en-tearose", "forum",
  "https://finnrlyl907.tearosediner.net/prp-for-musculoskeletal-pain-who-is-a-good-candidate", [
      ("Insurers and some guideline panels point out that trial results are inconsistent.", N, ""),
      ("PRP is not a magic wand, and study results genuinely vary.", N, ""),
      ("I've watched it get a middle-aged runner with stubborn heel pain back to half marathons.", B, "clinician anecdote with specific outcome"),
      ("Choosing the right patient matters more than the brand of centrifuge.", N, ""),
  ])

P("t2-en-dfwregen", "clinic",
  "https://dfwregenerativemedicine.com/stem-cell-spinal-injections-back-pain-treatment-dallas-arlington-ft-worth-tx/", [
      ("Stem cell spinal injections from your own body are a safe alternative to back surgery.", S, "comparison also"),
      ("Patient Story: How Terry Put Off Spinal Fusion and Got His Life Back", B, "testimonial heading with outcome"),
      ("Suffering from back or neck pain? You may be a candidate for stem cell injections.", SU, ""),
      ("Around 30 million Americans live with back pain from causes such as facet joint wear or disc disease.", N, ""),
  ])

P("t2-en-drolgaz", "clinic", "http://www.drolgaz.com/prp-platelet-rich-plasma-for-hair-loss/", [
      ("The idea is that raising the platelet count in an injured area may speed up healing there.", N, "hedged"),
      ("PRP is concentrated plasma holding roughly three to five times the platelets of ordinary blood.", N, "composition"),
      ("Recent studies suggest PRP might be a safe, effective option for pattern hair loss, but few studies yet prove long-term benefit.", N, "hedged, with limits"),
      ("Its growth-promoting effect is what makes it useful against hair loss.", B, ""),
  ])

P("t2-en-sciencebeauty", "clinic", "https://www.thescienceofbeautypa.com/prp-hair-restoration/", [
      ("Look younger and feel better with natural hair replacement.", B, ""),
      ("PRP is packed with essential proteins that stimulate natural hair growth.", B, ""),
      ("If swelling appears, it usually shows on the forehead or around the eyes the next day and settles within 24 hours.", N, "factual description of expected effect"),
      ("You can measure new growth at about three months; seeing it in the mirror takes six to twelve.", B, "result timing"),
      ("Roughly 55 million American men are dealing with male pattern hair loss.", N, "neutral fact"),
  ])

P("t2-en-millennium", "clinic", "https://www.millenniummedcosmetics.com/prp-hair-restoration/", [
      ("PRP Hair Restoration is a state-of-the-art, completely natural, non-surgical treatment for thinning hair in men and women.", C, "superlative ranking (state of the art); suitability also"),
      ("Growth-factor-rich plasma wakes up follicles to regrow hair, reversing the shrinkage seen in common baldness.", B, ""),
      ("The shrunken follicles are still alive, which suggests they may be able to grow hair again if stimulated.", N, "hedged biology"),
      ("PRP has more recently been introduced as a safe and effective treatment for male and female pattern hair loss.", S, "unqualified safe and effective"),
  ])

P("t2-en-pasquasouth", "clinic",
  "https://pasquasouthmedicalaesthetics.com/everything-you-ever-wanted-to-know-about-vampire-facials/", [
      ("Vampire facials are becoming much more common as celebrities and influencers post selfies mid-treatment.", N, "descriptive celebrity mention (holdout2 decision 10)"),
      ("The best candidates have early wrinkles, sun damage or simply want a more even skin tone.", SU, ""),
      ("Anyone with a history of blood disease or a clotting or bleeding disorder should avoid the treatment.", N, "contraindication"),
      ("There are few risks; most people only notice a little bruising where the blood was drawn.", S, "minimisation"),
      ("Costs vary by provider but are typically around $1,000, and more than one session may be needed.", N, "typical cost given as information"),
  ])

P("t2-en-mdbeauty", "clinic", "https://mdbeautyclinic.ca/blog/vampire-facial-better-than-ever/", [
      ("A reality-TV family made the treatment famous in 2013 with a blood-smeared selfie.", N, "neutral celebrity history"),
      ("Thanks to newer methods, the facial is more effective today than it used to be.", C, "compared with the older version"),
      ("Its growth factors help skin work at its best, speeding cell turnover and collagen production.", B, ""),
      ("Unexpectedly, the plasma is golden-yellow, not red.", N, ""),
  ])

P("t2-en-stemcellclinicnet", "forum", "https://stemcellclinic.net/category/stem-cell-clinics/page/21", [
      ("For-profit clinics have already given unapproved stem cell transplants to potentially thousands of patients.", N, "critical blog"),
      ("Too little regulation could harm patients, while too much could stifle real innovation.", N, ""),
      ("Some doctors and lawyers argue for much lighter rules even without solid data on safety or efficacy.", N, ""),
  ])

P("t2-en-vitro", "salon", "https://vitrobiopharma.com/stem-cell-activation-by-nutravivo-dietary-supplements/", [
      ("Bone-marrow stem cell transplants have been used for over 50 years to treat blood cancers.", N, "established use, neutral"),
      ("The FDA treats stem cells as a drug, and approval requires lengthy, costly trials with no guarantee of success.", N, ""),
  ])

# ------------------------------------------------------------ written ----
_WR = {
 A: [
  ("Made in a cGMP facility and third-party tested for sterility, so every vial meets pharmaceutical standards.", ""),
  ("✔ MFDS-registered ingredient ✔ ISO 22716 ✔ Dermatologist tested", "badge row"),
  ("Our exosome line is protected by three international patents on its isolation process.", ""),
  ("Processed in an AATB-accredited tissue bank for complete peace of mind.", "standard offered as reassurance (rule 6)"),
  ("As featured on the cover of a leading dermatology journal.", ""),
  ("Dr. Hale is an Ivy League-trained, double board-certified facial plastic surgeon.", "credentials as proof"),
  ("SGS certified: passed heavy-metal and microbial testing.", ""),
  ("Our PRP system is FDA 510(k) cleared, so you know the treatment is legitimate.", "clearance of the device used as proof for the treatment"),
  ("Health Canada has approved exosomes for skin rejuvenation.", "misstated approval"),
  ("Not having FDA approval doesn't make it unsafe; plenty of great treatments are still waiting in line.", "spin on non-approval"),
  ("CE-marked device | Class IIa | Made in Italy", "table row"),
  ("Winner, Best Regenerative Clinic 2025, Regional Aesthetic Awards", "award"),
  ("Our proprietary ExoPure™ filtration removes the impurities other brands leave behind.", "proprietary process; comparison also"),
  ("Ethics-committee approved protocol: treatment you can trust.", ""),
  ("Backed by research indexed in PubMed.", "vague research citation without safety wording"),
  ("Built on Nobel Prize-winning discoveries about how cells communicate.", "Nobel prestige"),
  ("Our lab is FDA-registered, so every batch is held to federal standards.", ""),
  ("A fully licensed, CQC-registered clinic, so you can book your exosome facial with confidence.", "regulated setting as reassurance"),
  ("Already approved in Korea and Japan, and now available here.", "foreign registration as endorsement"),
  ("Q: Are your exosomes legal? A: Yes, they're registered as a cosmetic ingredient, so they're fully compliant and safe to use.", "registration grounds the safety (rule 6)"),
  ("Our protocol was developed by a former president of the national dermatology society.", "titles as proof"),
  ("Clinically tested by an independent university laboratory.", ""),
  ("Every batch ships with a certificate of analysis confirming particle count and purity.", ""),
  ("Our centre holds a government cell therapy licence.", "licence as proof"),
  ("Approved by our hospital's review board → ask about the programme", "arrow form"),
  ("Made with GMP-grade umbilical cord MSC exosomes", ""),
  ("Named a centre of excellence by an international regenerative aesthetics society.", "endorsement"),
  ("Our nurse injectors hold advanced certification from the manufacturer's own academy.", "credentials"),
  ("Published in a peer-reviewed journal, so you know it works.", "journal publication as proof; benefit element is only the inference"),
  ("Dermatologist-formulated and ophthalmologist-approved for the delicate eye area.", "endorsement"),
 ],
 SU: [
  ("Perfect for: dull skin, large pores, post-acne marks and early fine lines", "bullet heading"),
  ("Suitable for every skin type, even sensitive and rosacea-prone skin.", ""),
  ("Ideal for busy professionals who want to fit treatment into a lunch break.", ""),
  ("Great for men and women in their 30s, 40s and beyond.", ""),
  ("Brides-to-be: begin your PRP facial series three months before the big day.", "promotion also"),
  ("Who is it for? New mums noticing shedding after pregnancy.", "FAQ answer"),
  ("Designed for athletes who want to get back in the game.", ""),
  ("Over 35 and feel your skin has lost its bounce? This one is for you.", ""),
  ("Best suited to early thinning at the crown or temples (Norwood 2–4).", ""),
  ("Recommended for anyone prepping for, or recovering from, laser resurfacing.", ""),
  ("Formulated with deeper skin tones in mind.", ""),
  ("Weekend warriors with nagging knee pain are our typical patients.", ""),
  ("Anyone who wants to age gracefully without fillers is a candidate.", ""),
  ("Not ready for a hair transplant? PRP is the option for you.", ""),
  ("Ideal candidate: healthy non-smoker with mild to moderate skin laxity", "list item"),
 ],
 SP: [
  ("★★★★★ 4.9 from 1,300+ Google reviews", "rating"),
  ("More than 12,000 exosome treatments performed since 2021.", "patient count"),
  ("\"Best decision I've made, the team is amazing!\" — Priya, 42", "testimonial without specific outcome"),
  ("Loved by celebrities and beauty editors alike.", ""),
  ("As seen on breakfast TV and in the glossy magazines.", "media"),
  ("The treatment top influencers swear by before a red-carpet night.", ""),
  ("Clients have made it our top seller every year since launch.", "popularity"),
  ("Join 5,000+ happy patients who chose regenerative care.", "promotion also"),
  ("Doctors choose it for their own families.", "experts"),
  ("#exosomefacial has over 200 million views: see what the buzz is about.", ""),
  ("A professional hockey player trusted us with his knee recovery.", "athlete"),
  ("Nine in ten of our patients say they would send a friend our way.", ""),
  ("\"Third time here and I'm hooked.\" — verified client", "testimonial without outcome"),
  ("Trusted by leading dermatologists across the country.", ""),
  ("The hottest skin booster in Seoul right now.", "popularity"),
  ("Voted the county's No. 1 med spa by our readers.", "reputation ranking"),
  ("Waiting lists keep growing as word spreads.", "popularity; scarcity also"),
  ("Olympians use PRP to recover, and now you can too.", ""),
  ("Over 40 pro athletes have been treated at our centre.", "athlete count"),
  ("Our clients keep coming back, and they bring their friends.", ""),
 ],
 S: [
  ("Downtime: none", "table/info row"),
  ("Zero chance of rejection because it comes from your own blood.", ""),
  ("100% natural, so there are no side effects.", ""),
  ("No needles, no pain, no recovery time.", ""),
  ("Expecting or nursing? This facial is totally safe for you and your baby.", ""),
  ("Side effects? Practically none, just a little pinkness at most.", "FAQ answer"),
  ("No regenerative option anywhere is safer than this one.", "superlative safety stays safety (rule 5)"),
  ("Back at your desk the same afternoon.", "minimal downtime"),
  ("Proven safe in more than 200 clinical studies.", "vague research appeal"),
  ("Because exosomes contain no cells, they can't trigger any immune reaction.", ""),
  ("Risk-free regeneration for every skin type.", "risk-free about harm, not money-back"),
  ("Gentle enough to repeat every single week.", ""),
  ("With your own plasma there is no chance of infection.", ""),
 ],
 C: [
  ("Exosomes vs PRP | 3x the growth factors | ✔", "table row"),
  ("Beats wrinkle-relaxing injections and keeps your expressions natural.", ""),
  ("The gold standard in non-surgical hair restoration.", ""),
  ("Outperforms retinol in half the time.", ""),
  ("Why settle for filler when there's something better?", ""),
  ("Safer than stem cell injections and just as powerful.", "comparative safety (rule 5)"),
  ("Studies show polynucleotides beat hyaluronic boosters for dark circles.", "vague citation (rule 9)"),
  ("The most advanced skin booster in Europe.", ""),
  ("Replaces three separate treatments in a single session.", "replacement claim"),
  ("Unlike PRP, our exosomes don't depend on your age or health.", ""),
  ("Less downtime than a laser, more glow than a facial.", ""),
  ("We prefer exosomes to PRP because they are standardised and far more potent.", ""),
  ("Unmatched by any cream on the market.", ""),
  ("A smarter alternative to knee replacement.", ""),
  ("Our stem cells are fresher and more active than those of any other clinic.", "comparison with competitors"),
 ],
 PR: [
  ("Exosome Scalp Therapy: 3 sessions $1,890 (save $360)", "price line"),
  ("New clients get 20% off a first PRP facial, this month only.", ""),
  ("Book your free consultation today →", "CTA"),
  ("Only 10 exosome slots left in December, so grab yours now.", "scarcity"),
  ("Call or text 555-0143 to reserve your session.", "contact line"),
  ("Pay in 4 interest-free instalments with our finance partner.", ""),
  ("Gift cards available: the perfect present for glowing skin.", ""),
  ("Refer a friend and you both get $75 credit.", ""),
  ("A $100 deposit secures your booking and comes off the final price.", "booking terms"),
  ("Add exosomes to any microneedling session for just $199.", ""),
  ("Not happy after your first session? Your next one is on us.", "money-back type offer (rule 11)"),
  ("DM us 'GLOW' for the members-only price list.", ""),
 ],
 B: [
  ("Results: visible in 7 days, peak at 6 weeks", "result timing"),
  ("Redness the next day means the growth factors are working.", "side effect framed as proof"),
  ("Start PRP early and you can stop hair loss for good.", "conditional hiding a cure claim"),
  ("\"My bald patch filled in after four sessions!\" — Tom, 38", "testimonial with outcome"),
  ("Turn back the clock by ten years, naturally.", ""),
  ("Exosomes: the reset button for tired skin", "metaphor asserting effect"),
  ("Rebuild cartilage → walk without pain again", "arrow form"),
  ("Guaranteed regrowth or your money back.", "guarantee of result; promotion also"),
 ],
 N: [
  ("Most cells shed exosomes, vesicles from a few dozen to about 150 nanometres across.", "neutral biology"),
  ("A session takes about 45 minutes, including time for the numbing cream.", "procedure"),
  ("The blood is spun for around ten minutes to separate out the plasma.", "procedure"),
  ("Microneedling makes tiny channels in the skin before the serum goes on.", "procedure"),
  ("The treatment became widely known after a reality-TV star posted about it.", "neutral celebrity history"),
  ("Exosomes were the buzzword of this year's aesthetics conferences.", "trend, no efficacy content"),
  ("Researchers are testing whether exosomes could one day carry drugs to specific tissues.", "hedged"),
  ("Some practitioners say exosomes may speed recovery after laser, but controlled data are scarce.", "hedged"),
  ("Our second clinic opened in the spring.", "neutral"),
  ("PRP is prepared fresh from a small sample of your own blood at each visit.", "neutral procedure"),
 ],
}

_HS = [
  ("Ask the clinic whether the product is approved for the exact use they are offering.", ""),
  ("No exosome treatment is FDA-approved, so ask to see a trial registration before paying.", ""),
  ("A 'registered facility' means the lab is listed with a regulator, not that its product was checked for safety or effect.", "explains what a registration does not mean"),
  ("PRP uses your own blood, but the needles, tubes and room still have to be sterile.", "refutes 'own blood so safe'"),
  ("A day or two of redness is common; spreading pain, fever or pus is not, so contact a doctor.", ""),
  ("Before-and-after photos picked by a clinic do not show that the treatment will work for you.", ""),
  ("Ask who will do the procedure and what training they have.", ""),
  ("Tell the doctor about any bleeding disorder, cancer or blood thinners before PRP.", "contraindication advice"),
  ("One small study without a control group cannot show that a treatment works.", ""),
  ("'Natural' is not the same as risk-free: your own cells can still carry infection if handled badly.", "negation of hype"),
  ("A celebrity's use shows that a treatment is fashionable, not that it is effective.", ""),
  ("Ask for the price of the whole course, including maintenance sessions, before starting.", ""),
  ("A free consultation is also a sales meeting; you do not have to decide on the day.", ""),
  ("If you want an experimental therapy, a registered study with oversight protects you better than a cash-only clinic.", "advice comparing ways of taking part (rule 9)"),
  ("Human-derived exosomes are not permitted in UK or EU cosmetics.", "regulatory fact"),
  ("In Taiwan, human-cell exosomes can only be considered as cosmetic ingredients, case by case.", "regulatory fact"),
  ("A cosmetic serum cannot lawfully claim to treat hair loss or heal the skin.", ""),
  ("Keep a note of the product name and batch number used on you.", ""),
  ("Ask what the clinic will do, and who pays, if something goes wrong.", ""),
  ("For knee arthritis the PRP evidence is mixed: some trials report less pain, a large placebo-controlled one did not.", "balanced evidence"),
  ("For most commercial exosome vials, nobody can show exactly what is inside.", ""),
  ("When treatment stops, any gain in hair density usually fades over the following months.", ""),
  ("If a clinic promises 'no side effects', take that as a warning sign.", "quotes hype to refute it"),
  ("Travelling abroad for treatment can make follow-up care and complaints much harder.", ""),
  ("Sessions commonly cost $500 to $3,000, and insurance rarely pays.", "typical cost as information"),
  ("Being told a treatment is 'FDA-registered' is not the same as it being FDA-approved.", ""),
  ("Ask whether the doctor has any financial tie to the product they recommend.", ""),
]


def _batches(rows, size):
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def _interleave(d):
    keys = [A, SU, SP, S, C, PR, B, N]
    pools = {k: list(d[k]) for k in keys}
    out = []
    while any(pools.values()):
        for k in keys:
            if pools[k]:
                t, note = pools[k].pop(0)
                out.append((t, k, note))
    return out


for _i, _rows in enumerate(_batches(_interleave(_WR), 13), 1):
    W(f"t2-en-w{_i:02d}", "written", _rows)
for _i, _rows in enumerate(_batches([(t, N, n) for t, n in _HS], 9), 1):
    W(f"t2-en-h{_i:02d}", "handout-style", _rows)


# ------------------------------------------------------------- checks ----
def norm_key(t):
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t.casefold()


def alnum(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return re.sub(r"[\W_]+", "", t)


def build():
    recs = []
    for group, source, origin, rows in PAGES:
        for text, label, note in rows:
            recs.append(dict(text=text, label=label, source=source, group=group,
                             origin=origin, note=note))
    for group, source, rows in WRITTEN:
        for text, label, note in rows:
            recs.append(dict(text=text, label=label, source=source, group=group,
                             origin="", note=note))
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"t2-en-{i:04d}", "text": r["text"], "label": r["label"],
                    "lang": "en", "source": r["source"], "group": r["group"],
                    "origin": r["origin"], "note": r["note"]})
    return out


def main():
    recs = build()
    errors = 0
    used = set(l.strip() for l in open(USED, encoding="utf-8") if l.strip())
    # basic field checks
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or not t.strip():
            print("BAD TEXT", r["id"], len(t)); errors += 1
        if r["label"] not in LABELS:
            print("BAD LABEL", r["id"]); errors += 1
        if r["source"] not in SOURCES:
            print("BAD SOURCE", r["id"]); errors += 1
        if not r["group"].startswith("t2-en-"):
            print("BAD GROUP", r["id"]); errors += 1
        written = r["source"] in ("written", "handout-style")
        if written != (r["origin"] == ""):
            print("ORIGIN/SOURCE MISMATCH", r["id"]); errors += 1
        if r["origin"]:
            if r["origin"] in used:
                print("USED ORIGIN", r["id"], r["origin"]); errors += 1
            if side(r["origin"]) != MY_SIDE:
                print("WRONG SIDE", r["id"], r["origin"]); errors += 1
    # groups: one origin per group, one group per origin, one source per group
    g_orig = collections.defaultdict(set); o_grp = collections.defaultdict(set)
    g_src = collections.defaultdict(set); g_n = collections.Counter()
    for r in recs:
        g_orig[r["group"]].add(r["origin"]); g_src[r["group"]].add(r["source"])
        g_n[r["group"]] += 1
        if r["origin"]:
            o_grp[r["origin"]].add(r["group"])
    for g, s in g_orig.items():
        if len(s) != 1:
            print("GROUP MIXES ORIGINS", g); errors += 1
    for g, s in g_src.items():
        if len(s) != 1:
            print("GROUP MIXES SOURCES", g); errors += 1
    for o, s in o_grp.items():
        if len(s) != 1:
            print("ORIGIN IN SEVERAL GROUPS", o); errors += 1
    for g, n in g_n.items():
        if g_orig[g] == {""} and not (4 <= n <= 14):
            print("WRITTEN BATCH SIZE", g, n); errors += 1
    # uniqueness within file
    seen = {}
    for r in recs:
        k = norm_key(r["text"])
        if k in seen:
            print("DUPLICATE", r["id"], seen[k]); errors += 1
        seen[k] = r["id"]
    # near-duplicates against other en files under bench/claims (texts never printed)
    others = []
    for f in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        rel = os.path.relpath(f, CLAIMS)
        if rel.startswith("holdout3") or rel.startswith("train2"):
            continue
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            o = json.loads(line)
            if o.get("lang") == "en":
                others.append((alnum(o["text"]), o["id"]))
    mine = [(alnum(r["text"]), r) for r in recs]
    for a, r in mine:
        sm = difflib.SequenceMatcher(None, a, autojunk=False)
        for b, oid in others:
            if abs(len(a) - len(b)) > 0.3 * max(len(a), len(b), 1):
                continue
            sm.set_seq2(b)
            if sm.real_quick_ratio() <= 0.85 or sm.quick_ratio() <= 0.85:
                continue
            if sm.ratio() > 0.85:
                print("NEAR-DUP vs", oid, "| ours:", r["id"], r["text"]); errors += 1
                break
    for i in range(len(mine)):
        a, r = mine[i]
        sm = difflib.SequenceMatcher(None, a, autojunk=False)
        for j in range(i + 1, len(mine)):
            b, r2 = mine[j]
            sm.set_seq2(b)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                print("NEAR-DUP internal", r["id"], r2["id"], "|", r["text"], "|", r2["text"]); errors += 1
    # counts
    lab = collections.Counter(r["label"] for r in recs)
    src = collections.Counter(r["source"] for r in recs)
    n = len(recs)
    print("total", n)
    for k in sorted(LABELS):
        print(f"  {k:13s} {lab[k]:4d}")
    print("none share %.1f%%" % (100 * lab["none"] / max(n, 1)))
    wr = src["written"] + src["handout-style"]
    print("written+handout %d (%.1f%%)" % (wr, 100 * wr / max(n, 1)))
    print("sources", dict(src))
    print("pages", len(o_grp), "groups", len(g_n))
    if errors:
        print("ERRORS", errors, "- not written")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
