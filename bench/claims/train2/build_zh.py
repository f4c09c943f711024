#!/usr/bin/env python3
"""Build bench/claims/train2/zh-TW.jsonl (t2 zh-TW training sentences). Records are data below; checks run before writing."""
# Page-derived records for t2 zh-TW: (group_suffix, source, origin, [(text, label, note), ...])
PAGES = [
("ishinkai", "clinic", "https://ishinkai-lab.com/exosome", [
 ("外泌體療程在演藝圈和社群上口碑爆棚，指名詢問的人越來越多。", "social_proof", "popularity/celebrity buzz on a seller page"),
 ("外泌體早在1980年代就被發現，2007年才確認裡面帶有能在細胞間傳話的微型RNA。", "none", ""),
 ("外泌體的粒徑約50到150奈米，外層是一層脂質膜。", "none", ""),
 ("美容上，外泌體被期待用於肌膚抗老與髮量稀疏，健康面則是組織修復，但多半仍在研究中。", "none", "hedged (被期待, 仍在研究)"),
 ("Q：外泌體點滴和局部注射差在哪？A：點滴是經血液走全身，注射則集中打在想改善的部位。", "none", "FAQ, neutral procedure fact"),
 ("本文也整理了外泌體療程的費用行情，以及怎麼挑選值得信賴的院所。", "none", ""),
]),
("ajclinic", "clinic", "https://www.aj-clinic.com/column/2114", [
 ("本院使用安全性經嚴格把關的幹細胞培養上清液來進行外泌體點滴。", "safety", "unqualified safety assurance"),
 ("外泌體來自人類細胞，不易引起排斥、對身體負擔小，副作用風險自然很低。", "safety", "'own/human origin, so safe'"),
 ("施打處偶爾會微微泛紅腫脹，通常一到三天就自己消了，完全不必擔心。", "safety", "minimisation offered as reassurance"),
 ("極少數人可能出現過敏，甚至是全身性的嚴重過敏反應。", "none", "factual risk statement"),
 ("對外泌體點滴有興趣的朋友，歡迎來電或線上預約諮詢。", "promotion", ""),
 ("24小時網路預約｜疼痛科・骨科・美容門診", "promotion", "booking line"),
 ("點滴後皮膚容易乾燥，建議加強保濕、避免刺激。", "none", "aftercare"),
]),
("kyotosc", "clinic", "https://kyoto-sclinic.com/column/exosome-side-effects", [
 ("外泌體點滴能修復隨年齡衰退的細胞，帶來由內而外的回春效果。", "benefit", "page's soft 期待できる rendered as the clinic's claim"),
 ("對受損毛囊與頭皮也有修復作用，有掉髮困擾的人一樣很推薦。", "benefit", "also suitability; specific effect wins"),
 ("不過，就算是外泌體點滴，也不能保證一定不會有副作用。", "none", "negation"),
 ("扎針的地方可能短暫紅、腫、痛，多半很快就退，不用太擔心。", "safety", "minimisation as reassurance"),
 ("症狀如果一直沒退，請盡快回診讓醫師處理。", "none", ""),
 ("因為體質差異，少數人會對上清液裡大量的蛋白質過敏，出現疹子或蕁麻疹。", "none", ""),
]),
("setagaya", "clinic", "https://www.setagaya-dm.clinic/blog/exosome/insurance-coverage/?p=6556", [
 ("站在再生醫療最前線的外泌體療法，能從根本拉抬肌膚與身體的整體狀態。", "benefit", "also comparison (最前線)"),
 ("目前外泌體療法不在健保給付範圍，一律全額自費。", "none", "honest cost information"),
 ("原因在於它主要用於美容、回春與保養，不是用來治療疾病或傷害。", "none", ""),
 ("點滴、局部注射或導入，不同給藥方式的費用行情都不一樣。", "none", ""),
 ("自費療程能不能列入醫療費用扣除，要看目的而定，建議先向稅務單位確認。", "none", ""),
 ("門診時間 09:30–13:00／14:30–18:00，國定假日照常看診（收件至結束前15分鐘）。", "promotion", "seller's booking/hours line"),
]),
("wclinicmens", "clinic", "https://mens.wclinic-osaka.jp/exosomes/6017/", [
 ("覺得年紀漸長、體力與身體機能開始走下坡的男性，最推薦本院的外泌體療法。", "suitability", ""),
 ("不論皺紋斑點，還是視力、肌力、免疫力下滑，外泌體都能從根本一次解決。", "benefit", ""),
 ("外泌體能活化全身的體性幹細胞，帶來強大的皮膚與血管再生作用。", "benefit", "mechanism as result"),
 ("・改善勃起功能障礙（ED）", "benefit", "indication list item on seller page"),
 ("・改善肝功能異常", "benefit", "indication list item"),
 ("・改善失眠與憂鬱狀態", "benefit", "indication list item"),
 ("副作用不一定會出現，常見的也只是輕微泛紅或腫脹而已。", "safety", "minimisation as selling point"),
 ("外泌體取自牙髓、臍帶、脂肪、骨髓等間質幹細胞培養後的上清液。", "none", "neutral source description"),
]),
("vfight", "forum", "https://v-fightclub.jp/393", [
 ("我在醫美診所待了五年、經手過好幾百位外泌體客人，來聊聊業界的真實狀況。", "none", "blogger's background, no treatment claim"),
 ("它在日本目前還有不少「灰色地帶」，選哪家診所、期待值怎麼設都非常關鍵。", "none", ""),
 ("幹細胞來源的外泌體富含PDGF、FGF、VEGF等生長因子，會促進老化細胞的修復與再生。", "benefit", "mechanism as result, unhedged"),
 ("IG廣告天天看到，但到底能不能信？這篇把風險和失敗案例一次講清楚。", "none", ""),
 ("海外和日本的法規、品質標準差很多，不要只比價格。", "none", ""),
]),
("firemethod", "clinic", "https://www.fire-method.com/blogs/4837/", [
 ("缺點①不適用健保、費用偏高（自費診療）", "none", "honest cost line"),
 ("外泌體精製相當耗時費工，價格自然比一般點滴高出許多。", "none", ""),
 ("缺點②見效需要時間：大約兩週到半年以上才看得出變化。", "benefit", "result-timing line (rule 8) although framed as a drawback; uncertain"),
 ("缺點③效果維持不久，需要定期回來補打。", "none", ""),
 ("文末還會教你怎麼用更划算的價格打外泌體點滴！", "promotion", ""),
 ("外泌體點滴是把細胞培養時分泌的多種生物活性物質收集起來，再注入體內。", "none", ""),
]),
("kantie-crt", "news", "https://kantie.org/news/556140519", [
 ("業者宣稱握有全國獨家專利，不用開刀住院，打一針就能豐胸。", "none", "宣稱 distance"),
 ("這項號稱「自體膠原再生」的豐胸技術，其實只是抽血培養後再打回體內。", "none", "號稱 + refutation"),
 ("機構先開價近兩百萬人民幣，再以熟人介紹為由砍到五十多萬。", "none", "news reporting a price"),
 ("她原本以為沒有刀口的自體再生技術，效果會比假體更自然、更安全。", "none", "victim's belief reported in a critical piece"),
 ("兩年後，原本對稱的胸部慢慢變形，連哺乳都成了問題。", "none", ""),
 ("這類廣告話術放大了容貌焦慮，讓人忽略療程本身的風險。", "none", ""),
]),
("lanzhou", "news", "https://www.xinxilanzhou.com/2026/0318/224257.shtml", [
 ("晚會揭露外泌體亂象後，市場監管局當晚開緊急會議，隔天就對醫美機構突擊檢查。", "none", ""),
 ("執法人員逐一翻查外泌體產品的進貨紀錄與使用紀錄，查有無使用未註冊產品或違規注射。", "none", ""),
 ("同步核對廣告內容，嚴查誇大功效、虛假宣傳與網紅不當代言。", "none", ""),
 ("涉嫌犯罪者將移送司法，查處結果也會公開。", "none", ""),
]),
("lxwg", "news", "https://www.lxwg.cn/drugnewDescription/4742.html", [
 ("暗訪中，多家美容機構聲稱幹細胞能「返老還童」「治癒癌症」，卻拿不出任何醫學證據。", "none", "聲稱 + refutation"),
 ("所謂「德國進口幹細胞」，其實是藥局買來的生理食鹽水，一支卻賣近三十萬。", "none", ""),
 ("宣稱提供幹細胞美容的機構超過兩萬家，具合法資質的只有一百多家。", "none", ""),
 ("機構秀出的「注射後年輕20歲」對比照，部分主角竟是花錢請來的演員。", "none", ""),
 ("還有機構開設「弟子班」，繳費就能拿到「幹細胞美容大師」頭銜。", "none", ""),
]),
("5455", "news", "https://5455.org/minsheng/692452.html", [
 ("她聽信美容院能注射幹細胞除皺，花了近萬元，一年後眉心卻鼓出兩條條狀腫塊。", "none", ""),
 ("一位醫師每月都會遇到十幾位打了「幹細胞」「外泌體」等不明注射物而臉部結節的求美者。", "none", ""),
 ("幹細胞被譽為能長成參天大樹的種子，但真正獲准使用的醫學成果仍非常少。", "none", "被譽為 + refutation"),
 ("在醫美與保健圈，幹細胞概念產品被吹捧成「凍齡」「逆齡」的祕密武器，在有錢人之間熱賣。", "none", "被吹捧 distance"),
 ("局部組織異常增生，多半和皮下注射生長因子有關。", "none", ""),
]),
("reportify", "news", "https://reportify.cn/tags/product?tagValue=%E8%BD%BB%E6%BE%84", [
 ("「外泌體這兩年超紅，是抗老界的寵兒！」——這是直播主最常用的開場白。", "none", "quoted hype framed by the report"),
 ("主播口中的神奇物質，作用機轉與臨床測試其實都還不明確，多停留在學術研究階段。", "none", ""),
 ("網路上也湧現大量投訴：「做完外泌體整張臉感染、狂冒痘。」", "none", ""),
 ("截至目前，中國大陸尚無任何外泌體藥品獲准上市。", "none", ""),
 ("主管機關的徵求意見稿擬把具治療功能的外泌體納入藥品監管，但目前仍只是草案。", "none", ""),
]),
("yahoo-pdrn", "news", "https://tw.news.yahoo.com/%E9%86%AB%E7%BE%8E%E7%88%86%E7%B4%85%E6%88%90%E5%88%86pdrn-%E6%93%A6%E5%9C%A8%E8%87%89%E4%B8%8A%E7%9C%9F%E7%9A%84%E6%9C%89%E7%94%A8-%E7%9A%AE%E8%86%9A%E7%A7%91%E9%86%AB%E5%B8%AB%E6%8F%AD-%E7%94%A8%E9%8C%AF%E6%83%85%E6%B3%81%E5%8F%AA%E6%98%AF%E7%99%BD%E8%8A%B1%E9%8C%A2-103330607.html", [
 ("藥妝店架上的精華液紛紛打上「PDRN」「醫美級修復」，但擦在臉上真的有用嗎？", "none", "quoted label words in a sceptical question"),
 ("PDRN是從鮭魚或鱒魚精巢萃取的DNA片段，原本多用在醫療注射。", "none", ""),
 ("皮膚科醫師提醒，PDRN在醫療端的定位是修復，而不是讓皮膚「逆齡」。", "none", ""),
 ("細胞研究顯示PDRN有修復潛力，但實驗室有效，不等於日常塗抹也能有同樣效果。", "none", ""),
 ("如果期待一擦就淡紋、拉提，多半會失望。", "none", ""),
]),
("yahoo-salmon", "news", "https://tw.news.yahoo.com/%E9%AD%9A%E7%B2%BE%E7%BE%8E%E9%A1%8F%E9%87%9D%E7%82%BA%E4%BD%95%E5%A4%A7%E5%8F%97%E6%AD%A1%E8%BF%8E-%E5%8F%88%E6%9C%89%E4%BB%80%E9%BA%BC%E7%88%AD%E8%AD%B0-083355298.html", [
 ("多核苷酸被捧為下一個護膚「奇蹟」，在幾位名人公開分享後迅速爆紅。", "none", "被捧為 distance; celebrity use described"),
 ("一位英國歌手告訴粉絲填充物「已經退流行」，改打多核苷酸，還形容它像「深層維他命」。", "none", "news describing a celebrity's remark"),
 ("這項療程希望藉魚類DNA片段刺激皮膚多產生膠原蛋白與彈力蛋白。", "none", "希望 = aim, hedged"),
 ("打進臉裡的不是純精液，而是萃取出來的微小DNA片段。", "none", ""),
]),
("hk01-salmon", "news", "https://zh.hk01.com/%E7%8E%AF%E7%90%83%E8%B6%A3%E9%97%BB/60211063/%E6%96%B0%E5%9E%8B%E5%8C%BB%E7%BE%8E%E7%96%97%E7%A8%8B%E7%BE%8E%E5%9B%BD%E7%88%86%E7%BA%A2-%E7%9A%AE%E8%82%A4%E6%B3%A8%E5%B0%84-%E4%B8%89%E6%96%87%E9%B1%BC%E7%B2%BE%E6%B6%B2-%E8%83%BD%E6%8A%97%E8%A1%B0%E8%80%81", [
 ("紐約一名使用者說，這種療法讓她膚色變亮、老化跡象變淡，整張臉容光煥發。", "benefit", "uncritical news testimonial with specific outcome"),
 ("加州一位皮膚科醫師受訪時表示，玻尿酸填充做不到多核苷酸那樣的抗老效果。", "comparison", "uncritical expert quote"),
 ("多位醫師透露，多核苷酸注射尚未獲美國FDA正式核准，屬仿單標示外使用。", "none", ""),
 ("在紐約部分診所，這項療程還要另外加價三百多美元起跳。", "none", "news cost information"),
 ("多核苷酸最早在韓國與歐洲流行，起初多用在雷射或微針後的局部修復。", "none", ""),
]),
("yahoo-uro", "news", "https://tw.news.yahoo.com/%E5%A4%96%E6%B3%8C%E9%AB%94%E9%99%A4%E4%BA%86%E9%86%AB%E7%BE%8E%E9%82%84%E8%83%BD%E5%81%9A%E4%BB%80%E9%BA%BC-%E6%B3%8C%E5%B0%BF%E7%A7%91%E4%B9%9F%E7%98%8B%E5%A4%96%E6%B3%8C%E9%AB%94-041000277.html", [
 ("外泌體除了醫美，也被研究當作泌尿系統疾病的早期診斷標記。", "none", ""),
 ("尿液外泌體裡的特定RNA，已被用來提升攝護腺癌診斷的準確度。", "none", "diagnostic use, no treatment claim"),
 ("研究者期待它未來在組織修復與個人化治療上帶來新的可能。", "none", "hedged"),
 ("從尿液或血液分離外泌體相對穩定又容易取得，被視為有潛力的液體活檢工具。", "none", ""),
]),
("regenbiz", "news", "https://regeneration-medicine.biz/2026/02", [
 ("PRP不必培養細胞，所以費用比幹細胞治療低很多，單次約數萬到二十多萬日圓不等。", "none", "cost information, neutral contrast"),
 ("APS被期待止痛效果能比PRP維持更久，但價格也比較高。", "none", "hedged comparison"),
 ("不用開刀也不必住院，當天就能回家，這份輕鬆正是PRP的魅力。", "safety", "no-downtime selling point"),
 ("比價時記得確認有沒有含診察費、檢查費，會不會另外加收。", "none", "advice"),
 ("醫師可能建議打好幾次，總金額也會跟著變動。", "none", ""),
]),
("kimura", "clinic", "https://kimuraseikei.jp/treatment/prp", [
 ("使用自己的血液，安全性高，幾乎不用擔心排斥或感染。", "safety", ""),
 ("只需注射、不必動刀，身體負擔極小。", "safety", ""),
 ("不只緩解疼痛，還能促進受損組織修復。", "benefit", ""),
 ("特別適合「保守治療效果有限、但還不想開刀」的人。", "suitability", ""),
 ("採血約20ml→離心取出PRP→注射到患部，約30分鐘完成。", "none", "procedure steps"),
 ("PRP屬自費項目，效果因人而異，有人一次見效，也有人需要多打幾次。", "none", "honest"),
]),
("bouchard", "clinic", "https://bouchard-prp.arts-med.com/%e9%96%a2%e7%af%80%e3%81%aeprp%e5%86%8d%e7%94%9f%e6%b2%bb%e7%99%82", [
 ("因為用的是自己的血，感染與免疫反應等併發症都能降到最低，是很安全的治療。", "safety", "own blood, so safe"),
 ("把PRP注射到受損組織，可望加速癒合、減輕疼痛。", "none", "hedged (可望)"),
 ("讓因老化磨損的關節軟骨再生，一直是醫界長年努力的方向。", "none", ""),
 ("近來，運用血小板中修復成分的PRP治療備受矚目。", "none", "trend"),
]),
("arex", "news", "https://ar-ex.jp/toritsudai/291848651591/%E5%A4%89%E5%BD%A2%E6%80%A7%E8%86%9D%E9%96%A2%E7%AF%80%E7%97%87%E3%81%AEPRP%E7%99%82%E6%B3%95%E3%81%A8%E3%81%AF%EF%BC%9F%E5%8A%B9%E6%9E%9C%E3%83%BB%E8%B2%BB%E7%94%A8%E3%83%BB%E3%82%A8%E3%83%93%E3%83%87%E3%83%B3%E3%82%B9", [
 ("玻尿酸越打越沒感覺、又不想開刀的膝關節炎患者，正是PRP療法最適合的族群。", "suitability", ""),
 ("本文根據統合分析與國內研究，整理PRP的效果、費用與副作用。", "none", "describes sources, no claim"),
 ("估計有兩千多萬人影像上看得到膝關節變形，其中數百萬人有症狀。", "none", ""),
 ("退化程度以K-L分級評估，從0級正常到4級重度。", "none", ""),
 ("風險因子包括年齡、肥胖、O型腿、舊傷和遺傳。", "none", ""),
]),
("nofat-hk", "news", "http://salon.no-fatclinic.com/2012/11/blog-post_23.html", [
 ("醫院藥劑師學會調查發現，包括PRP在內的數種醫學美容療程缺乏充分臨床實證。", "none", "blog repost of HK news"),
 ("PRP若在非無菌環境下抽取與處理，可能引致嚴重感染。", "none", ""),
 ("學會建議，所有高風險醫學美容程序都應由合資格、受過訓練的醫生執行。", "none", ""),
 ("調查時仍有數家美容機構提供PRP等高風險療程。", "none", ""),
]),
("kansaibou", "salon", "https://research.kansaibou.online/stemcell-cosmetics", [
 ("幹細胞培養上清液就像「美容成分的綜合商社」，一瓶囊括數百種有效成分。", "benefit", "metaphor asserting effect"),
 ("比起單一的外泌體，培養上清液能從多個角度同時作用，效果更全面。", "comparison", ""),
 ("上清液是培養幹細胞時、把細胞去除後留下的上層液體。", "none", ""),
 ("年紀增長，膠原蛋白與彈力蛋白的生成能力會跟著下降。", "none", ""),
 ("別被一時的流行牽著走，學會看懂成分表才是聰明選購。", "none", ""),
]),
("queencleansing", "salon", "https://queen-of-cleansing.net/2018/10/24/hitokansaibou/", [
 ("人類幹細胞，堪稱全球最受矚目的終極抗老法。", "comparison", "superlative ranking; also social_proof"),
 ("讀完這篇，你也能跟朋友解釋什麼是幹細胞保養品。", "none", ""),
 ("看到自拍裡的老態嚇一跳？不想變老的心情，每個人都懂。", "none", ""),
]),
("japanesehealth", "news", "https://japanesehealth.org/?p=143584", [
 ("日本厚生勞動省在2024年7月發出提醒，關切外泌體與幹細胞培養上清液療程的安全性。", "none", ""),
 ("所謂「人類幹細胞保養品」並不含活的幹細胞，主成分是培養上清液。", "none", ""),
 ("研究顯示搭配雷射時，皺紋與色素有統計上的改善，但單獨當保養品用的大型數據仍有限。", "none", "bounded evidence"),
 ("在日本，化粧品依法不能宣稱「細胞再生」或「防止老化」之類的效果。", "none", ""),
]),
("ebisunobu", "salon", "https://ebisunobuclinic.shop/blogs/information-sources/%E5%B9%B9%E7%B4%B0%E8%83%9E%E5%9F%B9%E9%A4%8A%E6%B6%B2%E3%81%AE%E7%BE%8E%E5%AE%B9%E5%8A%B9%E6%9E%9C%E3%81%A8%E3%81%AF-%E6%9C%80%E6%96%B0%E3%82%A8%E3%83%93%E3%83%87%E3%83%B3%E3%82%B9%E3%81%A7%E3%82%8F%E3%81%8B%E3%82%8B%E8%82%8C%E5%86%8D%E7%94%9F%E3%81%AE%E4%BB%95%E7%B5%84%E3%81%BF", [
 ("美容診所與高端保養品牌紛紛導入幹細胞培養液，已是抗老界的新顯學。", "social_proof", "adoption/popularity as proof"),
 ("研究證實，培養液中的FGF、IGF能活化纖維母細胞，提升膠原與彈力蛋白生成。", "benefit", "vague study citation for efficacy"),
 ("・臉部線條鬆弛獲得改善", "benefit", "expected-change list item"),
 ("・法令紋明顯變淡", "benefit", "list item"),
 ("它像是補足細胞活力的「增壓器」，把肌膚原本的修復力拉回來。", "benefit", "metaphor asserting effect"),
 ("培養液不是幹細胞本身，而是培養時分泌的生理活性物質集合。", "none", ""),
]),
("sukkiri", "salon", "https://sukkiri.net/human-stemcell-erabikata", [
 ("使用人類幹細胞培養液保養品的人越來越多，連男性愛用者都大增。", "social_proof", "popularity"),
 ("大型化粧品公司雖然在研究，對商品化仍相當謹慎。", "none", ""),
 ("只看網路口碑選品，硬撐著用不合的產品，反而可能引起皮膚問題。", "none", ""),
 ("培養液原料很貴，售價大致跟添加量成正比。", "none", ""),
 ("最後還是要實際試用，確認適不適合自己的膚質。", "none", ""),
]),
("happyperson", "salon", "http://happy-person.net/dds-matrix-extract/2499.html", [
 ("幹細胞保養品裡放的不是幹細胞本身，而是培養後得到的萃取液。", "none", ""),
 ("成分表上多半寫成「人類脂肪細胞順化培養液萃取物」這類名稱。", "none", ""),
 ("這款從原料到製造都在日本完成的精華，詳細介紹請點這篇。", "promotion", "affiliate product push"),
 ("植物性產品可能含有幹細胞本體，動物性的則不會。", "none", ""),
]),
("twgreat", "news", "https://twgreatdaily.com/zh-tw/bc8931f9d5225b2c76fed68ec5e304f8.html", [
 ("監管單位提醒，除造血幹細胞移植外，其他幹細胞治療都還在臨床研究階段。", "none", ""),
 ("已備案的幹細胞臨床研究中，沒有一項是關於抗老或美容。", "none", ""),
 ("某機構主打「筋膜再生童顏術」「細胞外泌體塑型」，「童顏」「逆齡」等字眼明顯誇大。", "none", "quoted names refuted"),
 ("所謂的專業術語，常只是拿來說服不熟悉生技的消費者。", "none", ""),
]),
("jiusong-21", "news", "https://www.jiusongjiankang.com/health/beauty/8046960.html", [
 ("專家指出，幹細胞美容屬於「偽概念」，並未獲科學驗證或核准。", "none", ""),
 ("市面上「一針年輕10歲」「幹細胞逆齡」等說法，都屬虛假宣傳。", "none", "quoted hype refuted"),
 ("層層代理讓幹細胞美容價格不透明，利潤空間極大。", "none", ""),
 ("真的想做醫學美容，應選擇合法的醫療機構。", "none", "advice"),
]),
("ytmpwy", "news", "http://ytmpwy.cn/html/saishiqianzhan/2022/0223/16461.html", [
 ("監管單位發現，市場上大量廣告聲稱幹細胞能抗衰、美容、控糖、抗癌。", "none", ""),
 ("宣傳資料稱從腹部抽脂分離幹細胞，回輸後可作用於皮膚、運動、生殖與神經系統。", "none", "宣傳資料稱 distance"),
 ("記者循登記地址找去，發現辦公地點和它宣稱的「國際幹細胞研究轉化單位」相去甚遠。", "none", ""),
]),
("livskin", "clinic", "https://www.livskinspecialist.my/should-malaysians-go-stem-cell-facial-treatment/", [
 ("要不要做幹細胞臉部療程，取決於你的肌膚需求與個人偏好。", "none", ""),
 ("好消息是，你的幹細胞就能幫你改善膚況。", "benefit", ""),
 ("幹細胞是體內唯一天生就能生成新類型細胞的細胞。", "none", "biology"),
 ("週二至週日上午10點到晚上7點營業，週一公休，預約請來電或傳訊息。", "promotion", "contact/booking line"),
]),
("shiromoto", "clinic", "https://shiromoto.to/pc/ct/injection/column/001.php", [
 ("在各種再生醫療中，幹細胞點滴因為簡單方便，人氣一路攀升。", "social_proof", "popularity"),
 ("幹細胞點滴補足流失的幹細胞，讓體內組織重新年輕起來。", "benefit", ""),
 ("本文也比較幹細胞點滴和一般美容點滴在費用與效果上的差異。", "none", ""),
 ("過去培養幹細胞用過的培養液，原本都是直接丟棄的。", "none", ""),
]),
("stemcellsor", "news", "https://stemcells.or.jp/esthetic/", [
 ("只有依再生醫療安全確保法取得認可的診所，才能進行使用幹細胞的醫療。", "none", ""),
 ("美容沙龍用的不是幹細胞本身，而是幹細胞培養液。", "none", ""),
 ("在沙龍做培養液護理，單次約五到十萬日圓，多以五次或十次的課程販售。", "none", "cost information"),
 ("上網一搜，會看到許多診所標榜用幹細胞回春、抗老。", "none", "標榜 distance"),
]),
("gclinic19", "clinic", "https://gclinic.jp/contents/column/blog_vol19_20230227_01.html", [
 ("再生醫療的目標，是借助細胞本身的力量，讓失去的功能恢復。", "none", "stated aim"),
 ("間質幹細胞可轉變為肌肉或軟骨，是再生醫療最常用的細胞。", "none", ""),
 ("日本依風險高低把再生醫療分為第一、二、三種，iPS與ES細胞屬第一種。", "none", ""),
 ("就像蜥蜴斷尾能再長回來，人體本來也有再生的能力。", "none", "metaphor without a treatment claim"),
]),
("zenclinic", "clinic", "https://www.zenclinic.jp/column/stem-cell-therapy/556/", [
 ("幹細胞治療是近來很受注目的新型美容法。", "none", "trend"),
 ("自費接受幹細胞治療，少說也要數十萬日圓，高的甚至上千萬。", "none", "cost information"),
 ("適用健保時可申請高額療養費制度減輕負擔，但要先自行墊付。", "none", ""),
]),
("ginzastemfine", "clinic", "https://ginza-stemfine.clinic/column/column-1002", [
 ("最近總覺得累、在意肌膚和頭髮的變化？外泌體點滴或許有機會改善這些「還不算病」的不適。", "none", "hedged (或許有機會)"),
 ("外泌體被認為能從多方面調整身體平衡，例如肌膚再生與消除疲勞。", "none", "被認為 hedge"),
 ("你知道嗎？厚生勞動省其實已經針對外泌體治療發出提醒。", "none", ""),
 ("在醫療上，「找誰商量」和「做什麼」一樣重要。", "none", ""),
 ("多數糾紛起因於只憑「好像有效」的模糊資訊，就挑了不可靠的診所。", "none", ""),
]),
("shincho", "news", "https://shinchonews.com/society/42234.html", [
 ("厚勞省指出，目前沒有任何外泌體產品取得國家藥事核准，安全性也未經確認。", "none", ""),
 ("對於宣稱能治病、讓人誤以為是核准藥品的產品，地方政府將加強指導取締。", "none", ""),
 ("部分診所宣稱外泌體能抗老、改善膝痛，自費療程因而快速擴張。", "none", "宣稱 distance"),
]),
("hostlove", "forum", "https://news.hostlove.com/view.cgi?a=kanto&topic_id=136991", [
 ("轉貼新聞：厚勞省要求各地徹底取締宣傳外泌體療效的廣告與販售。", "none", ""),
 ("醫療機構若要做外泌體自費療程，被要求參考學會的品質與風險管理手冊。", "none", ""),
]),
("girlschannel", "forum", "https://girlschannel.net/topics/amp/4857730", [
 ("主文：學會通報了一起使用幹細胞培養上清液後的死亡案例，細節目前仍不清楚。", "none", ""),
 ("研究者指出，至今沒有任何人體實證顯示注射外泌體能治好什麼病。", "none", ""),
 ("多數情況大概是把基礎研究的結果，跳躍式包裝成「對人有各種效果」「很安全」。", "none", "quoted hype refuted"),
 ("來自人體的奈米顆粒可能有感染風險，製程不明也可能混入雜質。", "none", ""),
 ("明明是很拗口的名詞，卻在社群上掀起一陣熱議。", "none", ""),
]),
("ycjthb", "news", "http://www.ycjthb.cn/ganxibao/3494.html", [
 ("診間走廊掛著某港台女星的巨幅照片，自稱醫師的人得意地說「她就是在我們這邊做的」。", "none", "celebrity claim reported with distance (自稱) in an exposé"),
 ("「注射自體幹細胞比羊胎素更安全，完全沒有副作用。」", "safety", "bare seller quote from an undercover report (holdout2 decision 1); also comparison"),
 ("現在儲值六萬，就送價值七萬五的美容卡，所有項目通用、永不過期。", "promotion", "bare seller quote from an undercover report"),
 ("「打完當天就能上班，外表完全看不出來。」", "safety", "bare seller quote; no-downtime"),
 ("專家表示，衛生部門早已叫停所謂的幹細胞美容，也從未核准任何相關項目。", "none", ""),
]),
("jingyan", "news", "http://jingyanzongjie.com/a/13/05143S9162022.html", [
 ("衛生部門責令醫院停止「自體血清注射」項目，並調查其他疑似開辦的機構。", "none", ""),
 ("所謂「殭屍美容」，是把自己的血抽出來提煉培養再輸回體內，號稱能抗老。", "none", "號稱 distance"),
 ("專家指出，目前沒有科學證據證明換血能抗衰老，一旦細菌感染還可能引發敗血症。", "none", ""),
]),
("sina2006", "news", "http://news.sina.com.cn/o/2006-01-05/13217902916s.shtml", [
 ("美容院老闆推薦一款「美國進口幹細胞原液」，說不只除皺，還能讓全身由內而外年輕。", "none", "seller's pitch reported in an exposé"),
 ("合約上寫明：第四週休眠幹細胞全面激活，看起來年輕五到十歲。", "benefit", "the seller's written guarantee quoted without refutation in the sentence"),
 ("打到第十二針，她全身冒出紅疹、奇癢難耐，醫院診斷為過敏。", "none", ""),
 ("最後她白髮變多、提早停經，每天只睡得著一小時。", "none", ""),
]),
("realcontents", "news", "https://realcontents.jp/medical/?p=614", [
 ("PRP與幹細胞治療副作用風險相對低、客單價又高，可望成為診所自費營收的新支柱。", "safety", "risk minimisation as selling point (to clinics)"),
 ("以為買台離心機，明天就能開始做PRP？答案是不行。", "none", ""),
 ("沒依法提出再生醫療提供計畫就施作，就是違法。", "none", ""),
 ("得準備大量文件、通過外部委員會審查，再向國家申報。", "none", ""),
]),
("himeclinic", "clinic", "https://hime.clinic/archives/118236", [
 ("本院是合法登錄的第三種再生醫療提供機構，已取得提供計畫編號，審查與申報齊全。", "approval", "registration used as proof"),
 ("院長長年投入新生兒與急救醫療，把組織再生的專業帶進美容醫療。", "approval", "doctor's background used as credential; uncertain vs social_proof"),
 ("引出自身的治癒力，提供安全又令人信服的皮膚再生治療。", "safety", "unqualified 'safe'"),
 ("PRP 2.0 方案｜兩次治療＋全套診察 ¥580,000", "promotion", "price line (number changed)"),
 ("PRP一般歸為第三種再生醫療，須經認定委員會審查並向主管大臣提出計畫。", "none", ""),
 ("目錄：安全性・恢復期・風險／常見問題Q&A／名詞解釋", "none", "neutral heading"),
]),
("loop18", "news", "https://loop18.net", [
 ("美容用的PRP療法也在再生醫療新法的規範內，必須提出提供計畫。", "none", ""),
 ("牙科植體常用的CGF同樣是濃縮自體血小板，也得辦理相關手續。", "none", ""),
]),
("gd04", "news", "https://mw.gd04-demo.net/?p=1365", [
 ("導入PRP、幹細胞治療的醫療機構逐年增加。", "none", "trend"),
 ("如果在院內自行製作細胞加工物，要先申報設施結構與品質管理方式。", "none", ""),
 ("委託外部加工脂肪幹細胞的話，就不需要提出細胞加工物製造申報。", "none", ""),
]),
("jointseikei", "clinic", "https://joint-seikei.com/?p=9536", [
 ("多數再生醫療不同於標準治療，療效並沒有保證。", "none", ""),
 ("風險分類只反映風險高低，跟療效大小無關。", "none", ""),
 ("有些再生醫療其實是以「研究」而不是「治療」的名義進行。", "none", ""),
 ("第一種是iPS、ES或他人幹細胞等高風險項目；第三種則利用細胞原有功能，風險相對較低。", "none", ""),
]),
("hiroclinic", "clinic", "https://hiro-clinics.jp/column/medical-information/4929", [
 ("本文僅供一般資訊參考，並非推薦特定治療。", "none", ""),
 ("效果因人而異，不一定能得到文中所寫的效果。", "none", ""),
 ("所使用的外泌體製劑，多數為國內未核准產品。", "none", ""),
 ("社群和口碑網站上，「做了外泌體卻沒效」的聲音越來越多。", "none", ""),
]),
("in4rich", "news", "https://in4rich.com/exosome-clinic-fraud-alert", [
 ("標榜「99.9%純度外泌體」的診所，更要打個問號。", "none", "標榜 + doubt"),
 ("有些所謂外泌體療法，其實只是把幹細胞培養上清液換個名字。", "none", ""),
 ("外泌體要抽取純化，需要特殊離心或免疫親和等高階技術，並不容易。", "none", ""),
]),
("foodcare", "news", "http://foodcare.com.tw/info.aspx?article=17623", [
 ("業者與醫院合作研究脂肪幹細胞的純化與培養，但仍有待試驗與主管機關開放。", "none", ""),
 ("國際研究顯示，脂肪幹細胞具有修補組織的潛力。", "none", "hedged (潛力)"),
 ("即使業者提供商業儲存，衛生主管機關也還沒開放使用。", "none", ""),
 ("醫美診所抽出的脂肪，有的會現場分離幹細胞，再注射回病人身上做抗老。", "none", "neutral description"),
]),
("hairmaps", "news", "https://hairmaps.net/e7ttc", [
 ("療程結束後幾乎沒有恢復期，當天就能淋浴。", "safety", "no-downtime line"),
 ("一切從專科門診諮詢開始，由醫師判斷你是否適合毛髮再生療程。", "none", ""),
 ("PRP的採血量大約20到50cc，跟一般健檢抽血差不多。", "none", ""),
 ("頭皮麻醉可用麻醉藥膏、冷卻裝置，必要時打局部麻醉。", "none", ""),
]),
("mymeii", "news", "https://mymeii.jp/?page_id=28211", [
 ("試了很多保養都不滿意？現在熟齡族最關注的，就是人類幹細胞培養上清液療法。", "social_proof", "popularity"),
 ("上清液含有五百種以上的生長因子，是近年論文大量發表、仍在研究中的成分。", "none", "cargo description with 'still researched'"),
 ("把幹細胞分離、滅菌後留下的上層液體，才是所謂的上清液。", "none", ""),
]),
("beautypark", "salon", "https://beauty-park.jp/specials/6pciz", [
 ("導入人類幹細胞培養液的美容沙龍越來越多，已成為身邊常見的保養。", "social_proof", "popularity"),
 ("人類幹細胞本身只限醫療行為使用，美容業界不得使用。", "none", ""),
 ("培養液護理的美容效果：皺紋、斑點、暗沉、鬆弛、毛孔、痘疤一次改善。", "benefit", "effects list"),
 ("事實上，美容領域使用培養液的風險非常低。", "safety", ""),
]),
("gclinic20", "clinic", "https://gclinic.jp/contents/column/blog_vol20_20230227_01.html", [
 ("幹細胞美容護理一般用機器導入培養液，單次約一萬到兩萬五千日圓。", "none", "typical cost information"),
 ("先兩週做一次，等膚況穩定後再改成每月一次維持。", "none", ""),
 ("植物幹細胞萃取物對肌膚究竟有何作用，其實還沒有定論。", "none", ""),
 ("幹細胞保養品從幾千日圓到數萬日圓都有，價差取決於萃取物含量與其他成分。", "none", ""),
]),
("toyohakko", "salon", "https://www.toyohakko.com/blog/archives/926", [
 ("外泌體化粧品OEM代工，原料齊全，小量也能開發自有品牌。", "promotion", "supplier offer"),
 ("外泌體會帶有來源細胞的功能特性。", "none", ""),
 ("幹細胞培養液除了外泌體，還含有生長因子與蛋白質等多種成分。", "none", ""),
]),
("wwdjapan", "news", "https://wwdjapan.com/?p=1898725", [
 ("主打日本製人類脂肪來源外泌體的面膜，在網路商店一度賣到缺貨。", "social_proof", "uncritical popularity in a trend piece"),
 ("多個品牌推出主打外泌體的睫毛與唇部精華，單價從數千到近萬日圓。", "none", ""),
 ("研究人員表示，以往歸功於幹細胞的修復力，其實是它放出的外泌體在作用。", "benefit", "uncritical expert quote; mechanism as result"),
 ("政府研究機構已把外泌體製劑的品質管理列為研究課題。", "none", ""),
]),
("fujifilmwako", "salon", "https://labchem-wako.fujifilm.com/jp/siyaku-blog/037199.html", [
 ("本公司早在2012年就率先在日本把人類幹細胞培養液登錄為化粧品原料。", "approval", "first registration used as credential"),
 ("調查顯示，一般消費者對人類幹細胞培養液的認知度已超過五成。", "social_proof", "awareness figure as proof"),
 ("培養液中的EGF、FGF等生長因子，單靠塗抹其實很難滲入皮膚。", "none", ""),
 ("最早是用微針滾輪在臉上打出細孔，再塗上培養液。", "none", ""),
]),
("piacorp", "salon", "https://www.pia-corp.co.jp/exosome/about/", [
 ("外泌體不等於美容成分，它和玻尿酸不是同一類東西。", "none", ""),
 ("外泌體過去一度被當成細胞的「垃圾桶」，2007年才發現裡面有微型RNA。", "none", ""),
 ("抗發炎、免疫調節、組織修復等作用正逐步被釐清，在化粧品領域備受期待。", "none", "hedged"),
]),
("meipian", "clinic", "https://www.meipian.cn/5eupq0vw", [
 ("脂肪幹細胞取得容易、創傷小，比骨髓幹細胞更適合拿來做美容抗老。", "comparison", ""),
 ("抽脂取得脂肪幹細胞的技術已很成熟，門診就能完成，術後很快恢復。", "safety", "minimal downtime as advantage"),
 ("脂肪幹細胞是最懂「皮膚年輕化密碼」的填充專家。", "comparison", "superlative metaphor; also benefit-like"),
 ("骨髓幹細胞需從髂骨穿刺取得，可能出現疼痛、出血或感染。", "none", "risk fact"),
]),
("gchjj", "news", "http://www.gchjj.com/8304.html", [
 ("優勢：安全性高，自體來源，避開免疫排斥。", "safety", "own cells, so safe"),
 ("用在臉部填充時，效果更自然，排異反應也更少。", "comparison", ""),
 ("風險：移植的脂肪可能吸收不均，需要多次治療。", "none", ""),
 ("操作不當可能導致感染、結節或脂肪鈣化。", "none", ""),
 ("體外擴增幹細胞必須符合當地法規。", "none", ""),
]),
("jiusong-37", "news", "https://www.jiusongjiankang.com/health/beauty/8206336.html", [
 ("臨床數據顯示，30到45歲族群接受幹細胞治療後，皺紋深度平均減少兩成以上。", "benefit", "figure without limits (holdout2 decision 5)"),
 ("幹細胞能把真皮層膠原蛋白合成提升到正常的1.5倍以上。", "benefit", "figure without limits"),
 ("適合人群：35到40歲，有細紋、輕度鬆弛與色素沉澱者。", "suitability", "table row"),
 ("主要風險：異體幹細胞可能引發局部紅腫、硬結反應。", "none", ""),
]),
("youlai", "news", "https://youlai.cn/video/article/689CC7TxzM.html", [
 ("醫師提醒，國內嚴格限制幹細胞的臨床使用，目前不能合法用在醫美上。", "none", ""),
 ("只有少數大型機構通過嚴格審批後，才能做幹細胞相關研究或臨床試驗。", "none", ""),
 ("淚溝可用自體脂肪回植，部分會被代謝，部分會留存下來。", "none", ""),
]),
("lovebeauty", "clinic", "http://blog.lovebeauty.com.tw/2019/04/22/prp%E6%B2%BB%E7%99%82%E4%BA%94%E5%8D%81%E8%82%A9%E9%AB%96%E9%97%9C%E7%AF%80%E9%80%80%E5%8C%96/", [
 ("PRP治療五十肩與髖關節退化，最大的風險其實在感染和被濫用。", "none", ""),
 ("曾有求美者接受所謂「殭屍療法」，把提取物打進靜脈，最後因感染致死。", "none", ""),
 ("一般的PRP治療並不會把血液製品注入靜脈。", "none", ""),
]),
]
PAGES += [
("toracli", "clinic", "https://www.toracli.com/w-prp.html", [
 ("本院以很實惠的價格提供高濃度PRP：2cc ¥33,000（未稅）。", "promotion", "price line (number changed)"),
 ("用的是自己的細胞成分，不必擔心過敏或異物反應，可以更安心地治療。", "safety", "own cells, so safe"),
 ("本院已依再生醫療相關法規向厚生勞動省申請，取得許可後才施行。", "approval", "registration as reassurance"),
 ("尤其對眼下的小細紋特別有效。", "benefit", ""),
 ("兩週到三個月內皮膚會逐步修復，細紋和膚質跟著改善。", "benefit", "result-timing line"),
]),
("watashino", "clinic", "https://watashino.jp/blog/cosmetic-dermatology/prp-wrinkles/post-83", [
 ("和玻尿酸、肉毒不同，PRP不是改造臉型，而是用更自然的方式讓自己變漂亮。", "comparison", "'more natural' ranking"),
 ("PRP靠自身的治癒力，把老化的細胞一個個活化，拉回接近百分之百的狀態。", "benefit", ""),
 ("用的是自己的血液，不會引起異物反應。", "safety", ""),
]),
("sinceregc", "clinic", "https://sincere-gc.com/%E8%A8%BA%E7%99%82%E3%83%BB%E6%96%BD%E8%A1%93%E4%B8%80%E8%A6%A7/prp", [
 ("使用自己的血液、過敏風險低，被視為安全性較高的注射療法。", "none", "hedged on the seller page (被視為)"),
 ("PRP中的多種生長因子會活化衰退的肌膚細胞，讓肌膚重現年輕彈潤。", "benefit", ""),
 ("有這些困擾嗎？・皺紋、法令紋越來越明顯", "suitability", "'do you have these worries' list item"),
 ("・不喜歡人工藥劑，也怕恢復期很長的美肌療程", "suitability", "list item"),
 ("・想改善頭髮稀疏或掉髮", "suitability", "list item"),
 ("PRP的應用可追溯到1970年代發表的血小板傷口癒合研究。", "none", ""),
]),
("cognacsf", "news", "https://www.cognacsf2019.com/", [
 ("上清液能用更低的成本，換到和幹細胞治療相近的效果。", "comparison", "info blog, uncritical"),
 ("依症狀不同，恢復程度甚至能接近幹細胞治療。", "comparison", "uncritical"),
 ("上清液不直接使用幹細胞，所以不少人對效果半信半疑。", "none", ""),
]),
("japanesehealth-prp", "news", "https://japanesehealth.org/%E3%80%8Cprp%E7%9A%AE%E8%86%9A%E5%86%8D%E7%94%9F%E6%B2%BB%E7%99%82%E3%81%AE%E6%88%90%E5%8A%9F%E3%82%92%E5%BC%95%E3%81%8D%E5%AF%84%E3%81%9B%E3%82%8B7%E3%81%A4%E3%81%AE%E9%81%B8%E3%81%B3%E6%96%B9/", [
 ("這些生長因子交互作用，讓肌膚重新找回彈性與光澤。", "benefit", "uncritical info page"),
 ("PRP原本用在骨科與運動醫學，後來才延伸到美容領域。", "none", ""),
 ("挑選醫師的7個重點，幫第一次做PRP的人少走冤枉路。", "none", ""),
]),
]
PAGES += [
("fuciskin", "salon", "https://fuciskin.com/refund", [
 ("儲值金與計次券須在最後一次儲值後兩年內用完，逾期恕不退費。", "promotion", "seller's booking/refund terms (generic skin-care salon)"),
 ("無法依約到店的話，請在7天前以書面通知本店。", "promotion", "booking terms"),
 ("選擇課程儲值金方案，即可享價目表上的方案優惠價。", "promotion", ""),
 ("簽約前，本店會說明服務次數、效果分析、副作用與危險性。", "none", "disclosure duty"),
 ("服務中若發現身體有異狀，應立即中止並協助就醫。", "none", ""),
]),
("negimen", "salon", "https://www.negimenforall.com/store/products/185541", [
 ("療程訂金恕不退還，並須在一個月內使用完畢。", "promotion", "booking terms (HK salon T&C)"),
 ("取消或更改預約請於療程前12小時通知，無故缺席將扣除一次療程。", "promotion", "booking terms"),
 ("減價或特價療程恕不退換。", "promotion", ""),
]),
("hk01-rga", "news", "https://www.hk01.com/%E7%A4%BE%E6%9C%83%E6%96%B0%E8%81%9E/60322759/%E6%B6%88%E5%A7%94%E6%9C%83-%E5%B8%82%E6%B0%91%E8%8A%B117%E8%90%AC%E6%A4%8D%E9%AB%AE-%E9%A0%AD%E7%9A%AE%E7%99%BC%E7%82%8E%E5%85%BC%E7%94%9F%E7%98%A1-%E4%B8%80%E5%B9%B4%E5%BE%8C%E4%BA%BA%E5%B7%A5%E9%AB%AE%E5%85%A8%E7%94%A9", [
 ("宣傳單上寫著療程「一次見效」，但打完三次，髮量跟療程前幾乎沒差。", "none", "quoted ad refuted"),
 ("顧問聲稱事前不用給醫生檢查，只要不是全禿的人都適合。", "none", "聲稱 distance"),
 ("消委會提醒，涉及注射的程序屬醫療程序，應由本地註冊醫生施行。", "none", ""),
 ("新客可免費試做一次療程，另送免費諮詢與頭皮分析。", "promotion", "bare ad content reported in news (holdout2 decision 1)"),
 ("顧問還分享了不少顧客生髮效果明顯的「成功例子」。", "none", "scare quotes"),
]),
]

