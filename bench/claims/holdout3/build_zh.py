#!/usr/bin/env python3
"""Build bench/claims/holdout3/zh-TW.jsonl (test-only hold-out set 3, zh-TW).

Records are held below as data. Running this script checks them and writes the
jsonl. It prints only counts, ids and (on a near-duplicate) this file's own
text, never a sentence from another file.
"""
import difflib
import glob
import hashlib
import json
import os
import sys
import unicodedata
import urllib.parse
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "zh-TW.jsonl")
BENCH = os.path.dirname(HERE)
USED = "/tmp/claims-used-origins.txt"

LABELS = ["safety", "benefit", "approval", "comparison", "social_proof",
          "suitability", "promotion", "none"]
SOURCES = ["clinic", "salon", "news", "authority", "journal", "forum",
           "handout-style", "written"]

# Each page: (group suffix, source, origin, [(text, label, note), ...])
PAGES = []


def page(slug, source, origin, rows):
    PAGES.append((slug, source, origin, rows))


# ---- DATA: PAGES ----
page("mamibuy-prp-hair", "clinic", "https://mamibuy.com.tw/talk/article/204864", [
    ("PRP又稱自體生長因子，就是把自己的血液離心後，取出血小板最集中的那一層拿來治療。", "none", ""),
    ("血小板在體內本來就負責引導細胞分化與膠原蛋白合成，是組織修復時的重要角色。", "none", "neutral biology"),
    ("PRP經過多位職業運動明星加持之後，相關話題越來越熱。", "social_proof", ""),
    ("越來越多研究證實PRP在毛髮醫學的效果相當顯著，相關文獻已經超過百篇可以佐證。", "benefit", "vague appeal to research for efficacy"),
    ("二氫睪固酮會阻斷Wnt訊息路徑，毛囊幹細胞無法好好分化，頭髮就越長越細。", "none", "disease mechanism, not a treatment claim"),
    ("生長因子作用在毛囊後，能有效拉長生長期，讓卡在休止期的毛囊迅速回到生長期。", "benefit", "mechanism as result"),
    ("PRP最早在1987年用於心臟手術，後來才廣泛用在韌帶、骨骼與運動醫學。", "none", ""),
])
page("line-adipose-knee", "news", "https://today.line.me/tw/pc/article/%E8%87%AA%E9%AB%94%E8%84%82%E8%82%AA%E5%B9%B9%E7%B4%B0%E8%83%9E+%E6%9C%89%E6%9C%9B%E7%94%A8%E6%96%BC%E6%94%B9%E5%96%84%E8%86%9D%E9%97%9C%E7%AF%80%E9%80%80%E5%8C%96-nMXYwx", [
    ("衛福部修正特管辦法後開放六項細胞治療技術，醫療院所可依規定提出申請。", "none", ""),
    ("某醫院骨科主任說，國外研究已發現把脂肪幹細胞打進膝蓋，軟骨會變厚，能有效減輕退化性關節炎的疼痛。", "benefit", "uncritical news; doctor's claim without distance"),
    ("他也表示，任何年紀的幹細胞都有用，只是越年輕的幹細胞分化與重建能力越好。", "benefit", "uncritical news; efficacy asserted"),
    ("依目前特管辦法，國內只能使用病人自己的細胞，還不能用別人的幹細胞。", "none", ""),
    ("已有業者引進自體脂肪幹細胞技術，目前仍在等候審核。", "none", ""),
])
page("metatech-cellsheet", "salon", "http://pro.metatech.com.tw/tech/core", [
    ("膝軟骨細胞層片能誘導自體軟骨新生，讓受損的關節軟骨組織恢復原狀。", "benefit", "supplier page"),
    ("不必承擔人工關節置換可能帶來的副作用，還能保住原本膝蓋與骨頭的完整。", "comparison", "comparative safety vs joint replacement (rule 5)"),
    ("和傳統醫療技術相比，更能明顯提升病人的生活品質。", "comparison", ""),
    ("這項技術已有四家大型醫院獲衛福部核准，依特管辦法執行細胞治療計畫。", "approval", "approval used as endorsement on a seller page"),
    ("細胞治療是把自體或同種異體細胞經過體外培養或加工，再植入病人體內使用。", "none", ""),
    ("食道細胞層片可以修補內視鏡黏膜下剝離術後的傷口，有效預防食道狹窄。", "benefit", ""),
    ("細胞治療是目前醫界的發展趨勢之一。", "none", "trend, no claim (rule 8)"),
])
page("acrfp-knee-blog", "clinic", "https://acrfp0809.pixnet.net/blog/post/93866902", [
    ("本中心的膝關節健康促進方案能全方位治療退化性膝關節炎，十多年來已造福無數膝痛患者。", "benefit", "social proof also applies"),
    ("三年以上追蹤顯示整體滿意度超過九成，X光上將近八成的膝關節軟骨有好轉。", "benefit", "figures without limits (holdout2 decision 5); numbers changed"),
    ("健保資料分析發現，做過這項手術的病人六年後只有一成五換了人工關節，比一般報告少一半。", "comparison", "outcome ranked against usual figures without data limits"),
    ("分析失敗的原因，主要是延誤治療錯過時機，以及術後沒有做好居家保健。", "none", ""),
    ("自體脂肪幹細胞移植最適合和本中心研發的關節鏡手術結合，成為膝軟骨再生的進階療程。", "comparison", "superlative fit; uncertain, could be read as promotion"),
    ("已經嚴重變形的膝蓋，還是得考慮傳統的高位脛骨矯正手術。", "none", ""),
    ("衛福部已把這幾種安全性可確定、成效可預期的細胞治療列為特定醫療技術管理。", "approval", "regulator wording used as endorsement on a clinic page; uncertain"),
])
page("bw-prp-50k", "news", "https://health.businessweekly.com.tw/AArticle.aspx?id=ARTL000013833", [
    ("醫師向李媽媽保證自費五萬元打一針PRP就會好，她聽完半信半疑，決定先回家和家人商量。", "none", "the doctor's promise is reported with doubt in the same sentence"),
    ("坊間常拿大聯盟投手打過PRP的例子來說服人，不少長輩因此心動。", "none", "news mentioning celebrity use critically"),
    ("強調免開刀、打完當天就能回家的PRP注射，這幾年在各院所間流行起來。", "none", "強調 gives distance; trend"),
    ("PRP屬於自費項目，健保不給付，大醫院一針約一萬二到一萬八千元不等。", "none", "typical cost as information; figures changed"),
    ("廣告詞：一針沒效，第二針不收錢！", "promotion", "ad text extracted from news (holdout2 decision 1); money-back offer"),
    ("報導指出，隨著知名度提高，殺價促銷與抽大量血的高價方案已成PRP市場亂象。", "none", ""),
])
page("reboot-prp-quality", "clinic", "https://www.reboot.clinic/Homepage/Education/PRP-quality", [
    ("我們把PRP品質歸納成濃度、總劑量、回收率、減紅與白血球型態五項指標。", "none", "quality framework, no claim"),
    ("多數肌肉骨骼適應症的目標濃度，大約落在每微升一百萬到一百五十萬顆血小板。", "none", ""),
    ("膝關節注射的濃度若不到每微升八十萬，成功率會降到八成四左右。", "benefit", "implies a high success rate without limits; uncertain"),
    ("游離血紅素與鐵離子注射進去會引發發炎反應，所以離心時要盡量減少紅血球。", "none", ""),
    ("總劑量等於濃度乘以體積，決定治療部位前可先估算需要多少顆血小板，再回推抽血量。", "none", ""),
    ("別只看濃縮倍數，還要同時達到臨床需要的濃度門檻與注射體積。", "none", ""),
])
page("healthmedia-plt-scar", "news", "https://healthmedia.com.tw/main_detail.php?id=54335", [
    ("凹疤多半是痘痘長期發炎，使真皮層的膠原蛋白永久受損萎縮而形成。", "none", ""),
    ("醫師表示，複合式醫美療程再搭配PLT高濃度血小板，凹疤就能明顯改善。", "benefit", "uncritical health news"),
    ("淺層凹疤可以用酸類換膚，較深的凹疤傳統上則靠雷射反覆治療。", "none", ""),
    ("臨床上經過多次療程，凹疤能恢復五、六成就已經相當難得。", "none", "honest expectation"),
    ("血小板生長因子結合療程，可以加強術後恢復並讓膚質更穩定。", "benefit", ""),
])
page("puapp-consensus", "journal", "http://www.puapp.net/wp/c/33411.html", [
    ("面部年輕化的非手術治療近年發展很快，濃縮血小板類生物製品因此受到關注。", "none", ""),
    ("由於製備品質控制與使用方式並不統一，業界對濃縮血小板治療仍有分歧。", "none", ""),
    ("本共識篩選較高品質的證據，並經專家多次討論，供醫護人員規範使用時參考。", "none", ""),
    ("濃縮血小板產品包括富血小板血漿、富血小板纖維蛋白與濃縮生長因子等類型。", "none", ""),
])
page("lighrfx-prp-skin", "clinic", "http://lighrfx.cn/html/7465122738.html", [
    ("生長因子會引導肌膚裡的膠原蛋白大量再生，從根本解決老化、細紋、斑點和毛孔問題。", "benefit", ""),
    ("因為用的是您自己的血小板，既安全又不會過敏，請放心。", "safety", "own cells, so safe"),
    ("聽到要抽血用血小板，也許有人覺得風險很高，但這種擔心完全沒有必要。", "safety", ""),
    ("注射後大約一到兩個月開始看到變化，效果可以維持一到兩年。", "benefit", "result-timing line (decision 8)"),
    ("效果多少有個人差異，而且各院所製作PRP的方法不同，結果也會不一樣。", "none", ""),
    ("整個療程約四十分鐘：先抽血，再用離心機分離出血小板，最後注射到想改善的部位。", "none", ""),
    ("變化是慢慢發生的，周遭的人不容易察覺，能自然地重返年輕。", "benefit", ""),
])
page("ntdtv-cn-stemcell-fraud", "news", "https://ntdsf.tv/?p=61101", [
    ("詐騙集團租下豪華展廳辦健康講座，請專家和明星站台，宣稱幹細胞能治百病、返老還童。", "none", "宣稱 gives distance"),
    ("一名受害人說，對方勸她拿出百萬打幹細胞還能賺錢，結果回家後全身起疹、氣喘發作。", "none", ""),
    ("幹細胞的常見來源包括骨髓、周邊血、脂肪、臍帶、胎盤和牙髓。", "none", ""),
    ("新規定要求幹細胞治療只能在特定等級的醫院進行，預料大批業者會退出市場。", "none", ""),
    ("業者話術：先儲值一筆錢，一年後全額返還，介紹朋友加入還有獎金。", "promotion", "pitch extracted from news (holdout2 decision 1)"),
    ("一家天價療養院聘請所謂的世界級專家，專騙各地中老年人，涉案金額高達數億。", "none", ""),
    ("業者先以免費體檢招攬，再拿「腦細胞萎縮」的報告嚇唬長輩去打幹細胞。", "none", "scare quotes"),
    ("一對夫妻被說服做了幹細胞與各種養護療程，前後花掉四百萬。", "none", ""),
])
page("hkyahoo-stemcell-blackmarket", "news", "https://hk.news.yahoo.com/9-8%E8%90%AC%E5%85%83-%E9%87%9D-%E5%B9%B9%E7%B4%B0%E8%83%9E%E6%B2%BB%E7%99%82-%E9%BB%91%E5%B8%82%E6%97%A5%E6%BC%B8%E7%8C%96%E7%8D%97-062300217.html", [
    ("網路上自稱能做幹細胞的私人診所、保健品店和海外仲介多得數不清，個個號稱包治百病。", "none", "號稱 gives distance"),
    ("記者查證，幹細胞醫療並未獲准上市，坊間收費的「幹細胞治療」嚴格說來都不合法。", "none", ""),
    ("不法業者靠洗腦式行銷誇大療效、刻意隱瞞風險，專門騙長輩的錢。", "none", ""),
    ("有長輩繳了八萬多元參加所謂的幹細胞受試，身體完全沒好轉，事後才發現被騙。", "none", ""),
    ("推銷話術：一針九萬八，抗衰美容、控糖壯陽一次搞定。", "benefit", "pitch extracted from news; promotion also applies"),
    ("有地下實驗室從病人身上取出細胞或組織，簡單處理後就回輸到病人體內。", "none", ""),
    ("專家呼籲重新建立監管機制，別讓守規矩的業者被管死、不守規矩的卻沒人管。", "none", ""),
])
page("livelycell-scams", "news", "https://www.livelycell.net/limps/a/996.html", [
    ("這些騙局利用病人的焦慮與醫療需求，進行虛假宣傳和詐欺。", "none", ""),
    ("有醫院宣傳幹細胞移植能「神奇」治好食道癌，實際上卻常造成失血與感染。", "none", "scare quotes and refutation"),
    ("消費者應選擇合法、規範的機構，不要輕信誇大的療效宣傳。", "none", ""),
])
page("footsteps-exo-contra", "news", "http://footsteps.cn/zhuanjiawenzhang/285521.html", [
    ("每個人的體質不同，外泌體在不同人身上的效果可能不一樣，也可能引起過敏。", "none", "hedged"),
    ("乾癬是免疫介導的發炎性皮膚病，外泌體可能刺激發炎反應而讓病情加重。", "none", "contraindication"),
    ("使用外泌體產品前，建議先做局部皮膚測試，確認沒有過敏反應。", "none", ""),
    ("決定接受外泌體療程前，應先弄清楚它是否適合自己、安全性與效果如何，再和醫師討論。", "none", ""),
])
page("facelift-tennis-elbow", "clinic", "http://facelift.2013gourmettw.com.tw/news-28.html", [
    ("網球肘在醫學上叫肱骨外上髁炎，多半是手腕伸肌肌腱反覆細微撕裂造成。", "none", ""),
    ("羽球選手、廚師、作業員和家庭主婦等常用手腕出力的人，都是網球肘的好發族群。", "none", "who gets the disease, not who the treatment is for"),
])
page("hamibook-celltherapy", "news", "https://blog.hamibook.com.tw/%e7%94%9f%e6%b4%bb%e5%81%a5%e5%ba%b7/%e5%bf%ab%e8%ae%80_%e5%ba%b7%e5%81%a5%e9%9b%9c%e8%aa%8c%e7%ac%ac243%e6%9c%9f-%e7%b2%be%e8%8f%af%e7%89%88_%e7%b4%b0%e8%83%9e%e7%99%82%e6%b3%95%e4%b8%8a%e8%b7%af-%e6%88%91%e5%8f%af%e4%bb%a5%e7%94%a8/", [
    ("特管辦法上路後，民眾可以在國內合法院所自費接受部分細胞治療，不必再冒險跑國外。", "none", ""),
    ("曾有癌症病人花了上百萬在來路不明的生技公司接受細胞療法，結果體內長黴菌，最後仍不幸過世。", "none", ""),
    ("主管官員強調，決定開放哪些項目與適應症時，安全性是第一考量。", "none", ""),
    ("研究者直言，在合法院所治療若出了問題，至少找得到人負責，比坊間單位有保障。", "none", "advice comparing ways of taking part (rule 9)"),
    ("想靠細胞療法治病的病人與家屬，應先學會評估療效，再做出明智的醫療決定。", "none", ""),
    ("細胞治療協會的理事長說，先生靠跨海治療多陪了她三年，但不是每個人都這麼幸運。", "none", ""),
])
page("smartskin-rejuran", "clinic", "https://smartskin-clinic.com/en/menu/injection-infusion/rejuran/", [
    ("麗珠蘭注射俗稱鮭魚針，是把含多核苷酸的製劑打進臉部和頸部來改善膚質。", "none", "paraphrased from an English page of a Japanese clinic"),
    ("從鮭魚DNA萃取的PDRN能增加生長因子、促進微血管循環，自然提升膠原蛋白和彈力蛋白。", "benefit", "mechanism as result"),
    ("打完肌膚更有彈性、更透亮，毛孔變得不明顯，上妝也更服貼。", "benefit", ""),
    ("配方中的蝦紅素，抗氧化力據說是維生素E的一千倍。", "none", "據說 gives distance (rule 1); uncertain"),
    ("想讓全臉膚質整體提升的人，最適合選擇基本款的修復型。", "suitability", ""),
    ("特別推薦給毛孔明顯、上妝總是浮粉的人。", "suitability", ""),
    ("每一種類型效果不同，不要把它們全都當成同一種東西。", "none", ""),
])
page("vn-msc-secretome", "journal", "https://tapchinghiencuuyhoc.vn/index.php/tcncyh/article/view/2526", [
    ("幹細胞分泌的生長因子、細胞激素與抗菌胜肽，已被證實對皮膚老化有正面作用。", "benefit", "abstract's generalising efficacy conclusion"),
    ("與其他現有抗老療法相比，幹細胞分泌物的效果與潛力都更勝一籌。", "comparison", "abstract's superiority claim"),
    ("不過由於缺乏人體臨床試驗證實其安全與穩定性，目前並不建議廣泛使用這類產品。", "none", ""),
    ("本綜述整理了間質幹細胞的分離、培養，以及分泌物的製備流程。", "none", ""),
])
page("patent-exo-cosmetic", "salon", "http://m.tianfuents.com/zhuanli/05/201580060480.html", [
    ("本發明提供一種含幹細胞來源外泌體的化粧品組成物，可用於美白、改善皺紋與皮膚再生。", "benefit", "patent text of a cosmetics applicant, counted as salon"),
    ("自體脂肪移植取自受試者本身，不會產生組織或免疫排斥的問題。", "safety", "no rejection"),
    ("移植的脂肪不容易長出血管，可能因缺氧而造成細胞凋亡或壞死。", "none", ""),
    ("若要做成注射劑型，得先移除水凝膠並用酵素處理組織，相當不方便。", "none", ""),
])
page("bkn-fat-graft", "news", "https://beautykoreanews.com/facial-fat-grafting-guide/", [
    ("臉部脂肪移植取之於你、用之於你，完全不必擔心異物問題。", "safety", "uncritical beauty blog"),
    ("醫師會用離心或過濾把雜質去掉，留下健康的脂肪細胞和珍貴的脂肪幹細胞。", "none", ""),
    ("看著凹陷的太陽穴和不再飽滿的蘋果肌，不少人開始考慮醫學美容的幫忙。", "none", ""),
    ("脂肪移植的原理就像資源回收再利用，把身上多餘的脂肪變成填補臉部的材料。", "none", "metaphor for procedure, no claim"),
    ("臉部脂肪移植是近年非常熱門、討論度很高的填充方式。", "social_proof", "popularity (holdout2 decision 12)"),
])
page("jeans-fat-graft", "clinic", "https://jeansclinic.com/index.php/article/item/375-自體脂肪移植不該吃到飽.html", [
    ("自體脂肪含有幹細胞，除了填補凹陷，還能增加膠原蛋白與彈性纖維，具有抗老效果。", "benefit", ""),
    ("現在主張多層次、多孔道的細顆粒注射，脂肪平均存活率大約六成。", "none", "technical figure"),
    ("移植到臉上的脂肪會保留原來部位的特性，下半身變胖時，臉上的脂肪也跟著膨脹。", "none", ""),
    ("移植時一併帶入的幹細胞是否可能引發細胞癌變，是自體脂肪隆乳必須審慎思考的問題。", "none", ""),
    ("沒存活的脂肪細胞可能造成局部發炎、纖維化或鈣化。", "none", ""),
])
page("nicebreast-fat-graft", "clinic", "http://nicebreast.com.tw/options_04.html", [
    ("這股流行背後有不少商業行銷手法，不但誇大療效，甚至因為注射過量而傷害病人。", "none", ""),
    ("臉部注射時，每個部位大約一到三毫升的脂肪就已足夠。", "none", ""),
    ("絕對無菌的準備與正確的術後照顧，才是手術能否成功的關鍵。", "none", ""),
    ("一般認為下腹部與大腿內側的脂肪品質較好，比較適合拿來移植。", "none", ""),
])
page("psdrlee-fat-breast", "clinic", "http://psdrlee.com/web/products_i/99", [
    ("優點：完全是自己的組織、疼痛度低、不需特別按摩，做出來的乳房柔軟又自然。", "benefit", "seller's advantage list"),
    ("缺點：脂肪細胞可能鈣化，能增加的罩杯也受限於可用的脂肪量。", "none", ""),
    ("美國整形外科醫學會早年曾聲明不贊成用自體脂肪隆乳，之後才逐步修正立場。", "none", ""),
    ("學會後來的聲明也提到，這項技術尚未標準化，效果可能因醫師而異。", "none", ""),
    ("比起矽膠義乳，用自己脂肪做出的乳房摸起來更柔軟、形狀也更自然。", "comparison", ""),
])
page("lrclinic-fat-breast", "clinic", "https://lrclinic.com.tw/index.php?ban=service_list_sub&cate=302", [
    ("脂肪注射不植入任何異物，完全沒有義乳莢膜攣縮的風險。", "safety", "absolute risk claim as advantage; paraphrased from English"),
    ("為了安全起見，每一次每側只注射一百到兩百毫升的脂肪。", "none", ""),
    ("注射後可能摸到硬塊、超音波看到囊腫，或乳房攝影出現鈣化點。", "none", ""),
    ("抽脂取材的同時還能雕塑身形，一次得到兩種效果。", "benefit", ""),
    ("和植入矽膠袋相比，脂肪注射留下的疤痕非常小。", "comparison", ""),
])
page("huxiu-stemcell-agents", "news", "https://m.huxiu.com/article/454049.html?f=m_collection_article&visit_source=collection_detail_page&collection_id=93", [
    ("有商家甚至打出「五十歲也能有三十歲的表現」這種宣傳。", "none", "framed by the news page"),
    ("代理說詞：胚胎組織來源的幹細胞打進人體後，完全不會有排斥反應。", "safety", "seller's pitch extracted from news (holdout2 decision 1)"),
    ("代理報價：五十歲左右適用近五十萬元的回輸套餐，年紀越大價格越高。", "promotion", "price line extracted from news; figure rounded"),
    ("市面上常見的間充質幹細胞回輸，收費多在數萬到十萬元人民幣之間。", "none", "typical cost as information"),
    ("代理的進貨價只有市場指導價的五折，各層代理可以自行定價。", "none", ""),
    ("號稱讓人年輕二十歲的療程，成本可能只要幾百元。", "none", ""),
    ("代理說詞：女性能恢復月經、延後更年期，男性則能增強生理功能。", "benefit", "agent pitch extracted from news"),
    ("代理保證：更年期最多可以往後延十年。", "benefit", "guarantee extracted from news"),
    ("記者調查發現，幹細胞概念被炒熱後，不少人看準商機做起醫美代理。", "none", ""),
])
page("yundao-msc-elderly", "clinic", "https://yundaoivf.com/hangye/186.html", [
    ("一年打三針幹細胞，幾十年後的人生將大不相同。", "benefit", "headline-style claim"),
    ("權威臨床研究正給出積極訊號：長者輸注後，步行距離和握力都明顯進步。", "benefit", "vague appeal to research for efficacy"),
    ("高資產家庭中，越來越多人定期帶父母去輸幹細胞，把它當成進階健康管理。", "social_proof", "popularity"),
    ("每年三次、每次數千萬單位的靜脈輸注，花上數萬元到底值不值得？", "none", "question"),
    ("六十歲以上族群中，早期衰弱的比例已超過一半，亞健康更是普遍。", "none", ""),
    ("特別適合體力下滑、睡不好又擔心失智的六十歲以上長輩。", "suitability", ""),
    ("這項研究還刊登在國際頂尖醫學期刊上，可信度毋庸置疑。", "approval", "journal prestige as proof (rule 7)"),
    ("調查顯示，資產較高的族群有六成以上把健康列為最想擁有的東西。", "none", "survey figure, no claim about the treatment"),
    ("國內多家機構聯合進行的臨床研究證實，臍帶間質幹細胞能明顯改善衰弱長者的體能與握力。", "benefit", "vague appeal to research for efficacy"),
])
page("songlike-beauty-shot", "news", "http://songlike.net/slxw/9137.html", [
    ("資料顯示，間充質幹細胞注射宣稱能大幅提升免疫力，價格也相當昂貴。", "none", "宣稱 gives distance"),
    ("一般而言，不同規格的幹細胞價格差異很大，一次費用大約十萬到十五萬元。", "none", "typical cost as information"),
    ("早年就有報導指出，有民眾花了二十多萬打幹細胞美容針，結果全身長滿紅斑、奇癢難耐。", "none", ""),
    ("這種號稱打在臉上就能「一針年輕十歲」的美容針，真的有那麼神奇嗎？", "none", "scare quotes and question"),
    ("一名前官員接受企業主招待打了兩次間質幹細胞，費用合計三十萬元，事後東窗事發。", "none", ""),
])
page("exonavi-drip", "clinic", "https://exosome-navi.com/column/1433/", [
    ("外泌體過去被當成細胞排出的廢棄物，直到近年才陸續解開它的各種功能。", "none", ""),
    ("外泌體點滴可應用在全面抗老、關節退化、毛髮再生，以及重度心衰竭、第一型糖尿病等領域。", "benefit", "indication list on a seller page (holdout2 decision 4)"),
    ("外泌體能直接作用在細胞上，以細胞為單位發揮功效。", "benefit", "mechanism as result"),
    ("打算嘗試外泌體點滴之前，建議先了解它的效果、缺點和費用。", "none", ""),
    ("外泌體點滴在美容醫療、再生醫療與免疫療法中都有人使用。", "none", "descriptive"),
])
page("lively-exo-insurance", "clinic", "https://lively-clinic.com/insurance-coverage-of-exosome/", [
    ("外泌體治療屬於自費醫療，不在保險給付範圍內，費用必須全額自付。", "none", "cost information"),
    ("外泌體不給付、也還在研究階段，但這絕不代表它沒有效果。", "approval", "spin on non-coverage and non-approval (rule 7); uncertain"),
    ("外泌體療程比一般治療昂貴，費用會依院所、施打方式與濃度而有差別。", "none", ""),
    ("符合條件時，自費醫療支出或許能列入醫藥費扣除額，請先向稅務單位確認。", "none", "hedged cost information"),
])
page("drhsieh-egf", "clinic", "https://drhsieh1123.pixnet.net/blog/post/266016659", [
    ("表皮生長因子EGF的功能主要在兩大方面：皮膚損傷的修復與抗老化。", "benefit", "clinic doctor's blog"),
    ("它能促進真皮層膠原纖維增生，讓皺紋減少甚至消失。", "benefit", ""),
    ("並不是所有生長因子加在一起就更好，有些FGF對皮膚分化甚至有反效果。", "none", ""),
    ("這支EGF復妍精華是我和醫療團隊親自調配，在本院顧客評價中一直是第一名。", "social_proof", "customer ranking; comparison also applies"),
    ("最近電視上很紅的那款保養膠囊，就是它！", "social_proof", "media exposure as proof"),
    ("目前的生長因子大多以基因選殖與組織培養的方式量產。", "none", ""),
    ("已有上千篇醫學論文把生長因子的作用闡述得相當清楚。", "approval", "volume of literature used as proof; uncertain (could be benefit)"),
    ("生長因子就是在體內引導組織生長方向的因子，和幹細胞並不一樣。", "none", ""),
])
page("grazia-egf", "news", "http://chinagrazia.com/article/148741.html", [
    ("不少品牌把寡肽-1當成人寡肽-1，兩者只差一個字，功效卻天差地遠。", "none", ""),
    ("人越年輕，肌膚裡的EGF含量越高，更新速度也越快。", "none", "biology"),
    ("EGF能修復新生痘疤、撫平毛孔，所以又有「美麗因子」的稱號。", "benefit", "uncritical magazine"),
    ("人寡肽-1是由五十三個胺基酸組成的活性多肽。", "none", ""),
])
page("pchome-nantou-cosmetic", "news", "https://news.m.pchome.com.tw/living/newstaiwandigi/20250410/index-74428172536716279009.html", [
    ("縣衛生局查獲電視購物的頭皮養護水宣稱能活化毛囊細胞、改善落髮，已依法裁處並要求下架。", "none", ""),
    ("化粧品廣告不得宣稱促進膠原蛋白增生、消炎止癢這類醫療效能。", "none", ""),
    ("違反規定者可處新臺幣四萬到五百萬元罰鍰，情節重大者還可能移送法辦。", "none", ""),
    ("選購化粧品時，請留意產品是否有登錄資訊，避免買到來路不明的東西。", "none", ""),
])
page("mypaper-cosmetic-ads", "forum", "http://mypaper.pchome.com.tw/zjpb1pv57f/post/1371651344", [
    ("廣告詞：醫美診所指定使用的生長因子拉提精華，皺紋的電熨斗！", "benefit", "ad quoted in a repost; product renamed to a growth-factor serum; social proof also applies"),
    ("皮膚科主任提醒，保養品無法取代微整形，短時間除皺不是保養品做得到的。", "none", ""),
    ("一年查獲的違規化粧品廣告中，以抗痕除皺類最多，其次是美白和生髮。", "none", ""),
])
page("independent-sg-knee", "news", "https://theindependent.sg/?p=636511", [
    ("有些新加坡人跨境到吉隆坡，接受在本國尚未核准為常規治療的膝蓋幹細胞療程。", "none", "paraphrased from English"),
    ("療程費用依病情複雜度與注射次數而定，大約馬幣兩萬八到十二萬元。", "none", "typical cost as information"),
    ("所幸多數人做完後膝蓋不再那麼痛，有些人的行動力還明顯進步。", "benefit", "uncritical news with specific outcome (holdout2 decision 9)"),
    ("新加坡衛生部表示，研究證據並不一致，因此軟骨修復幹細胞療法目前只准用於研究。", "none", ""),
    ("這家吉隆坡中心開業以來，已經完成數千例膝蓋幹細胞治療。", "social_proof", "patient count; uncritical"),
    ("受訪病人坦言，一開始也擔心海外中心是否可信，以及打進體內的東西品質如何。", "none", ""),
    ("因為是跨境自費治療，出了問題後要追蹤處理並不容易。", "none", ""),
])
page("msmedia-my-rules", "news", "http://msmediaweb.com/bwmc/?p=1353", [
    ("在馬來西亞，幹細胞只能用於研究、臨床試驗或登錄計畫。", "none", ""),
    ("當地禁止使用動物與胚胎幹細胞，懷孕婦女也不能參加相關試驗。", "none", ""),
    ("進口的幹細胞產品必須取得GMP認證。", "none", "plain regulatory fact"),
    ("未經核准、也不在合法臨床試驗中的幹細胞療程，要特別提高警覺。", "none", ""),
    ("所有幹細胞研究計畫都必須送交國家幹細胞研究與倫理委員會審查。", "none", ""),
])
page("stemcell-enc-cost", "clinic", "https://www.stemcell-encyclopedia.net/way/cost/", [
    ("培養幹細胞治療大多屬自費醫療，依治療內容約需日幣七十萬到兩百五十萬元。", "none", "typical cost range as information"),
    ("費用包含初診、術前檢查、幹細胞採集、培養、保管與移植等項目。", "none", ""),
    ("自費醫療不受健保限制，能選擇的治療範圍比較廣，但費用也高出許多。", "none", ""),
])
page("76hw-overseas-cost", "news", "https://www.76hw.com/news/hai-wai-yi-liao-kang-shuai-lao-liao-fa-fei-yong-jie-mi-gao-ang-hua-fei-bei-hou-yin-cang-na-xie-feng.html", [
    ("海外單次幹細胞治療的費用通常在五萬到二十萬美元之間，視細胞來源與診所地點而定。", "none", "typical cost as information"),
    ("高端診所的收費常包含豪華住宿與私人看護，品牌溢價可達三到五成。", "none", ""),
    ("動輒數十萬的費用背後，還藏著醫療風險、法律灰色地帶和資訊不對稱。", "none", ""),
    ("幹細胞療法被譽為再生醫學的明星，是目前最熱門的抗老療法之一。", "social_proof", "popularity (holdout2 decision 12); uncritical"),
    ("瑞士某高端診所的自體間質幹細胞靜脈輸注，單次收費超過十萬美元。", "none", "price information in news; figure changed"),
    ("費用大頭在於細胞提取與培養，約占總費用的四到六成。", "none", ""),
])
page("pansci-stemcell-cosmetics", "news", "https://pansci.asia/archives/125235", [
    ("各種幹細胞保養品擦的、吃的、敷的一應俱全，名號聽起來非常高科技。", "none", ""),
    ("廣告文案：萃取自瑞士罕見蘋果的植物幹細胞，能延長細胞壽命，功效神奇獨特。", "benefit", "ad quoted by a science-news page, bare ad text (holdout2 decision 1)"),
    ("廣告文案：胎盤幹細胞膠囊能迅速進入真皮層，有效改善皺紋、凍結肌齡。", "benefit", "ad text extracted"),
    ("植物幹細胞萃取物裡並沒有能進入人體皮膚發揮作用的活細胞。", "none", "refutation"),
    ("所謂「修復幹細胞」的強效喚顏複合物，聽起來厲害，其實只是行銷用語。", "none", "scare quotes and refutation"),
    ("廣告文案：人蔘幹細胞膠囊，抗氧化、調體質，延緩衰老一次到位。", "benefit", "ad text extracted"),
    ("廣告文案：植物幹細胞面膜，讓肌膚綻放無盡的年輕光彩！", "benefit", "ad text extracted"),
    ("報導開頭直接寫「幹細胞保養品當道」，卻沒有交代這些產品到底含不含活的幹細胞。", "none", "critique of coverage"),
])
page("luxeyoung-terms", "salon", "https://luxeyoung.co/blogs/%e6%94%bf%e7%ad%96", [
    ("完成儲值即成為會員，可用儲值金折抵細胞修復艙療程等指定課程。", "promotion", "membership terms of a wellness studio"),
    ("儲值金自轉入日起六個月內有效，逾期恕不提供服務。", "promotion", "booking terms (rule 11)"),
    ("儲值金不得與其他優惠、現金折扣或促銷方案併用。", "promotion", "booking terms"),
    ("預約後無故未到，視同該堂已使用，不得補課或退款。", "promotion", "booking terms"),
    ("本服務為輔助性健康調理，不屬於醫療行為，也不提供診斷或處方。", "none", "disclaimer"),
    ("會員須確認身體狀況適合參加，懷孕或手術恢復期間請主動告知。", "none", "terms of service, health disclaimer"),
])
page("cryolife-cordblood", "salon", "https://cryolife.com.hk/en/tips_cordbloodusage/", [
    ("臍帶血含有能重建造血與免疫系統的造血幹細胞。", "none", ""),
    ("臍帶血採集不用麻醉、不會痛，而且沒有任何副作用。", "safety", "private cord-blood bank"),
    ("採集是在剪斷臍帶之後才進行，對媽媽和寶寶都不會有任何不良影響。", "safety", ""),
    ("這等於把醫療廢棄物回收再利用，為日後保留發揮治療潛力的機會。", "none", "hedged (potential)"),
    ("私人血庫是父母替寶寶付費保存臍帶血，公營血庫則是把臍帶血捐出去給需要的人。", "none", ""),
])
page("hkyahoo-cordblood", "news", "https://hk.news.yahoo.com/%E8%87%8D%E5%B8%B6%E8%A1%80%E5%BA%AB%E7%9A%84%E5%84%AA%E5%8B%A2%E8%88%87%E7%88%B6%E6%AF%8D%E6%B1%BA%E7%AD%96%E6%8C%87%E5%8D%97-064541607.html", [
    ("臍帶血儲存並不是非做不可，還得衡量醫療價值、費用、實際使用率與倫理問題。", "none", ""),
    ("研究認為，臍帶血中的間質幹細胞未來或許能用於糖尿病、腦損傷等疾病。", "none", "hedged"),
    ("臍帶血曾用於治療白血病、地中海型貧血、再生不良性貧血與淋巴瘤等血液疾病。", "none", "established use, factual"),
])
page("udn-regen-law-explainer", "news", "https://udn.com/news/story/7241/9278004", [
    ("外泌體熱到快失控，從內服、外擦到沐浴用品都加，連酒的廣告都說有外泌體加持。", "none", "used host, different page"),
    ("再生醫療法管的是醫療機構執行的技術，再生醫療製劑條例則管藥商製造或輸入的製劑。", "none", ""),
    ("新制設有附款許可，針對危及生命或嚴重失能的疾病，提供較快的上市途徑。", "none", ""),
])
page("ltn-salmon-bbc", "news", "https://health.ltn.com.tw/article/breakingnews/5255406", [
    ("一名紐約女子為了婚禮去打鮭魚DNA，結果感染發炎，眼下留下比術前更深的黑眼圈與疤痕。", "none", "used host, different page"),
    ("澳洲一位皮膚科醫師指出，目前沒有有力數據證明把切碎的鮭魚DNA打進臉裡真的有效。", "none", ""),
    ("一名二十九歲的使用者想改善痘疤與泛紅，她說對初步結果很滿意。", "social_proof", "testimonial without a specific outcome (holdout2 decision 9)"),
    ("一位流行歌手在社群上說填充物已經退流行，改打多核苷酸，讓這種療程爆紅。", "none", "news describing celebrity use (rule 10)"),
])
page("placidway-jp-meniscus", "clinic", "https://www.placidway.com/article/5868/%E6%97%A5%E6%9C%AC%E3%81%AB%E3%81%8A%E3%81%91%E3%82%8B%E5%8D%8A%E6%9C%88%E6%9D%BF%E6%90%8D%E5%82%B7%E3%81%AB%E5%AF%BE%E3%81%99%E3%82%8B%E5%B9%B9%E7%B4%B0%E8%83%9E%E7%99%82%E6%B3%95%E7%9F%A5%E3%81%A3%E3%81%A6%E3%81%8A%E3%81%8F%E3%81%B9%E3%81%8D%E3%81%93%E3%81%A8-ja", [
    ("日本的再生醫療法規堪稱全球標竿，讓各國病人都能在高安全標準下接受治療。", "approval", "regulation offered as reassurance (rule 6); medical-tourism broker; used host, different page"),
    ("和只能打少量未培養細胞的美國相比，日本的高劑量培養幹細胞效果更強。", "comparison", ""),
    ("臨床數據顯示，六到八成的病人疼痛大幅減輕、關節功能改善。", "benefit", "figures without limits"),
    ("膝蓋半月板套裝行程約六千五百到一萬五千美元，含醫療翻譯與機場接送。", "promotion", "broker package"),
    ("每一家提供半月板幹細胞治療的日本診所都須經厚生勞動省審查，安全有保障。", "approval", "government review as safety proof (rule 6)"),
    ("東京和大阪的合作診所提供全程中文翻譯，還能協助辦理醫療簽證。", "promotion", "broker logistics (holdout2 decision 6); language changed"),
])
page("pellbmt-gtp", "salon", "https://www.pellbmt.com/about.asp?id=34", [
    ("我們在台北與高雄設置的細胞製備場所都已通過食藥署查廠，取得GTP認可，品質值得信賴。", "approval", "certification used as proof on a supplier page"),
    ("GTP規範的範圍很完整，從人員、設施、製程、貯存到客訴處理都有規定。", "none", ""),
    ("新藥進入後期臨床試驗或上市後，製造場所還必須符合更嚴格的PIC/S GMP。", "none", ""),
])
page("meribank-gtp-column", "salon", "https://www.meribank.com.tw/message/knowledge?id=94", [
    ("符合GTP規範的細胞實驗室，能確保每一道操作都在最佳的隔離環境下完成。", "approval", "standard offered as quality proof by a cell bank"),
    ("有了GTP實驗室把關，細胞治療的安全與品質就更有保障。", "approval", "standard grounded reassurance (rule 6)"),
    ("體細胞治療屬於新醫療技術，用在病人身上之前，須先經人體試驗驗證安全與療效。", "none", ""),
])
page("angle-prp-law", "journal", "http://www.angle.com.tw/AHLR/journal/content.aspx?no=413718&listkey=%E6%9C%88%E6%97%A6%E9%86%AB%E4%BA%8B%E6%B3%95%E5%A0%B1%E5%91%8A%E7%B7%A8%E8%BC%AF%E9%83%A8", [
    ("近年美容業者也開始替客人注射PRP，宣稱能修復肌膚、找回青春。", "none", "宣稱 gives distance; law-journal abstract"),
    ("衛福部曾多次函釋，PRP是否真有回春效果目前仍不明確。", "none", ""),
    ("PRP如何作用、怎麼用最好，所知仍然有限，相關效益還需要更多臨床試驗證據。", "none", ""),
])
page("aile-exo-salon", "salon", "https://aile.soel-design.me/column/3317", [
    ("外泌體不只讓外表看起來年輕，更能活化細胞，帶來更本質的美肌效果。", "benefit", "paraphrased from a Japanese salon page"),
    ("上面這些效果能一次同時得到，正是外泌體最大的魅力。", "benefit", ""),
    ("因為含有抗發炎成分，連異位性皮膚炎都能改善。", "benefit", ""),
    ("施術只會留下針孔大小的傷口，幾乎看不出來。", "safety", "minimised downtime as a selling point"),
    ("身體負擔輕、效果又大，是外泌體施術最吸引人的地方。", "safety", "minimisation plus benefit; safety wins"),
    ("外泌體也不是完全沒有缺點，施術前請把優缺點放在一起衡量。", "none", ""),
])
page("sograce-drip-risk", "clinic", "https://so-graceclinic.com/beauty-note/ep06-what-is-stem-cell-therapy-part-three", [
    ("乳牙牙髓來源的上清液安全檢驗不容易，培養時又得長期使用高濃度抗生素，可能有殘留。", "none", "paraphrased from a Japanese clinic page"),
    ("醫療技術不斷進步，牙髓來源也不一定就是高風險，但要先確認它的製程。", "none", ""),
    ("使用的幹細胞來源和製造過程不同，風險與效果也會跟著改變。", "none", ""),
    ("聽你這樣解釋，我就可以放心去打點滴了！", "safety", "reassurance in a dialogue written in the clinic's voice; uncertain"),
])
page("tokiko-supernatant", "clinic", "https://www.tokikoclinic.com/new_columns/%e3%80%8c%e5%b9%b9%e7%b4%b0%e8%83%9e%e5%9f%b9%e9%a4%8a%e4%b8%8a%e6%b8%85%e6%b6%b2%e3%80%8d%e3%81%a3%e3%81%a6%e3%81%aa%e3%81%ab%ef%bc%9f%e3%81%9d%e3%81%ae%e7%a8%ae%e9%a1%9e%e3%81%a8%e5%8a%b9%e6%9e%9c", [
    ("研究已經證實，培養時分泌的細胞激素與生長因子能抑制發炎，並修復、再生受損組織。", "benefit", "paraphrased from a Japanese clinic page"),
    ("培養上清液就是把細胞濾掉、只留下上層澄清液體的產物。", "none", ""),
    ("上清液可以大量生產，所以價格比昂貴的幹細胞治療低很多。", "none", "price contrast only, no efficacy or safety ranking"),
    ("近年幹細胞保養和再生醫療很受矚目，被期待成為抗老的新方法。", "none", "hedged (期待)"),
    ("幹細胞培養越久、數量越多，分泌的細胞激素也越多，上清液就能量產。", "none", ""),
])
page("348239-whitening-shot", "news", "http://348239.com/new/11a150a2010/201059qiji183654.shtml", [
    ("一名婦人花了六萬多打所謂的幹細胞美白針，半個月後手腳發抖、針孔潰爛，被診斷為傷口感染。", "none", ""),
    ("醫師指出，只有活的幹細胞才可能有作用，做成原液或凍乾粉後就只是死細胞。", "none", ""),
    ("市售的「幹細胞原液」或「幹細胞粉」，理論上不可能含有具功能的幹細胞。", "none", "scare quotes and refutation"),
    ("醫師提醒，高科技不是萬能，愛美的人應到合法院所諮詢、謹慎選擇。", "none", ""),
])
page("onecosme-hsc-column", "salon", "https://onecosme.jp/column/70019", [
    ("人類幹細胞培養上清液原本用在醫療現場修復傷口與臟器，如今在美容業界也大受歡迎。", "social_proof", "popularity; paraphrased from a Japanese cosmetics column"),
    ("因為被期待具有美肌與抗老效果，越來越多美容液開始添加這項成分。", "none", "hedged (期待)"),
    ("本文監修醫師長年從事脂肪幹細胞治療，以及膝關節與肌膚的再生醫療。", "approval", "supervising doctor's credentials as proof (holdout2 decision 7); uncertain"),
    ("幹細胞除了能自我複製，還能分化成完全不同的細胞，例如把脂肪取出的幹細胞變成皮膚細胞。", "none", "biology"),
])
# ---- END PAGES ----

