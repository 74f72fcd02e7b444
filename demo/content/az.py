"""The demo in Azerbaijani: the authors, the home page, four sections and four op-eds, translated for
this project.

Article bodies list one translated value per block of the English body, in its order (see
demo/translations.py); a newsletter block has no text of its own (None).
"""

TRANSLATOR = "translation-desk"
ILLUSTRATION_CREDIT = "İllüstrasiya: The Caspian Review"
HERO_CAPTION = "«{title}» məqaləsi üçün illüstrasiya."
# Strings that read the same in English and Azerbaijani.
UNCHANGED = {"Daniel Moreau", "Anna Kowalczyk", "Sarah Whitfield", "Marina Orlova"}

# The demo's authors and translators in Azerbaijani (the slug stays the original's). Foreign names keep
# their own spelling (UNCHANGED), as the Azerbaijani press usually writes them in Latin script.
AUTHORS = {
    "editorial-board": {
        "name": "Redaksiya heyəti",
        "role": "The Caspian Review-un mövqeyi",
        "bio": "İmzasız redaksiya məqalələrini The Caspian Review-un redaktorları müzakirədən sonra "
        "razılaşdırırlar.",
    },
    "leyla-hasanova": {
        "name": "Leyla Həsənova",
        "role": "Aparıcı köşə yazarı",
        "bio": "Leyla regionun işləri və qonşu xalqların uzun yaddaşı haqqında yazır. Bakıda yaşayır.",
    },
    "rustam-karimov": {
        "name": "Rüstəm Kərimov",
        "role": "Siyasi analitik",
        "bio": "Rüstəm Cənubi Qafqaz və Mərkəzi Asiyada diplomatiya, seçkilər və dövlət institutları "
        "haqqında yazır.",
    },
    "daniel-moreau": {
        "name": "Daniel Moreau",
        "role": "Enerji müxbiri",
        "bio": "Daniel on beş ildir ki, boru kəmərləri, elektrik enerjisi bazarları və dənizdə külək "
        "enerjisi haqqında yazır.",
    },
    "farid-mammadli": {
        "name": "Fərid Məmmədli",
        "role": "Nəqliyyat və şəhərlər redaktoru",
        "bio": "Fərid yük dəhlizlərini, limanları və şəhər sakinlərinin gündəlik gediş-gəlişini izləyir, "
        "özü də çox vaxt qatarla gedir.",
    },
    "anna-kowalczyk": {
        "name": "Anna Kowalczyk",
        "role": "Mədəniyyət icmalçısı",
        "bio": "Anna ədəbiyyat, musiqi və kino haqqında, bir də regionun hekayəsini danışmaq haqqının kimə "
        "verildiyi barədə yazır.",
    },
    "sarah-whitfield": {
        "name": "Sarah Whitfield",
        "role": "Ştatdankənar redaktor",
        "bio": "Sarah təhlil səhifələrimizi redaktə edir, ticarət, statistik məlumatlar və iqtisadi siyasət "
        "haqqında yazır.",
    },
    "translation-desk": {
        "name": "Tərcümə şöbəsi",
        "role": "The Caspian Review-un tərcümələri",
        "bio": "Şöbə seçilmiş məqalələrimizi Azərbaycan və rus dillərinə tərcümə edir; dili bilən "
        "müəlliflər tərcüməni özləri yoxlayırlar.",
    },
    "marina-orlova": {
        "name": "Marina Orlova",
        "role": "Tərcüməçi, ingilis dilindən rus dilinə",
        "bio": "Marina köşə yazılarımızı rus dilinə tərcümə edir. İyirmi ildir ki, ingilis dilindən esse və "
        "səyahət kitabları tərcümə edir.",
    },
}

# The publication settings' texts for Azerbaijani readers (added where the English texts are the defaults).
PUBLICATION = {
    "tagline": "Xəzər regionu və ondan kənarı haqqında rəy və təhlillər",
    "newsletter_heading": "Regionda baş verənlərdən xəbərdar olun",
    "newsletter_text": "Redaktorlarımızın seçdiyi rəy və təhlil yazıları hər cümə birbaşa e-poçt qutunuzda.",
}