# Written (w) and handout-style (h) batches: (group_suffix, source, [(text, label, note)])
WRITTEN = [
("w01", "written", [
 ("【開幕慶】外泌體導入首次體驗 NT$2,980，每人限用一次", "promotion", ""),
 ("療程｜單次價｜三堂套組 → 外泌體水光｜NT$6,800｜NT$18,000", "promotion", "table row"),
 ("加LINE好友（@exo-beauty）送皮膚檢測一次，名額有限", "promotion", ""),
 ("諮詢專線：(02)2345-6789，週一至週六10:00–21:00", "promotion", "contact line"),
 ("刷卡可分12期0利率，每月不到兩千元就能開始凍齡計畫", "promotion", "instalment plan"),
 ("本月預約PRP生髮療程，加贈頭皮養護精華一瓶（價值NT$1,880）", "promotion", ""),
 ("舊客帶新客，雙方各得NT$1,000療程金", "promotion", ""),
 ("限量20名｜臍帶間質幹細胞外泌體點滴 早鳥價", "promotion", "scarcity"),
 ("線上預約立即享九折，當日未到診恕不保留名額", "promotion", "booking terms"),
 ("免費一對一面診，讓醫師為你量身規劃再生療程", "promotion", "free consultation"),
 ("儲值三萬送五千，外泌體、PRP、水光全館通用", "promotion", ""),
 ("👉點我私訊小編，了解外泌體生髮最新優惠", "promotion", ""),
 ("會員年費制：一年6次外泌體導入，平均每次不到NT$4,000", "promotion", "membership"),
 ("訂金NT$3,000，可於療程前7天免費改期一次", "promotion", "booking terms"),
]),
("w02", "written", [
 ("本院外泌體原料來自通過PIC/S GMP認證的實驗室，每批都附檢驗報告。", "approval", ""),
 ("榮獲國際美容醫學大會年度創新獎的再生療程，台灣獨家引進。", "approval", "award; also promotion (exclusivity)"),
 ("產品已取得美國FDA註冊，品質有保障。", "approval", "registration used as proof"),
 ("通過衛福部個案審查的外泌體原料，讓妳擦得放心。", "approval", "2024 cosmetic-ingredient review used as reassurance"),
 ("獨家專利凍晶技術，活性保存率獲第三方實驗室認證。", "approval", "patent + lab test"),
 ("院長為美國抗衰老醫學會認證醫師，具皮膚科與再生醫學雙專科。", "approval", "doctor's titles as proof"),
 ("研究成果登上國際SCI期刊封面，技術實力有目共睹。", "approval", "journal cover"),
 ("通過SGS檢測：無重金屬、無塑化劑、無致病菌。", "approval", "third-party test"),
 ("韓國MFDS登記在案的外泌體安瓶，正規進口、中文標籤齊全。", "approval", "foreign registration as endorsement"),
 ("雖然還沒拿到FDA核准，但這不代表它不安全，全球已有上百家診所在用。", "approval", "spin on non-approval; also social_proof"),
 ("本療程經人體試驗委員會（IRB）審查通過，合法合規。", "approval", "ethics approval as proof"),
 ("由日本厚生勞動省登錄的細胞培養加工設施製造。", "approval", ""),
 ("ISO 13485醫療器材品質系統認證工廠出品。", "approval", ""),
 ("特管辦法核准的自體脂肪幹細胞療程，合法執行、安心選擇。", "approval", "legality as reassurance"),
]),
("w03", "written", [
 ("依美國AATB組織庫標準處理，每一瓶都能追溯來源。", "approval", "standard as proof"),
 ("與國立大學醫院產學合作開發，有學術單位背書更安心。", "approval", "endorsement"),
 ("源自諾貝爾獎級的囊泡運輸研究，打造這瓶外泌體精華。", "approval", "Nobel prestige"),
 ("已申請台灣、日本、美國三國發明專利。", "approval", "patent"),
 ("PubMed收錄超過三千篇外泌體研究，科學基礎紮實。", "approval", "'indexed in PubMed' as proof"),
 ("本院合法取得再生醫療技術登記，不是一般美容工作室比得上的。", "approval", "also comparison"),
 ("醫師團隊皆有醫學中心背景，臨床經驗超過15年。", "approval", "credentials"),
 ("合作藥廠通過歐盟GMP查核，原料比照藥品等級控管。", "approval", ""),
 ("衛生局合法立案的醫療院所，拒絕來路不明的地下針劑。", "approval", "regulated setting as reassurance"),
 ("獲選2025亞洲醫美品牌大賞「最佳再生療程」。", "approval", "award"),
 ("有歐盟CE標章，品質等於掛保證。", "approval", ""),
 ("只有通過原廠教育訓練與認證的注射醫師，才能施打本產品。", "approval", "certification as proof"),
]),
("w04", "written", [
 ("累積超過8,000人次施打經驗，是北部外泌體療程量最多的院所之一。", "social_proof", "patient count"),
 ("Google評論4.9顆星、超過1,200則好評！", "social_proof", "rating"),
 ("女星私下愛用的凍齡祕密，就是每月一次的外泌體導入。", "social_proof", "celebrity"),
 ("YouTuber親身開箱：打完PRP生髮三個月的真實紀錄。", "social_proof", "influencer, no specific outcome"),
 ("國手級運動員受傷後也選PRP，專業人士的選擇你也可以擁有。", "social_proof", "athletes"),
 ("回購率高達八成，客人口耳相傳最有說服力。", "social_proof", ""),
 ("Dcard醫美版熱議第一名的修復療程。", "social_proof", "popularity"),
 ("韓國明星皮膚管理室的招牌項目，現在在台北也做得到。", "social_proof", "celebrity association"),
 ("已有超過三百位醫師在臨床上使用這款外泌體。", "social_proof", "experts count"),
 ("網友好評：「服務超貼心，已經是第四次回來了！」", "social_proof", "testimonial without a specific outcome"),
 ("醫美KOL一致推薦的年度必打清單：外泌體水光。", "social_proof", "influencers"),
 ("北中南已有六十多家診所指定採用這支外泌體。", "social_proof", ""),
 ("小紅書上萬篇筆記推爆的幹細胞精華。", "social_proof", "popularity"),
]),
("w05", "written", [
 ("效果比PRP強三倍的新一代外泌體生髮療程。", "comparison", ""),
 ("比玻尿酸更自然、比肉毒更持久，再生療法才是抗老正解。", "comparison", ""),
 ("不必再忍受雷射的反黑風險，外泌體是更溫和的選擇。", "comparison", "comparative safety"),
 ("目前國內最先端、直達細胞層級的抗老科技。", "comparison", "superlative"),
 ("PRP已經是過去式，外泌體才是生髮界的新標準。", "comparison", ""),
 ("取代傳統換膝手術的關節再生方案。", "comparison", "replacement claim"),
 ("同價位中濃度最高的外泌體，CP值無人能比。", "comparison", ""),
 ("業界公認的黃金標準：臍帶來源間質幹細胞。", "comparison", "gold standard"),
 ("研究顯示，外泌體的修復速度勝過傳統生長因子。", "comparison", "vague citation"),
 ("比起吃生髮藥，PRP沒有讓人擔心的荷爾蒙副作用。", "comparison", "comparative safety (rule 5)"),
 ("唯一能同時修復、保濕、抗老的三效合一療程。", "comparison", "唯一"),
 ("我們選用外泌體而不是PRP，因為它不用抽血、品質更穩定。", "comparison", "'we prefer X because'"),
 ("雷射術後修復的首選：外泌體。", "comparison", "首選"),
 ("和美容院的「幹細胞保養」不同，我們用醫療級原液，效果差很多。", "comparison", ""),
]),
("w06", "written", [
 ("適合族群：熬夜族、產後媽媽、壓力型落髮的上班族。", "suitability", ""),
 ("推薦給想抗老、卻怕痛又怕恢復期的醫美新手。", "suitability", ""),
 ("所有膚質皆適用，敏感肌也OK。", "suitability", "all skin types"),
 ("這個療程特別適合30歲以後覺得膚況開始走下坡的妳。", "suitability", ""),
 ("膝蓋退化一到三期、還不想換人工關節的長輩，都是適合對象。", "suitability", ""),
 ("男女皆宜，從20歲到70歲都能做。", "suitability", ""),
 ("雷射、皮秒、音波術後想加快修復的人，建議一起安排這一項。", "suitability", ""),
 ("理想人選：掉髮初期、毛囊仍有活性的人。", "suitability", ""),
 ("上班族午休時間就能完成，最適合忙碌的都會人。", "suitability", ""),
 ("婚前三個月想衝刺膚況的準新娘看過來！", "suitability", ""),
 ("常跑步、登山、打球的運動族，膝蓋保養就交給PRP。", "suitability", ""),
 ("不論油肌、乾肌還是混合肌，都能找到適合的外泌體配方。", "suitability", ""),
 ("痘疤、毛孔粗大、膚色不均困擾者適用。", "suitability", ""),
 ("給想凍齡又不想動刀的熟齡姊姊們。", "suitability", ""),
]),
("w07", "written", [
 ("哪些人適合做？・頭皮出油又稀疏者 ・產後落髮者 ・植髮後想加強養護者", "suitability", ""),
 ("FAQ：男生也可以打嗎？當然可以，男女都適用。", "suitability", "FAQ answer"),
 ("特別推薦給試過生髮水卻沒什麼起色的人。", "suitability", ""),
 ("凡是膚況黯淡、看起來總是很累的人，都很適合來一堂外泌體保養。", "suitability", ""),
 ("適用部位：全臉、頸部、手背、頭皮。", "suitability", ""),
 ("零副作用、零恢復期，做完直接回公司上班。", "safety", ""),
 ("自體血液萃取，完全不會過敏或排斥。", "safety", ""),
 ("恢復期：無｜疼痛感：極低｜可上妝：當天", "safety", "table row"),
 ("植物來源外泌體天然無刺激，孕婦也能安心使用。", "safety", "natural so safe; also suitability"),
 ("醫學級無菌製程，感染風險趨近於零。", "safety", ""),
 ("完全沒有副作用的生髮新選擇。", "safety", ""),
 ("臨床上從未發生過嚴重不良反應。", "safety", ""),
 ("Q：打完會痛嗎？A：幾乎無感，打完就能正常生活。", "safety", "FAQ answer, minimisation"),
 ("外泌體不含細胞，不會有致癌風險。", "safety", ""),
]),
("w08", "written", [
 ("一次療程，肌膚年輕五歲。", "benefit", ""),
 ("三次見效、六次穩定，髮量明顯變濃密。", "benefit", "result timing"),
 ("外泌體直達真皮層，啟動膠原蛋白自體新生。", "benefit", "mechanism as result"),
 ("膝關節軟骨再生，從此告別拐杖。", "benefit", "headline fragment"),
 ("打完隔天就感覺膚質變細、毛孔縮小。", "benefit", "result timing"),
 ("如果你總是掉髮，外泌體就能讓毛囊重新醒過來。", "benefit", "conditional"),
 ("術後泛紅代表細胞正在修復，就是效果正在發揮的證明。", "benefit", "side effect framed as proof"),
 ("安全又有效的天然回春法。", "safety", "'safe and effective' unqualified"),
 ("自己的細胞最安全，一點風險都沒有。", "safety", ""),
 ("醫療級外泌體溫和不刺激，連敏感肌都能放心做。", "safety", ""),
 ("臨床證實安全無虞，已完成上萬例施打。", "safety", "vague research appeal for safety; also social_proof"),
 ("諮詢過的客人九成以上都選擇續做。", "social_proof", ""),
 ("在地經營十年、服務逾兩萬人次的再生醫學中心。", "social_proof", ""),
 ("藝人經紀公司長期指定合作的抗老診所。", "social_proof", "celebrity association"),
]),
("w09", "written", [
 ("粉絲破十萬的醫美部落客也回購三次。", "social_proof", ""),
 ("網路聲量第一的外泌體品牌。", "social_proof", "popularity ranking"),
 ("名媛圈口耳相傳的私藏療程。", "social_proof", ""),
 ("知名整形外科醫師也在自己臉上用的外泌體。", "social_proof", "expert use as proof"),
 ("日本藥妝店銷售冠軍的幹細胞精華，台灣終於買得到。", "social_proof", ""),
 ("比傳統骨科注射恢復更快、效果更持久。", "comparison", ""),
 ("外泌體對毛囊的刺激，遠勝一般生髮洗髮精。", "comparison", ""),
 ("比幹細胞治療更安全，又能得到一樣的修復力。", "comparison", "comparative safety"),
 ("亞洲第一家引進第四代外泌體技術的診所。", "comparison", "superlative ranking"),
 ("限時三天：PRP生髮三堂 NT$19,800，再送頭皮檢測", "promotion", ""),
 ("掃描QR Code加入官方LINE，預約免排隊", "promotion", ""),
 ("本月壽星享外泌體導入半價", "promotion", ""),
 ("國外名醫親自來台操刀，僅開放15個名額", "promotion", "scarcity; also social_proof"),
]),
("w10", "written", [
 ("再生醫學界的頂規療程，其他方案望塵莫及。", "comparison", ""),
 ("外泌體比雷射溫和，效果卻更全面。", "comparison", ""),
 ("不用開刀，就能做到接近手術級的拉提。", "comparison", "replacement claim"),
 ("客戶滿意度調查，98%願意推薦給親友。", "social_proof", ""),
 ("連皮膚科醫師的另一半都在做。", "social_proof", ""),
 ("特別適合長時間盯螢幕、膚色暗沉的3C族。", "suitability", ""),
 ("不論第一次嘗試醫美或是老手，都適合從這堂開始。", "suitability", ""),
 ("適應對象：雄性禿初期、女性分線變寬、圓形禿後的養護。", "suitability", "who, no effect asserted"),
 ("本療程使用的外泌體依美國cGMP規範生產。", "approval", ""),
 ("醫師具日本再生醫療學會認定資格。", "approval", "credential"),
 ("與美國知名大學實驗室共同研發，技術授權來台。", "approval", "academic endorsement"),
]),
("w11", "written", [
 ("\"推薦給所有想變年輕的人\"", "suitability", "stray quotes kept"),
 ("→ 適合：毛孔粗大／膚色暗沉／細紋初現", "suitability", "arrow list"),
 ("如果你正為膝痛所苦，這就是為你設計的療程。", "suitability", "conditional without an effect"),
 ("比打玻尿酸更持久，一年只要兩次。", "comparison", ""),
 ("『效果超越同級產品』——原廠實測", "comparison", ""),
 ("院長說：外泌體的修復力是PRP的好幾倍。", "comparison", "reported speech in the seller's voice"),
 ("七天見證毛孔變小的奇蹟。", "benefit", "'miracle' + result timing"),
 ("幹細胞回輸，讓器官機能回到三十歲。", "benefit", ""),
]),
("h01", "handout-style", [
 ("接受療程前，請先問清楚這項產品在台灣是否核准用於這種用途。", "none", ""),
 ("外泌體目前只能作為化粧品原料外用，注射或點滴用途都未經核准。", "none", ""),
 ("「天然」或「自體」不代表沒有風險，PRP一樣可能感染或瘀青。", "none", "negation"),
 ("業者越強調「零副作用」，越要提高警覺。", "none", "quotes hype to refute it"),
 ("與其自費嘗試還沒證實的療法，不如先問問有沒有正式登記、可以參加的臨床試驗。", "none", "advice comparing ways of taking part (rule 9)"),
 ("這類療程通常不在健保給付範圍內，請先問清楚總價與退費規定。", "none", "cost information"),
 ("網路上的前後對照照可能經過修圖，不能當成效果證明。", "none", ""),
 ("懷孕、正在接受癌症治療或有凝血問題的人，做再生療程前務必先和主治醫師討論。", "none", "contraindication advice"),
 ("可以到衛福部網站查詢醫療機構是否有合法的再生醫療登記。", "none", ""),
 ("單一研究的結果不一定適用於你，也不代表療程已獲核准。", "none", ""),
]),
]