# Written batches: (group, source, [(text, label, note), ...])
WRITTEN = []
# ---- DATA: WRITTEN ----
WRITTEN.append(("h3-zh-w01", "written", [
    ('術後恢復期：幾乎為零，隔天照常上班。', 'safety', 'table-style line'),
    ('臍帶間質幹細胞的免疫原性極低，打進體內不會有排斥問題。', 'safety', ''),
    ('擁有台、美、日三國專利的外泌體萃取技術。', 'approval', ''),
    ('研究顯示，PRP改善膝痛的效果勝過類固醇注射。', 'comparison', 'vague citation (rule 9)'),
    ('韓國醫美圈早就不流行玻尿酸了，現在都改打外泌體，效果更自然。', 'comparison', 'social proof also applies'),
    ('國手級運動員受傷後，也指定要打PRP。', 'social_proof', ''),
    ('很多醫師自己也在打，這就是最好的證明。', 'social_proof', ''),
    ('剛做完雷射、皮膚還在泛紅期的人，很適合安排這堂療程。', 'suitability', ''),
    ('婚前三個月的準新娘，最適合排這套外泌體療程。', 'suitability', ''),
    ('外泌體舒緩導入｜新客首堂 NT$2,680，第二堂起 NT$4,500', 'promotion', 'price line'),
    ('VIP年度會員：每月一次外泌體修復，年費NT$68,000。', 'promotion', ''),
    ('本院招牌療程：外泌體水光煥膚。', 'none', 'signature-treatment heading (rule 8)'),
]))
WRITTEN.append(("h3-zh-w02", "written", [
    ('我們的外泌體經過層層純化，打完不紅不腫，完全零副作用。', 'safety', ''),
    ('多年來施打超過上萬劑，從未發生任何不良反應。', 'safety', 'social proof also applies'),
    ('院長是再生醫學會認證醫師，也具備美國抗衰老醫學會會員資格。', 'approval', "doctor's titles as proof (holdout2 decision 7)"),
    ('諾貝爾獎等級的細胞傳訊科學，如今濃縮在一瓶精華裡。', 'approval', 'Nobel prestige (rule 7)'),
    ('不同於一般診所的低濃度PRP，我們的濃度高出兩倍以上。', 'comparison', ''),
    ('我們的PDRN純度比市售一般產品更高，吸收也更好。', 'comparison', ''),
    ('PTT醫美板網友一致推爆的外泌體生髮。', 'social_proof', ''),
    ('在小紅書爆紅，連香港人都專程飛來台灣打。', 'social_proof', ''),
    ('專為四十五歲以上、更年期肌膚設計的幹細胞保養方案。', 'suitability', ''),
    ('工作忙、沒空保養的上班族，也適合這種一個月一次的療程。', 'suitability', ''),
    ('PRP生髮三堂套組 NT$36,000，加贈頭皮檢測一次。', 'promotion', ''),
    ('📞 立即來電 02-2XXX-XXXX，或私訊粉專預約諮詢', 'promotion', 'contact line'),
]))
WRITTEN.append(("h3-zh-w03", "written", [
    ('PRP取自您自己的血液→無過敏、無排斥、無感染風險', 'safety', 'arrow line'),
    ('百分之百天然，用的是自己的細胞，哪來的風險？', 'safety', ''),
    ('我們的PRP離心套組取得歐盟CE與美國FDA 510(k)許可。', 'approval', ''),
    ('效果是玻尿酸的三倍，維持時間也更長。', 'comparison', ''),
    ('臍帶來源幹細胞的活性，遠遠高於四十歲以上的自體脂肪幹細胞。', 'comparison', ''),
    ('超過八千位客人回訪，滿意度高達98%。', 'social_proof', ''),
    ('客人回饋：「打完朋友都問我是不是剛去度假回來」', 'social_proof', 'testimonial without a specific outcome; stray quote'),
    ('適合對象：三十歲以上、開始出現細紋與暗沉的人。', 'suitability', ''),
    ('運動員、舞者、常爬山的人，這些關節負擔大的族群都適合。', 'suitability', ''),
    ('第二到三期的膝關節退化，是最理想的治療對象。', 'suitability', ''),
    ('加LINE預約，立即享免費膚況分析。', 'promotion', ''),
    ('介紹好友成功預約，雙方各得NT$1,000療程金。', 'promotion', ''),
]))
WRITTEN.append(("h3-zh-w04", "written", [
    ('院長強調，這是目前最安全的抗老療程，連備孕中的女性都能放心。', 'safety', "reported speech in the clinic's voice; suitability also applies"),
    ('安全、無痛的外泌體導入，全程只要二十分鐘。', 'safety', ''),
    ('衛福部認可的細胞製備實驗室，每一批細胞都能追溯來源。', 'approval', ''),
    ('外泌體 vs. PRP｜修復速度：外泌體 ★★★★★／PRP ★★★', 'comparison', 'table row ranking'),
    ('外泌體是唯一能取代傳統換膚的無痛修復法。', 'comparison', ''),
    ('地圖評價平均4.8分、累積一千兩百多則留言的人氣診所。', 'social_proof', ''),
    ('日韓貴婦圈最夯的凍齡療程，台灣終於引進了。', 'social_proof', 'popularity; promotion also applies'),
    ('推薦給：熬夜族、產後媽媽、換季肌膚不穩定的人。', 'suitability', ''),
    ('敏感肌、痘痘肌、乾燥肌，通通可以做。', 'suitability', ''),
    ('長期戴口罩、下半臉膚況不穩的人，都很適合。', 'suitability', ''),
    ('本月預約已滿八成，熱門時段請提早卡位。', 'promotion', 'scarcity'),
    ('預約須先付訂金NT$2,000，三天前取消可全額退還。', 'promotion', 'booking terms'),
]))
WRITTEN.append(("h3-zh-w05", "written", [
    ('副作用？頂多針孔周圍微紅，半天就消了。', 'safety', ''),
    ('本院外泌體原料通過SGS檢驗，無菌、無內毒素，安心有保障。', 'approval', 'third-party test as reassurance (rule 6)'),
    ('研究成果刊登於國際SCI期刊，並已收錄在PubMed。', 'approval', ''),
    ('比雷射溫和、比肉毒自然，新一代抗老首選。', 'comparison', ''),
    ('業界公認的黃金標準生髮療程。', 'comparison', ''),
    ('多位一線女星、主播私下都在打的保養針。', 'social_proof', ''),
    ('知名皮膚科教授也推薦的生長因子精華。', 'social_proof', 'expert endorsement'),
    ('不想動刀、又怕痛的膝蓋退化族，最適合PRP。', 'suitability', ''),
    ('體力變差、晚上睡不好的銀髮長輩，可以考慮細胞點滴。', 'suitability', ''),
    ('產後掉髮、壓力型掉髮、髮量變少的女性都適用。', 'suitability', ''),
    ('即日起至月底，幹細胞點滴買五送一。', 'promotion', ''),
    ('不滿意七天內可申請退費，零風險體驗！', 'promotion', 'money-back offer (rule 11)'),
]))
WRITTEN.append(("h3-zh-w06", "written", [
    ('天然來源、溫和不刺激，敏感肌也不必擔心任何風險。', 'safety', 'suitability also applies'),
    ('榮獲國家品質標章肯定的幹細胞療程，值得您信賴。', 'approval', ''),
    ('外泌體已經通過化粧品原料個案審查，所以打進皮膚裡也完全沒問題。', 'approval', 'misstated approval: a cosmetic-ingredient review does not cover injection'),
    ('與其開刀換關節，不如先試試幹細胞：痛得少、恢復快。', 'comparison', 'vs surgery'),
    ('比起天天吃藥擦藥，外泌體生髮更省事，副作用也更少。', 'comparison', 'comparative safety (rule 5)'),
    ('醫美網紅親身實測推薦！', 'social_proof', ''),
    ('每個月有三百多位髮友在這裡做PRP。', 'social_proof', 'patient count'),
    ('各種膚質都適用，男女皆可。', 'suitability', ''),
    ('20歲開始做預防性保養，一點也不嫌早。', 'suitability', ''),
    ('Ideal for 久坐族，以及姿勢不良造成肩頸痠痛的人。', 'suitability', 'mixed-language line'),
    ('幹細胞療程可刷卡分12期0利率。', 'promotion', ''),
    ('PRP回春雙人同行，第二位半價（母親節限定）', 'promotion', ''),
]))
WRITTEN.append(("h3-zh-w07", "written", [
    ('免開刀、免住院、免休養，療程結束馬上就能回去工作。', 'safety', 'minimal downtime'),
    ('原料來自韓國主管機關登記合格的工廠，品質與國際同步。', 'approval', 'foreign registration as endorsement'),
    ('經過人體試驗委員會（IRB）核准的療程，不是坊間一般診所比得上的。', 'approval', 'comparison also applies'),
    ('全台最先進的第四代外泌體技術，目前只有本院引進。', 'comparison', 'promotion (exclusivity) also applies'),
    ('同樣的價位，找不到比這更有效的抗老療程。', 'comparison', ''),
    ('連續三年蟬聯本院人氣療程第一名。', 'social_proof', ''),
    ('如果你是雄性禿初期、髮線開始後退，外泌體生髮就是為你設計的。', 'suitability', 'conditional'),
    ('男士專屬：油光、毛孔粗大、熬夜臉。', 'suitability', 'list heading'),
    ('不論想抗老還是想修復，都能找到適合自己的外泌體方案。', 'suitability', ''),
    ('限量20名！外泌體水光療程早鳥優惠。', 'promotion', ''),
    ('外泌體是醫美界的下一波浪潮，絕對值得持續關注。', 'none', 'trend hype without efficacy or safety content (rule 8)'),
]))
# ---- END WRITTEN ----