HOME = {
    "title": "Ana səhifə",
    "slug": "ana-sehife",
    "seo_title": "The Caspian Review — Xəzər regionu haqqında rəy və təhlillər",
    "search_description": "Cənubi Qafqaz, Xəzər və Mərkəzi Asiya haqqında köşə yazıları, redaksiya "
    "məqalələri və təhlillər Azərbaycan dilində.",
}

SECTIONS = {
    "opinion": {
        "title": "Rəy",
        "slug": "rey",
        "intro": "Köşə yazarlarımızın və qonaq müəlliflərimizin öz imzaları ilə, məsuliyyətini daşıyaraq "
        "yazdıqları fikirlər.",
        "seo_title": "Rəy — The Caspian Review",
        "search_description": "The Caspian Review-un köşə yazıları və redaksiya məqalələri Azərbaycan dilində.",
    },
    "transport": {
        "title": "Nəqliyyat",
        "slug": "neqliyyat",
        "intro": "Dəhlizlər, limanlar, dəmir yolları və şəhərlərdə gediş-gəliş.",
        "seo_title": "Nəqliyyat — The Caspian Review",
        "search_description": "Regionun nəqliyyat dəhlizləri, dəmir yolları və şəhər nəqliyyatı haqqında.",
    },
    "energy": {
        "title": "Enerji",
        "slug": "enerji",
        "intro": "Qaz, neft, elektrik şəbəkələri və bərpa olunan enerjiyə doğru ləng dönüş.",
        "seo_title": "Enerji — The Caspian Review",
        "search_description": "Xəzər regionunda qaz, neft, elektrik şəbəkələri və bərpa olunan enerji.",
    },
    "culture": {
        "title": "Mədəniyyət",
        "slug": "medeniyyet",
        "intro": "Kitablar, musiqi, kino və regionda mübahisə doğuran irs.",
        "seo_title": "Mədəniyyət — The Caspian Review",
        "search_description": "Qafqaz və Mərkəzi Asiyanın ədəbiyyatı, musiqisi, kinosu və mədəni irsi.",
    },
}