# ---------------------------------------------------------------- build logic
import glob, hashlib, json, os, re, sys, unicodedata, urllib.parse
from collections import Counter, defaultdict
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "zh-TW.jsonl")
CLAIMS = os.path.dirname(HERE)
USED = "/tmp/claims-used-origins.txt"
LABELS = {"safety", "benefit", "approval", "comparison", "social_proof", "suitability", "promotion", "none"}
SOURCES = {"clinic", "salon", "news", "authority", "journal", "forum", "handout-style", "written"}
MY_SIDE = "train"


def side(url):
    host = (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
    return "test" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 0 else "train"


def norm_text(t):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().casefold()


def norm_alnum(t):
    return "".join(ch for ch in unicodedata.normalize("NFKC", t).casefold() if ch.isalnum())


def build():
    recs = []
    for suffix, source, origin, rows in PAGES:
        for text, label, note in rows:
            recs.append(dict(text=text, label=label, source=source, group="t2-zh-" + suffix, origin=origin, note=note))
    for suffix, source, rows in WRITTEN:
        for text, label, note in rows:
            recs.append(dict(text=text, label=label, source=source, group="t2-zh-" + suffix, origin="", note=note))
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "t2-zh-TW-%04d" % i, "text": r["text"], "label": r["label"], "lang": "zh-TW",
                    "source": r["source"], "group": r["group"], "origin": r["origin"], "note": r["note"]})
    return out