def side(url):
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    return "test" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "train"


def norm_key(t):
    t = unicodedata.normalize("NFKC", t)
    return " ".join(t.split()).casefold()


def norm_alnum(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())


def build():
    recs = []
    for slug, source, origin, rows in PAGES:
        for text, label, note in rows:
            recs.append(dict(text=text, label=label, source=source,
                             group="h3-zh-" + slug, origin=origin, note=note))
    for gname, source, rows in WRITTEN:
        for text, label, note in rows:
            recs.append(dict(text=text, label=label, source=source,
                             group=gname, origin="", note=note))
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h3-zh-TW-%04d" % i, "text": r["text"], "label": r["label"],
                    "lang": "zh-TW", "source": r["source"], "group": r["group"],
                    "origin": r["origin"], "note": r["note"]})
    return out


def check(recs):
    ok = True
    used = set(l.strip() for l in open(USED, encoding="utf-8") if l.strip())
    # basic fields
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or not t.strip():
            print("BAD TEXT", r["id"]); ok = False
        if r["label"] not in LABELS:
            print("BAD LABEL", r["id"]); ok = False
        if r["source"] not in SOURCES:
            print("BAD SOURCE", r["id"]); ok = False
        if not r["group"].startswith("h3-zh-"):
            print("BAD GROUP", r["id"]); ok = False
        written = r["source"] in ("written", "handout-style")
        if written != (r["origin"] == ""):
            print("ORIGIN/SOURCE MISMATCH", r["id"]); ok = False
        if r["origin"]:
            if r["origin"] in used:
                print("USED ORIGIN", r["id"]); ok = False
            if side(r["origin"]) != "test":
                print("WRONG SIDE", r["id"]); ok = False
    # origin <-> group one-to-one; group has one source
    o2g = defaultdict(set); g2o = defaultdict(set); g2s = defaultdict(set)
    for r in recs:
        g2s[r["group"]].add(r["source"])
        if r["origin"]:
            o2g[r["origin"]].add(r["group"]); g2o[r["group"]].add(r["origin"])
    for o, gs in o2g.items():
        if len(gs) != 1:
            print("ORIGIN IN SEVERAL GROUPS", sorted(gs)); ok = False
    for g, os_ in g2o.items():
        if len(os_) != 1:
            print("GROUP WITH SEVERAL ORIGINS", g); ok = False
    for g, ss in g2s.items():
        if len(ss) != 1:
            print("GROUP MIXES SOURCES", g); ok = False
    wsize = Counter(r["group"] for r in recs if not r["origin"])
    for g, n in wsize.items():
        if not 4 <= n <= 14:
            print("WRITTEN BATCH SIZE", g, n); ok = False
    # exact uniqueness
    seen = {}
    for r in recs:
        k = norm_key(r["text"])
        if k in seen:
            print("DUPLICATE TEXT", seen[k], r["id"]); ok = False
        seen[k] = r["id"]
    # near-duplicates within mine
    mine = [(r["id"], norm_alnum(r["text"]), r["text"]) for r in recs]
    for i in range(len(mine)):
        for j in range(i + 1, len(mine)):
            a, b = mine[i][1], mine[j][1]
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                print("NEAR-DUP WITHIN", mine[i][0], mine[j][0]); ok = False
    # near-duplicates against other zh-TW sentences in bench/claims (texts not printed)
    others = []
    for path in sorted(glob.glob(os.path.join(BENCH, "**", "*.jsonl"), recursive=True)):
        rel = os.path.relpath(path, BENCH)
        if rel.startswith("train2" + os.sep) or rel.startswith("holdout3" + os.sep):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                if o.get("lang") == "zh-TW":
                    others.append(norm_alnum(o.get("text", "")))
    others = list(set(others))
    print("compared against", len(others), "other zh-TW sentences")
    hits = 0
    for rid, a, text in mine:
        for b in others:
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                print("NEAR-DUP WITH BENCH", rid, text); ok = False; hits += 1
                break
    print("near-dup hits against bench:", hits)
    return ok


def report(recs):
    n = len(recs)
    lab = Counter(r["label"] for r in recs)
    src = Counter(r["source"] for r in recs)
    print("total", n)
    for l in LABELS:
        print("  %-13s %4d  %5.1f %%" % (l, lab[l], 100.0 * lab[l] / n))
    for s in SOURCES:
        print("  %-13s %4d" % (s, src[s]))
    w = src["written"] + src["handout-style"]
    print("written+handout %d (%.1f %%)" % (w, 100.0 * w / n))
    print("pages", len(set(r["origin"] for r in recs if r["origin"])))
    print("groups", len(set(r["group"] for r in recs)))
    return lab, w, n


if __name__ == "__main__":
    recs = build()
    good = check(recs)
    lab, w, n = report(recs)
    if n < 300:
        print("WARN: fewer than 300"); good = False
    for l in LABELS[:-1]:
        if lab[l] < 22:
            print("WARN: kind below 22:", l); good = False
    if not 0.40 <= lab["none"] / n <= 0.50:
        print("WARN: none share out of range"); good = False
    if w / n > 0.25:
        print("WARN: written share above 25 %"); good = False
    if not good and "--force" not in sys.argv:
        print("NOT WRITTEN (checks failed)")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