ARTICLES = {
    "small-states-need-long-memories-and-short-grudges": {
        "days_after": 4,
        "title": "Kiçik dövlətlərə uzun yaddaş və qısa kin lazımdır",
        "slug": "kicik-dovletlere-uzun-yaddas-ve-qisa-kin-lazimdir",
        "standfirst": "Tarix Cənubi Qafqazın hər paytaxtının üzərində ağır yükdür. Onu dəqiq xatırlamaq "
        "borcdur; hər qərarı ona tabe etmək isə böyük qonşuların istifadə etməyi yaxşı bacardığı bir tələdir.",
        "seo_title": "Kiçik dövlətlərin uzun yaddaşı və qısa kini",
        "search_description": "Leyla Həsənova yaddaşın kindən nə ilə fərqləndiyini və Cənubi Qafqazın kiçik "
        "dövlətlərinin niyə keçmişin onların yerinə qərar verməsinə imkan verməməli olduğunu yazır.",
        "body": [
            "Cənubi Qafqazda tarix danışıqlar masasından heç vaxt uzaqda olmur. Hər danışığın üstünə "
            "əvvəlkilərin, hər sərhədin üstünə köhnə sərhədlərin, hər ittifaqın üstünə isə keçmiş "
            "böhranlardan birində kimin harada dayandığının xatirəsi kölgə salır. Kənardan baxanlar bunu bəzən "
            "keçmişə aludəlik adlandırırlar. Bu, ədalətsizlikdir. Böyük dövlətlərin əhatəsində olan kiçik "
            "dövlətlər üçün xatırlamaq özünümüdafiə üsuludur. Onlarla necə davranıldığını unudanlarla adətən "
            "yenə eyni cür davranırlar.",
            "Amma yaddaşla kin arasında fərq var. Yaddaş baş verənlərin mümkün qədər dəqiq saxlanmış "
            "qeydidir, öz tərəfi üçün xoşagəlməz olan hissələr də daxil olmaqla. Kin isə şərait dəyişib-"
            "dəyişməməsindən asılı olmayaraq həmin qeydin bugünkü seçimləri müəyyən etməsinə imkan vermək "
            "qərarıdır. Yaddaş dövləti müdrikləşdirir. Kin onu proqnozlaşdırılan edir, böyük qonşuların hər "
            "zəif cəhəti öyrəndiyi bir regionda isə proqnozlaşdırılan olmağın özü başqalarının istifadə edə "
            "biləcəyi bir zəiflikdir.",
            {
                "text": "Yaddaş dövləti müdrikləşdirir. Kin onu proqnozlaşdırılan edir.",
                "attribution": "Leyla Həsənova, aparıcı köşə yazarı",
            },
            "Regional diplomatiyanın əslində xırda olan məsələlərdə nə qədər tez-tez ilişib qaldığını "
            "xatırlayın. Yol nişanları üstündə mübahisə ucbatından açıla bilməyən yol. Preambulanın ifadəsinə "
            "görə təxirə salınan ticarət sazişi. Bir ildönümünə görə ləğv edilən mədəni mübadilə. Bunların hər "
            "birinin arxasında səmimi hisslər dayanır və heç birinə yüngül yanaşmaq olmaz. Amma birlikdə "
            "götürüldükdə onlar belə bir mənzərə yaradır: keçmişə gələcəyə veto qoymağa icazə verilir — hər "
            "dəfə bir kiçik qərarla.",
            "Dünyanın başqa yerlərində ən uğurlu kiçik dövlətlər buna adətən başqa cür yanaşıblar. Onlar "
            "tarixi arxivləri diqqətlə saxlayır, öz tarixlərini məktəblərdə açıq şəkildə öyrədir və "
            "itkilərini ləyaqətlə anırlar. Eyni zamanda bunları bir-birindən ayırırlar. Keçmiş rəqibləri ilə "
            "ticarət edir, praktik məsələlərdə əməkdaşlıq edir, iddialarını isə həqiqətən baxıla biləcəyi "
            "platformalara saxlayırlar. Bu, tam mənada bağışlamaq deyil. Bu, xatırlanmalı olanla görülməli "
            "olan iş arasında nizamlı bir ayrımdır.",
            "İldönümləri yox, arxivlər",
            "Praktik addımlardan biri arxivlərin özünə daha çox sərmayə qoymaq olardı. Regionun yaxın "
            "tarixinin çox hissəsi tərəfli hekayələrdə, təbliğatda və xatirələrdə sənədləşdirilib. Sənədlərə "
            "çıxışı olan və tapdıqlarını dərc etməkdə sərbəst olan peşəkar tarixçilər hər cəmiyyətə "
            "xatirələri üçün daha möhkəm bir təməl verərdi. Şərhlər fərqli olsa belə, faktların ortaq "
            "anlayışı istənilən davamlı nizamlanmanın ilkin şərtidir və bunu böhrandan sonra deyil, sakit "
            "illərdə qurmaq xeyli asandır.",
            "Digər addım ritorika ilə bağlıdır. Liderlər və şərhçilər, bu sətirlərin müəllifi də daxil "
            "olmaqla, tarixi faktları onlarla əsaslandırılan bugünkü siyasi seçimlərdən daha diqqətlə ayıra "
            "bilərdilər. Onilliklər əvvəl haqsızlıq edildiyini demək tarix haqqında bir fikirdir. Buna görə bu "
            "gün müəyyən bir sazişin mümkün olmadığını demək isə siyasi arqumentdir və o, ölülərin nüfuzunun "
            "arxasında gizlədilmədən, siyasi arqument kimi irəli sürülməli və mahiyyətinə görə sınanmalıdır.",
            "Bunların heç biri asan deyil. Kədər realdır və insanlardan kini bir kənara qoymağı xahiş etmək "
            "unutmağı xahiş etmək kimi səslənə bilər. Xahiş bu deyil. Xahiş hər şeyi tam xatırlamaq və "
            "sərbəst hərəkət etməkdir, bir də etiraf etməkdir ki, köhnə yaralarının hər qərarı verməsinə imkan "
            "verən dövlət öz müstəqilliyindən yad paytaxta baş əyən dövlət qədər qəti şəkildə imtina etmiş "
            "olur. Kiçik dövlətlər belə təslimçiliyə yol verə bilməzlər. Onların yaddaşı sərvətdir, kinləri "
            "isə baha başa gəlir.",
        ],
    },
    "night-trains-across-the-caucasus-deserve-a-sleeper-car-revival": {
        "days_after": 5,
        "title": "Qafqazda gecə qatarları yataq vaqonlarının qayıdışına layiqdir",
        "slug": "qafqazda-gece-qatarlari-yataq-vaqonlarinin-qayidisina-layiqdir",
        "standfirst": "Gecə sərnişin qatarları vaxtilə regionun paytaxtlarını və kurortlarını birləşdirirdi. "
        "Onları bərpa etmək yeni avtomagistrallar çəkməkdən ucuz, səhər tezdən büdcə reysi ilə uçmaqdan isə "
        "qat-qat xoş olardı.",
        "seo_title": "Qafqazda gecə qatarlarının qayıdışı",
        "search_description": "Fərid Məmmədli Bakı, Tbilisi və İrəvan arasında yataq vaqonlarının niyə "
        "qaytarılmalı olduğunu və bunun üçün nə lazım olduğunu yazır.",
        "body": [
            "Bir vaxtlar Cənubi Qafqazın paytaxtları arasında səyahət etməyin ən təbii yolu axşam qatara "
            "minmək, pəncərədən görünən mənzərə qaralarkən kupedə çay içmək və səhər başqa şəhərdə oyanmaq "
            "idi. Gecə qatarları Bakını, Tbilisini və İrəvanı birləşdirir, oradan da Qara dəniz sahilinə qədər "
            "gedirdi. Bu marşrutların bəziləri azaldılmış şəkildə qalıb. Digərləri 1990-cı illərin "
            "qarışıqlığında yoxa çıxıb və ya sonrakı illərdə dayandırılıb və bir daha tam bərpa olunmayıb.",
            "Başqa yerlərdə gecə qatarları yenidən dirçəlir. Bütün Avropada yeni operatorlar və bərpa olunmuş "
            "dövlət xidmətləri böyük şəhərlər arasında yataq vaqonlu qatarlar işlədir: uçmaq istəməyən, bir "
            "gecəlik otel xərcinə qənaət edib dincəlmiş halda çatmaq istəyən səyahətçilər bunu tələb edir. "
            "Bir çox marşrutda yerlər doludur, yeni vaqonlar sifariş edilib. Məsafələri gecə səfərinə çox "
            "uyğun olan və turizmi böyüyən Cənubi Qafqazın bu dirçəlişə qoşulmaq üçün hər cür əsası var.",
            "Məsafələr idealdır. Bakıdan Tbilisiyə yol beş yüz kilometrdən bir qədər çoxdur: gündüz qatarının "
            "demək olar ki, bütün günü alması üçün kifayət qədər uzaq, gecə qatarının şam yeməyindən sonra "
            "yola düşüb səhər yeməyindən sonra çatması üçün isə kifayət qədər yaxındır. Eyni şey paytaxtlardan "
            "dağ kurortlarına və Qara dəniz sahilinə gedən marşrutlara da aiddir. Səyahətçilər bir gün "
            "qazanır. Operatorlar isə münasib qiymətə satıla bilən və il boyu yerləri dolduran bir məhsul əldə "
            "edir.",
            {
                "text": "Yaxşı gecə qatarı eyni anda iki şey satır — yol və gecə yuxusu, səyahətçilər isə hər "
                "ikisinin pulunu verməyə hazırdır.",
                "attribution": "Fərid Məmmədli, nəqliyyat və şəhərlər redaktoru",
            },
            "Qayıdış üçün nə lazımdır",
            "Xidmətlərin bərpası sərmayə tələb edəcək, amma yeni dəmir yolu xətləri çəkmək miqyasında yox. "
            "Yollar mövcuddur və əsas marşrutlarda yük daşımaları üçün yenilənib. Lazım olan rahat kupeləri, "
            "təmiz sanitar qovşaqları və etibarlı kondisionerləri olan müasir vaqonlardır; yük qatarları "
            "arasındakı boşluqlara deyil, sərnişinlərin rahatlığına uyğun qurulmuş cədvəllərdir; bir də "
            "sərnişinləri gecə saat üçdə pasport yoxlaması üçün oyatmayan sərhəd prosedurlarıdır. Bunların "
            "hər biri mümkündür.",
            "Ən həssas məsələ sərhəd rəsmiyyətləridir. Səyahətçilər qısa yoxlamaya dözür, amma gecənin "
            "ortasında uzun sürən yoxlama yataq qatarının bütün cazibəsini məhv edir. Bir neçə Avropa "
            "marşrutunda bu problemi qatarın içində, yaxud qatar yola düşməzdən əvvəl çıxış stansiyasında "
            "aparılan birgə nəzarət həll edib. Regionun dəmir yolu və sərhəd qurumları ən azı yaxşı "
            "münasibətləri olan ölkələr arasındakı marşrutlarda oxşar qaydalar barədə razılığa gələ bilər — "
            "sonradan genişləndirilə bilən pilot layihə kimi.",
            "Bir də tanıtım məsələsi var. Bir çox potensial sərnişin, xüsusən xarici turistlər, regionda gecə "
            "qatarlarının işlədiyini ümumiyyətlə bilmir və ya bileti onlayn almaqda çətinlik çəkir. Avropalı "
            "səyahətçilərin artıq istifadə etdiyi beynəlxalq dəmir yolu bilet sistemlərinə bağlı sadə, "
            "çoxdilli bron platforması bu xidmətləri daha geniş bazara açardı. Turizm qurumları qatar "
            "səfərini ayrıca bir təcrübə kimi tanıda bilər — bəzi Avropa operatorları bunu xeyli uğurla edib.",
            "Gecə qatarları heç vaxt yük dəhlizləri qədər yük, aviaşirkətlər qədər də sərnişin daşımayacaq. "
            "Buna ehtiyac da yoxdur. Onlar şəhərlər və bölgələr arasında fərqli, rahat və az karbonlu səyahət "
            "yolu təklif edir, yolun özünü səfərin zövqünün bir hissəsinə çevirir. Qonaq cəlb etmək və öz "
            "insanlarını bir-birinə bağlamaq istəyən region üçün bu, təvazökar sərmayəyə dəyər. Kupelər, çay "
            "və dağların üzərində səhər mənzərəsi yenidən kəşf olunmağı gözləyir.",
        ],
    },
    "rooftop-solar-in-baku-courtyards": {
        "days_after": 7,
        "title": "Bakı həyətləri şəhərin ən səssiz elektrik stansiyası ola bilər",
        "slug": "baki-heyetleri-seherin-en-sessiz-elektrik-stansiyasi-ola-biler",
        "standfirst": "Şəhərin köhnə yaşayış həyətləri üzərindəki minlərlə düz dam güclü günəş altında boş "
        "qalır. Sakinlərin onlardan istifadə etməsi üçün böyük subsidiyalar deyil, sadə qaydalar lazımdır.",
        "seo_title": "Bakı həyətlərinin damlarında günəş panelləri",
        "search_description": "Köhnə Bakı həyətlərinin düz damlarının niyə elektrik verə biləcəyi və bunun "
        "üçün hansı qaydaların lazım olduğu barədə.",
        "body": [
            "Bakının istənilən köhnə yaşayış məhəlləsini gəzsəniz, binadan binaya təkrarlanan eyni mənzərəni "
            "görəcəksiniz: ortaq həyət, bir neçə ağac, paltar ipləri və bütün bunların üstündə günəşdə qızan "
            "düz dam. Bu damlar şəhərin ən az istifadə olunan sərvətlərindəndir. Yay günortası onlar istini "
            "udur və altdakı mənzilləri sərinlətmək çətinləşir. Üzərlərində kiçik panellər quraşdırılsa, ən "
            "isti günlərdə şəbəkəni yükləyən həmin kondisionerləri elektriklə təmin edə bilərdilər.",
            "Texniki tərəfi şübhə doğurmur. Abşeron yarımadası bol günəş alır, günəş panelləri isə o qədər "
            "ucuzlaşıb ki, kiçik bir qurğu bir neçə ilə öz xərcini çıxarır. Sakinləri saxlayan fizika və ya "
            "qiymət deyil, kağız işləridir. Ortaq dam hamınındır və heç kimin deyil. Panel quraşdırmaq üçün "
            "onlarla ailənin razılığı, sistemə kimin baxacağına aydınlıq və qənaəti onlar arasında ədalətlə "
            "bölməyin yolu lazımdır.",
            {
                "alt": "Həyətin ətrafındakı damlarda günəş panelləri",
                "caption": "Kölgəli yaşayış həyətinin üzərindəki düz damlarda günəş panellərinin təsviri",
            },
            "Başqa şəhərlər oxşar problemləri sadə hüquqi nümunələrlə həll ediblər. Şəhərin təsdiq etdiyi "
            "standart müqavilə sakinlər birliyinin layihə barədə necə qərar verdiyini, xərc və faydaların necə "
            "bölündüyünü və mənzil satılanda nə baş verdiyini müəyyən edə bilər. Belə nümunə ilə bina "
            "müzakirədən quraşdırmaya illər yox, aylar ərzində keçə bilər. Onsuz hər həyət öz qaydalarını "
            "icad etməli olur və çoxu işə başlamadan əl çəkir.",
            None,
            "Şəbəkə qaydaları da önəmlidir. Sakinlər bilməlidirlər ki, günorta istehsal olunan artıq elektrik "
            "ədalətlə hesablarına yazılacaq və qoşulma sonu gəlməyən yoxlamalar tələb etməyəcək. Paylayıcı "
            "şirkətin təhlükəsizlik və gərginliyin sabitliyi ilə bağlı əsaslı narahatlıqları var, lakin "
            "bunları aydın texniki standartlar və sertifikatlı quraşdırıcılarla aradan qaldırmaq olar. "
            "Şəffaf, dərc olunmuş qayda hər müraciətə istisna kimi baxılan indiki qeyri-müəyyənlikdən hər iki "
            "tərəfə daha yaxşı xidmət edərdi.",
            "Şəhər üçün daha geniş faydalar da var. Panellər damlara kölgə salır və istidən ən çox əziyyət "
            "çəkən yaşlı sakinlərin tez-tez yaşadığı yuxarı mərtəbə mənzillərinin qızmasını azaldır. Yerli "
            "quraşdırma və texniki xidmət başqa ölkəyə köçürülə bilməyən ixtisaslı iş yerləri yaradır. Damda "
            "istehsal olunan hər kilovat-saat sıx yüklənmiş yarımstansiyalardan keçməli olmur və bu, bugünkü "
            "yay tələbatı üçün nəzərdə tutulmamış şəbəkənin yükünü yüngülləşdirir.",
            "Bunların heç biri ölkənin enerji balansını bir gecədə dəyişməyəcək. Amma şəhərlər kiçik "
            "qərarların toplanması ilə dəyişir və damı panellərlə örtülmüş həyət gözə görünən, gündəlik bir "
            "nişanədir: enerji keçidi sakinlərin yalnız uzaqdan seyr etdiyi deyil, iştirak edə bildiyi bir "
            "işdir. Şəhər bir neçə onlarla binada pilot layihə ilə başlaya, nəticələri açıq dərc edə və "
            "qonşulara səssiz elektrik stansiyasının necə göründüyünü öz gözləri ilə görməyə imkan verə "
            "bilər.",
        ],
    },
    "nizami-couplets-and-the-problem-of-translation": {
        "days_after": 11,
        "title": "Nizaminin beytləri və tərcümənin inadkar problemi",
        "slug": "nizaminin-beytleri-ve-tercumenin-inadkar-problemi",
        "standfirst": "XII əsrdə yaşamış gəncəli şair yarım qitənin hekayəçilik ənənəsini formalaşdırıb. Yeni "
        "oxuculara çatmaq üçün bir qəti variant deyil, çoxlu tərcümə lazım olacaq.",
        "seo_title": "Nizami və tərcümə problemi",
        "search_description": "Anna Kowalczyk Nizami Gəncəvinin poeziyasının niyə müxtəlif tərcümələrə "
        "ehtiyacı olduğunu və regionun universitetlərinin bu işdə necə birləşə biləcəyini yazır.",
        "body": [
            "XII əsr gəncəli şairi Nizami Gəncəvi orta əsrlər dünyasının ən təsirli nəzm hekayələrindən "
            "bəzilərini fars dilində yazıb. Beş böyük poemadan ibarət «Xəmsə» əsrlər boyu İranda, Qafqazda, "
            "Mərkəzi Asiyada və Hindistanda hekayəçiliyə yön verib, aşiqlər, hökmdarlar və filosoflar "
            "haqqında dastanları isə qeyri-adi gözəllikdə əlyazmalarında təsvir olunub. Buna baxmayaraq, bu "
            "gün oxucuların çoxu üçün, xüsusən regiondan kənarda, Nizami bir səs deyil, sadəcə bir addır.",
            "Aydın körpü tərcümədir və bir çox dilə dəyərli tərcümələr mövcuddur. Amma Nizamini başqa dilə "
            "daşımağa çalışan hər kəs bunun nə qədər çətin olduğunu bilir. Onun beytləri qafiyəyə, vəznə, "
            "söz oyununa, əvvəlki poeziyaya, dini ənənəyə və elmə sıx işarələr şəbəkəsinə söykənir. Hərfi "
            "tərcümə mənanı saxlayır, musiqini itirir. Sərbəst tərcümə musiqini saxlayır, amma çox vaxt "
            "orijinalı göz qamaşdıran dəqiqliyi itirir.",
            "Müxtəlif nəsillər bu problemi müxtəlif yollarla həll ediblər. Bəzi tərcüməçilər qafiyəli nəzmi "
            "seçib, bəzən mənadan bir qədər uzaqlaşacaqlarını qəbul ediblər. Başqaları nəsri seçib, geniş "
            "izahlar yazıblar. Digərləri isə hekayələri müasir dildə yenidən danışan uyğunlaşdırmalar "
            "yaradıblar — bu, tərcümədən çox bir romançının təkrar nəqlinə bənzəyir. Hər yanaşma öz oxucusuna "
            "çatır, heç biri isə hamısına çatmır. Sual hansının doğru olmasında deyil, hansı oxuculara xidmət "
            "etməsindədir.",
            {
                "text": "Hərfi tərcümə mənanı saxlayır, musiqini itirir. Sərbəst tərcümə musiqini saxlayır, "
                "amma çox vaxt dəqiqliyi itirir.",
                "attribution": "Anna Kowalczyk, mədəniyyət icmalçısı",
            },
            "Çoxlu variantın xeyrinə",
            "Ən faydalı mövqe çoxsəslilik ola bilər. Böyük poema çoxlu tərcüməyə tab gətirir və bir neçə "
            "variantı yan-yana görmək oxucunun xeyrinədir. İzahlı elmi nəsr tərcüməsi ritmi çatdıran qafiyəli "
            "variantla və gənc oxucular üçün yenidən nəqllə yanaşı dura bilər. Rəqəmsal nəşrlər bunu "
            "həmişəkindən asan edir: oxucu sətir-sətir bir variantdan digərinə keçə, izahlara baxa və "
            "orijinalın necə səsləndiyini dinləyə bilər.",
            "Regionun universitetləri və nəşriyyatları burada daha böyük rol oynaya bilər. Nizamini "
            "Azərbaycanda qürurla öz şairi sayır, İranda ona ehtiram göstərir, bütün farsdilli dünyada onu "
            "öyrənirlər və bu ortaq irs əməkdaşlıq üçün fürsətdir. Fars dili alimlərini, tərcümə dillərində "
            "yazan şairləri və dövrün tarixçilərini bir araya gətirən birgə tərcümə layihələri hər hansı bir "
            "qurumun təkbaşına bacaracağından daha yaxşı nəticə verərdi.",
            "Belə əməkdaşlıqda dərin bir uyğunluq var. Nizaminin öz poemaları səfərlərlə, yad insanların "
            "qarşılaşmaları və fərqlərin üstündən aparılan söhbətlərlə doludur. Onun qəhrəmanları başqa "
            "dinlərdən və başqa diyarlardan olan müəllimlərdən öyrənirlər. Onu yaxşı tərcümə etmək elə həmin "
            "ruhda atılan addımdır: dillər arasında səbirlə və təvazökarlıqla aparılan uzun söhbət. Bu "
            "söhbətə nə qədər çox səs qoşulsa, onun öz səsini bir o qədər aydın eşidəcəyik.",
        ],
    },
}