def corpus_zh():
    """zh-TW texts of every other jsonl under bench/claims (never holdout3, never this folder)."""
    texts = []
    for path in sorted(glob.glob(os.path.join(CLAIMS, "**", "*.jsonl"), recursive=True)):
        rel = os.path.relpath(path, CLAIMS)
        if rel.startswith("holdout3") or rel.startswith("train2"):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                if rec.get("lang") == "zh-TW":
                    texts.append(norm_alnum(rec.get("text", "")))
    return texts


def check(recs):
    errors = []
    used = set(l.strip() for l in open(USED, encoding="utf-8") if l.strip())
    for r in recs:
        t = r["text"]
        if len(t) > 200 or "\n" in t or "\r" in t or not t.strip():
            errors.append("bad text length/newline: " + r["id"])
        if r["label"] not in LABELS:
            errors.append("bad label: " + r["id"])
        if r["source"] not in SOURCES:
            errors.append("bad source: " + r["id"])
        written = r["source"] in ("written", "handout-style")
        if written == bool(r["origin"]):
            errors.append("origin/written mismatch: " + r["id"])
        if r["origin"]:
            if r["origin"] in used:
                errors.append("origin already used: " + r["id"])
            if side(r["origin"]) != MY_SIDE:
                errors.append("origin on wrong side: " + r["id"])
    # unique texts
    seen = {}
    for r in recs:
        k = norm_text(r["text"])
        if k in seen:
            errors.append("duplicate text: %s = %s" % (r["id"], seen[k]))
        seen[k] = r["id"]
    # origin <-> group, group -> one source
    o2g, g2o, g2s = defaultdict(set), defaultdict(set), defaultdict(set)
    for r in recs:
        g2s[r["group"]].add(r["source"])
        g2o[r["group"]].add(r["origin"])
        if r["origin"]:
            o2g[r["origin"]].add(r["group"])
    for o, gs in o2g.items():
        if len(gs) != 1:
            errors.append("origin in several groups: " + ",".join(sorted(gs)))
    for g in g2o:
        if len(g2o[g]) != 1 or len(g2s[g]) != 1:
            errors.append("group mixes origins/sources: " + g)
    sizes = Counter(r["group"] for r in recs)
    for g, n in sizes.items():
        if re.match(r"t2-zh-[wh]\d\d$", g) and not 4 <= n <= 14:
            errors.append("written batch size %d: %s" % (n, g))
    # near duplicates
    mine = [(r["id"], r["text"], norm_alnum(r["text"])) for r in recs]
    corp = corpus_zh()
    print("corpus zh-TW sentences compared:", len(corp))
    hits = 0
    for rid, text, a in mine:
        for b in corp:
            sm = SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                hits += 1
                errors.append("near-dup of corpus: %s %s" % (rid, text))
                break
    for i in range(len(mine)):
        for j in range(i + 1, len(mine)):
            sm = SequenceMatcher(None, mine[i][2], mine[j][2], autojunk=False)
            if sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85:
                errors.append("near-dup within set: %s %s" % (mine[i][0], mine[j][0]))
    # quotas
    n = len(recs)
    lab = Counter(r["label"] for r in recs)
    src = Counter(r["source"] for r in recs)
    nw = src["written"] + src["handout-style"]
    if n < 450:
        errors.append("fewer than 450 sentences: %d" % n)
    for k in LABELS - {"none"}:
        if lab[k] < 30:
            errors.append("kind below 30: %s %d" % (k, lab[k]))
    if not 0.40 <= lab["none"] / n <= 0.50:
        errors.append("none share out of range: %.3f" % (lab["none"] / n))
    if nw / n > 0.35:
        errors.append("written share too high: %.3f" % (nw / n))
    print("total", n, "| none %.1f%% | written+handout %d (%.1f%%) | pages %d"
          % (100 * lab["none"] / n, nw, 100 * nw / n, len(o2g)))
    print("labels:", dict(sorted(lab.items())))
    print("sources:", dict(sorted(src.items())))
    pg = Counter(); ps = Counter()
    for o, gs in o2g.items():
        pass
    for g in g2o:
        s = next(iter(g2s[g]))
        if next(iter(g2o[g])):
            pg[s] += 1
    for r in recs:
        ps[r["source"]] += 1
    print("pages by source:", dict(sorted(pg.items())))
    return errors


if __name__ == "__main__":
    recs = build()
    errs = check(recs)
    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", OUT)
