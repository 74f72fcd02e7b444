"""Demo articles, part 1 (original text written for this project)."""

ARTICLES = [
    {
        "slug": "let-the-regions-students-cross-borders-on-scholarships",
        "title": "Let the region's students cross borders on scholarships, not paperwork",
        "standfirst": "Exchanges between universities in the South Caucasus and Central Asia remain rare and bureaucratic. A modest regional scholarship scheme would do more for long-term trust than many declarations.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["education", "universities", "regional affairs", "Bakı"],
        "days_ago": 26,
        "body": [
            (
                "paragraph",
                "Ask a student in Baku, Tbilisi or Yerevan where they hope to spend a semester abroad, and the answers will usually name a European or American university, occasionally a Turkish or Asian one. Very rarely will they name a university in a neighbouring country a few hours away by train. That is partly a matter of prestige and partly one of opportunity. Exchange programmes between the region's universities are few, small and often hard to navigate.",
            ),
            (
                "paragraph",
                "The obstacles are mostly practical. Credits earned at one university are not always recognised by another, so a semester abroad can delay graduation. Visa and residence requirements vary and can be time-consuming. Scholarships for study in neighbouring countries are scarce, and students from modest backgrounds cannot fund themselves. Universities themselves often lack the international offices and partnership agreements needed to make exchanges routine rather than exceptional.",
            ),
            (
                "paragraph",
                "These are solvable problems. A regional credit recognition agreement, modelled on arrangements that European universities have used for decades, would let students count their studies abroad towards their degrees. Simplified student visas, issued quickly on the basis of an admission letter, would remove another barrier. Neither requires a political breakthrough. Both require ministries of education to sit down together and agree on procedures, which they are perfectly capable of doing.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Funding is the harder part, but the sums involved are small. A scholarship covering a semester's living costs in a neighbouring capital would cost a fraction of a single international conference. A fund supporting a few hundred students a year, financed jointly by governments, foundations and businesses with an interest in regional trade, would be modest by any standard. Its effects, compounded over a decade, would be considerable and lasting.",
            ),
            ("heading", "An investment in the next generation"),
            (
                "paragraph",
                "Those effects go well beyond academic learning. Students who spend months in a neighbouring country come back with friendships, language skills and an understanding of how the other society works. Some will go on to careers in business, government, journalism and academia, where those connections will matter. A future trade negotiator who once shared a flat with students from across the border will approach the table differently from one who knows the neighbour only through news reports.",
            ),
            (
                "paragraph",
                "There is also a benefit for the universities. Exchanges expose faculty and administrators to different approaches to teaching and research, encourage joint projects, and raise standards through comparison. Regional universities that cooperate can offer joint degrees in fields where none has enough expertise alone, from Caspian ecology to transport logistics. Students from outside the region may find such programmes attractive, bringing fees and international visibility to institutions that currently struggle for both.",
            ),
            (
                "paragraph",
                "We are not naive about the political sensitivities. Some exchanges, between some countries, will take longer to arrange than others. But the principle of starting where cooperation is already possible, and expanding as confidence grows, applies here as everywhere. The region's governments often speak of building a shared future. A generation of students who have actually lived in each other's cities would give that phrase a concrete meaning. It is an investment that costs little and pays for decades.",
            ),
        ],
    },
    {
        "slug": "small-states-need-long-memories-and-short-grudges",
        "title": "Small states need long memories and short grudges",
        "standfirst": "History weighs heavily on every capital in the South Caucasus. Remembering it accurately is a duty; allowing it to dictate every decision is a trap that larger neighbours know how to exploit.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": [],
        "days_ago": 44,
        "body": [
            (
                "paragraph",
                "In the South Caucasus, history is never far from the conference table. Every negotiation is shadowed by earlier ones, every border by earlier borders, every alliance by the memory of who stood where in some previous crisis. Outsiders sometimes describe this as an obsession with the past. That is unfair. For small states surrounded by larger powers, remembering is a form of self-defence. Those who forget how they were treated tend to be treated the same way again.",
            ),
            (
                "paragraph",
                "But there is a difference between memory and grudge. Memory is a record of what happened, kept as accurately as possible, including the parts that are uncomfortable for one's own side. A grudge is a decision to let that record determine present choices regardless of whether circumstances have changed. Memory makes a state wiser. A grudge makes it predictable, and in a region where larger neighbours study every weakness, predictability is itself a vulnerability that others can exploit.",
            ),
            (
                "pull_quote",
                {
                    "text": "Memory makes a state wiser. A grudge makes it predictable.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "Consider how often regional diplomacy has stalled on questions that are, in practical terms, minor. A road that cannot open because of a dispute over signage. A trade agreement delayed over the wording of a preamble. A cultural exchange cancelled because of an anniversary. Each of these reflects genuine feelings, and none should be dismissed lightly. But taken together, they amount to a pattern in which the past is permitted to veto the future, one small decision at a time.",
            ),
            (
                "paragraph",
                "The most successful small states elsewhere in the world have tended to handle this differently. They keep meticulous historical archives, teach their histories frankly in schools, and commemorate their losses with dignity. At the same time, they compartmentalise. They trade with former adversaries, cooperate on practical matters, and reserve their grievances for the forums where they can actually be addressed. It is not forgiveness, exactly. It is a disciplined separation between what must be remembered and what must be done.",
            ),
            ("heading", "Archives, not anniversaries"),
            (
                "paragraph",
                "One practical step would be to invest more in the archives themselves. Too much of the region's recent history is documented in partisan accounts, propaganda and memoir. Professional historians, with access to records and the freedom to publish what they find, would give each society a firmer foundation for its memories. A shared understanding of the facts, even where interpretations differ, is a precondition for any lasting settlement, and it is far easier to build in calm years than after a crisis.",
            ),
            (
                "paragraph",
                "Another step is rhetorical. Leaders and commentators, including this columnist, could be more careful to distinguish between the historical record and the present-day policy choices it is used to justify. Saying that a wrong was committed decades ago is a statement about history. Saying that it therefore rules out a particular agreement today is a political argument, and it should be made and tested as one, on its merits, rather than hidden behind the authority of the dead.",
            ),
            (
                "paragraph",
                "None of this is easy. Grief is real, and asking people to set grievances aside can sound like asking them to forget. That is not the request. The request is to remember fully and to act freely, and to recognise that a state which allows its old injuries to make every decision has surrendered its independence just as surely as one that bows to a foreign capital. Small states cannot afford that kind of surrender. Their memories are an asset; their grudges are a cost.",
            ),
        ],
    },
    {
        "slug": "the-regions-cities-are-not-ready-for-the-next-earthquake",
        "title": "The region's cities are not ready for the next earthquake",
        "standfirst": "The South Caucasus sits in one of the most seismically active zones of the wider neighbourhood. Building inspections, school retrofits and public drills deserve the urgency usually reserved for crises already under way.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["earthquakes", "cities", "safety"],
        "days_ago": 57,
        "body": [
            (
                "paragraph",
                "The South Caucasus lies where tectonic plates grind against each other, pushing up the mountains that give the region its character. The same forces make it one of the most earthquake-prone areas in the wider neighbourhood. The devastating earthquake that struck northern Armenia in 1988 remains a painful memory, and the region has experienced many smaller but damaging events since. Yet in the rush of urban growth over the past three decades, preparing for the next major earthquake has too often slipped down the list of priorities.",
            ),
            (
                "paragraph",
                "The risks are concentrated in cities. Baku, Tbilisi and Yerevan have all grown rapidly, with new residential towers rising alongside older housing stock that was not built to modern seismic standards. Many Soviet-era apartment blocks, particularly those made from prefabricated panels, have been altered over the years by residents who removed walls, added balconies or built extra floors. Each change may seem minor; together they can weaken a building in ways that only become apparent when the ground moves.",
            ),
            (
                "paragraph",
                "Building codes in the region have been updated and are broadly consistent with international practice. The weakness lies in enforcement. Inspections are uneven, construction quality varies, and unauthorised alterations to existing buildings are common. A code that is not enforced offers little protection. Strengthening the inspection system, making its results public and penalising violations consistently would do more to save lives than any further revision of the code itself.",
            ),
            ("newsletter", None),
            ("heading", "Schools and hospitals first"),
            (
                "paragraph",
                "Schools and hospitals deserve priority. These buildings hold large numbers of vulnerable people, and hospitals must keep functioning in the aftermath of a disaster, precisely when they are most needed. A systematic assessment of every school and hospital in high-risk areas, followed by a funded programme of retrofitting, would be a sound investment. Several countries facing similar risks have carried out such programmes over a decade or two, and the methods and costs are well understood.",
            ),
            (
                "paragraph",
                "Preparedness is not only a matter of buildings. Residents need to know what to do when shaking begins and in the hours that follow. Regular drills in schools and workplaces, clear public information about evacuation points, and well-equipped local emergency services make a measurable difference to survival rates. Communities that have practised their response recover faster. Those that have not tend to lose precious time to confusion, however brave their rescuers may be.",
            ),
            (
                "paragraph",
                "Earthquakes respect no borders, and regional cooperation has obvious value. Seismic monitoring networks can share data across borders to improve early warning and research. Search-and-rescue teams can train together and agree arrangements for rapid assistance. Such cooperation has happened before, often in the aftermath of disaster, when neighbours have sent help regardless of political differences. It would be better to build it deliberately, in calm times, than to improvise it amid the rubble.",
            ),
            (
                "paragraph",
                "We do not raise this subject to alarm our readers. Earthquakes cannot be predicted precisely, and a major event may be years or decades away. But it will come, and the choices made now will determine how many people survive it. Retrofitting a school is not a glamorous project. It will never be celebrated, because success means that nothing happens. That is precisely why it needs steady political commitment rather than the brief attention that follows each disaster.",
            ),
        ],
    },
    {
        "slug": "the-teahouse-is-the-regions-most-honest-parliament",
        "title": "The teahouse is the region's most honest parliament",
        "standfirst": "Opinion polls are scarce and often distrusted. Anyone who wants to understand what people really think should spend an afternoon listening at a teahouse table.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["society", "public opinion"],
        "days_ago": 104,
        "body": [
            (
                "paragraph",
                "There is a teahouse near my flat where the same group of men has met every afternoon for as long as I have lived in the neighbourhood. They are mostly retired: a former engineer, a schoolteacher, a taxi driver, a man who once ran a small shop. They drink tea from pear-shaped glasses, play backgammon and argue. The arguments range across everything: the price of bread, the state of the roads, a new building going up across the street, what some distant government said yesterday.",
            ),
            (
                "paragraph",
                "I have learned more about public opinion from that teahouse than from most of the surveys I have read. Not because the men are representative, which they are not, but because they speak freely, at length, and without the caution people often show when a stranger with a clipboard asks them questions. Their views are rarely simple. The same man who complains bitterly about officials will praise a particular reform that made his pension easier to collect. Nuance lives at those tables.",
            ),
            (
                "pull_quote",
                {
                    "text": "The same man who complains bitterly about officials will praise the reform that made his pension easier to collect.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "Teahouses, in their many forms across the region, have long served this function. They are places where news is exchanged, rumours tested and reputations made. In earlier centuries, they were sites of poetry recitation and storytelling. Today they host debates about football and politics in roughly equal measure. They are, in a sense, informal parliaments, where ordinary citizens deliberate on the affairs of the day without any expectation of being heard by those in power.",
            ),
            (
                "image",
                {
                    "caption": "An abstract illustration of tea glasses and a backgammon board on a table in dappled afternoon light",
                    "alt": "Tea glasses beside a backgammon board",
                },
            ),
            (
                "paragraph",
                "They are also exclusive. Traditional teahouses have been predominantly male spaces, and women's conversations about public affairs have taken place elsewhere: in kitchens, courtyards, markets and, increasingly, online. Any honest account of public opinion must listen to those spaces too. A younger generation of cafes, open to everyone and filled with students and young professionals, is creating new forums of a different kind, with their own concerns and their own blind spots.",
            ),
            (
                "paragraph",
                "Why does this matter? Because those who govern, and those who write about governance, can easily lose touch with how policies are experienced. A reform that looks elegant in a ministry may be baffling at the counter where citizens encounter it. A price increase that seems modest in aggregate may be decisive for a household budget. The teahouse conversation captures these realities in a way that official reporting, and even good journalism, often misses.",
            ),
            (
                "paragraph",
                "I am not suggesting that policy be made by backgammon players, however wise some of them are. Informal conversation is full of rumour, prejudice and misinformation, and part of the task of journalism is to correct it. But officials, analysts and columnists would benefit from more time spent listening in such places, and less time in conferences where everyone already agrees. Listening is not the same as following. It is a precondition for persuading anyone of anything.",
            ),
            (
                "paragraph",
                "Last week the men at my teahouse were arguing about the new bus timetable, which had changed without warning. Within half an hour they had identified three problems with it that I suspect nobody in the transport department had anticipated. By the end of the afternoon they had also proposed a solution. Nobody from the department was there to hear it. Someone should have been, and in a better-run world, someone would be.",
            ),
        ],
    },
    {
        "slug": "caspian-states-agree-to-hold-a-joint-oil-spill-response-exercise",
        "title": "Caspian states agree to hold a joint oil spill response exercise",
        "standfirst": "Officials from the five littoral countries have agreed to stage a shared exercise next year, testing how vessels, equipment and information would move across maritime boundaries in an emergency.",
        "section": "politics",
        "type": "news",
        "authors": ["rustam-karimov"],
        "tags": ["caspian", "environment", "cooperation"],
        "days_ago": 11,
        "body": [
            (
                "paragraph",
                "Environment and emergency officials from the five countries bordering the Caspian Sea have agreed to hold a joint oil spill response exercise next year, according to a statement issued after two days of talks in Aktau, on the Kazakh coast. The exercise would be the first of its scale involving all five states, and is intended to test how vessels, equipment and personnel would be deployed across maritime boundaries if a major spill threatened more than one country's waters.",
            ),
            (
                "paragraph",
                "The Caspian is an enclosed sea with no natural outlet to the ocean, which means that pollution does not disperse as it would in open water. Oil and gas production takes place off the coasts of several littoral states, and tanker and ferry traffic has grown with rising trade across the sea. Officials have long acknowledged that a serious spill could affect fisheries, coastal tourism and the endangered Caspian seal, whose breeding grounds lie in the shallow northern waters.",
            ),
            (
                "paragraph",
                "A protocol on regional preparedness for oil pollution incidents was agreed under the Tehran Convention for the protection of the Caspian marine environment more than a decade ago, but participants said that practical arrangements had lagged behind. Unresolved questions include how quickly vessels from one country can enter another's waters during an emergency, how costs would be shared, and how information on the location and movement of a spill would be exchanged between national response centres.",
            ),
            (
                "paragraph",
                "Delegates said the exercise would simulate a spill from a damaged tanker in the central part of the sea, with oil drifting towards more than one coastline. Response teams would practise notification procedures, the deployment of booms and skimmers, and the coordination of aerial surveillance. An observer from a regional environmental organisation said the real value of such exercises lay less in equipment than in relationships. 'People who have worked together in a drill pick up the phone faster in a crisis,' she said.",
            ),
            (
                "paragraph",
                "The statement did not give a precise date or location for the exercise, saying that details would be settled by a working group meeting in the coming months. Officials also agreed to update a shared inventory of response equipment held by each country, and to explore a common system for sharing satellite imagery of suspected spills. Several delegations said they would seek support from international organisations with experience of regional spill response in other enclosed seas.",
            ),
            (
                "paragraph",
                "Environmental groups welcomed the agreement but urged the governments to go further, calling for public reporting of spill incidents and independent assessments of national preparedness. They noted that smaller, chronic leaks from ageing infrastructure and shipping, rather than single catastrophic events, account for much of the oil entering the Caspian each year. Addressing those, they argued, would require stricter monitoring and enforcement at the national level, not only regional exercises.",
            ),
        ],
    },
    {
        "slug": "courts-that-publish-their-reasoning-earn-trust",
        "title": "Courts that publish their reasoning earn a trust no decree can buy",
        "standfirst": "Judicial reform in the region has focused on salaries, buildings and appointment rules. The quieter reform of publishing clear, searchable judgments may matter more.",
        "section": "politics",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["courts", "rule of law", "transparency"],
        "days_ago": 89,
        "body": [
            (
                "paragraph",
                "Judicial reform has been on the agenda in every country of the South Caucasus since independence. International partners have funded training programmes, new court buildings and electronic case management systems. Laws governing the appointment and discipline of judges have been rewritten several times. The results are mixed, and public trust in courts remains modest across the region. Yet one of the most effective reforms available receives comparatively little attention: the systematic publication of judgments, with their full reasoning, in a form anyone can search.",
            ),
            (
                "paragraph",
                "A judgment that explains itself does several things at once. It tells the parties why they won or lost, which makes the outcome easier to accept even when it disappoints. It tells lawyers how the court interprets the law, which makes future cases more predictable. And it exposes the judge's reasoning to scrutiny by colleagues, academics and the press. A court whose decisions can be read and criticised has an incentive to reason carefully. One whose decisions are hidden has no such incentive.",
            ),
            (
                "pull_quote",
                {
                    "text": "A court whose decisions can be read has every reason to reason carefully.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "Progress in this area has been uneven. Some courts in the region publish a large share of their decisions online, while others release only selected judgments or summaries. Search tools are often rudimentary, and decisions may be published in formats that make systematic analysis difficult. Personal data must of course be protected, particularly in family and criminal cases, but anonymisation is a solved technical problem in many jurisdictions and need not be an obstacle to publication.",
            ),
            (
                "paragraph",
                "The benefits extend beyond the courtroom. Businesses deciding whether to invest look at how commercial disputes are resolved, and published judgments give them evidence rather than anecdote. Researchers can identify inconsistencies between courts and propose reforms. Journalists can report on patterns, such as how long cases take or how often certain kinds of claims succeed. Citizens can see that the law is applied in a reasoned way, which is the foundation of any lasting trust in institutions.",
            ),
            ("heading", "Small steps with large effects"),
            (
                "paragraph",
                "Making publication routine does not require new legislation in most cases. It requires a decision by judicial councils that all final judgments, subject to clear exceptions, will be published within a set period, in a standard format with consistent metadata. It requires investment in a public database with decent search functions, which is modest compared with the cost of court buildings. And it requires judges to write with the expectation that they will be read, which may be the most significant change of all.",
            ),
            (
                "paragraph",
                "There will be resistance. Judges accustomed to brief, formulaic decisions may find the expectation of detailed reasoning burdensome, particularly in overloaded courts. Some will worry about criticism. These concerns deserve a serious response, including support for judicial writing and realistic caseloads. But the direction is clear. In jurisdictions that have embraced publication, the quality of judgments has generally improved, and the standing of the courts has risen with it.",
            ),
            (
                "paragraph",
                "Trust in courts cannot be decreed, and it cannot be bought with new buildings. It is earned slowly, judgment by judgment, as citizens see that cases are decided according to law and that the reasons are open to inspection. Publishing those reasons is among the cheapest and most durable reforms available to the region's judicial systems. It deserves a more prominent place on the reform agenda than it has so far received from governments or their international partners.",
            ),
        ],
    },
    {
        "slug": "youth-policy-needs-budgets-not-brochures",
        "title": "Youth policy needs budgets, not brochures",
        "standfirst": "Governments across the region publish strategies for young people every few years. Young people would be better served by fewer documents and more money spent where they actually live.",
        "section": "politics",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["youth", "emigration", "governance"],
        "days_ago": 158,
        "body": [
            (
                "paragraph",
                "Every few years, a new youth strategy appears. It is usually a handsome document, illustrated with photographs of smiling students, and it sets out ambitious goals: more opportunities, more participation, more support for young entrepreneurs, fewer young people leaving for work abroad. The strategies are typically launched at a conference, and their targets are often sensible. What happens next is less visible, because the money attached to them tends to be small, scattered and difficult to trace.",
            ),
            (
                "paragraph",
                "Young people in the region have noticed. Surveys consistently find that large numbers of them are considering emigration, and that their trust in public institutions is lower than that of their parents. Those findings are not mysterious. A graduate in a provincial town who cannot find work that uses her qualifications, cannot afford to rent in the capital, and sees no prospect of either changing will draw her own conclusions, however attractive the strategy document looks.",
            ),
            (
                "paragraph",
                "The first step is to follow the money. Governments could publish, in a single place, every budget line intended to benefit young people, with details of how much was spent, where and on what. That alone would reveal how much of youth policy consists of events, campaigns and printed materials, and how much reaches the things young people say they need: affordable housing, vocational training connected to real employers, childcare, and transport that links provincial towns to jobs.",
            ),
            ("newsletter", None),
            ("heading", "Spending where people live"),
            (
                "paragraph",
                "The second step is geographic. Youth programmes tend to be concentrated in capitals, where ministries, universities and international organisations are based. Yet the young people most likely to leave are often those in smaller towns and rural areas, where opportunities are scarcest. Shifting resources towards those places, through regional training centres, local business grants and support for municipal youth services, would address the problem where it is most acute rather than where it is most convenient to administer.",
            ),
            (
                "paragraph",
                "The third step is to involve young people in spending decisions, not merely in consultations. Participatory budgeting, in which residents vote on how a portion of a local budget is spent, has worked well in cities in many countries. A youth version, with a modest but real budget and genuine authority over its use, would teach more about civic life than any number of forums. It would also generate projects that young people actually want, which is not always what planners expect.",
            ),
            (
                "paragraph",
                "None of this is a call to abolish strategies. A clear statement of goals is useful, and the best strategies have provided a framework for coordinating ministries that would otherwise work in isolation. But a strategy without a budget is a brochure, and young people have learned to recognise brochures. What persuades them that their country is investing in their future is not a document but a change they can see: a training programme that leads to a job, a rent they can afford.",
            ),
            (
                "paragraph",
                "The region's governments have good reason to care. Emigration of the young and educated weakens economies, strains pension systems and drains the energy that reform depends on. Reversing it will take decades, and much of it depends on broader economic conditions that no youth ministry controls. But the contribution that youth policy can make will be far larger if it is measured in money spent well rather than in pages printed. The next strategy should be shorter, and its budget longer.",
            ),
        ],
    },
    {
        "slug": "civil-service-exams-are-the-least-glamorous-reform-that-works",
        "title": "Civil service exams are the least glamorous reform that works",
        "standfirst": "Open, competitive recruitment into public administration has quietly changed who runs ministries in parts of the region. It deserves defending, and extending to the places it has not yet reached.",
        "section": "politics",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["governance", "public administration"],
        "days_ago": 167,
        "body": [
            (
                "paragraph",
                "Reform stories in our region tend to be told through grand gestures: new constitutions, sweeping anti-corruption campaigns, dramatic dismissals of officials. Some of these matter. But the reform I have come to admire most is almost invisible. It is the competitive examination for entry into the civil service, in which candidates sit the same test, under the same conditions, and are ranked by results rather than by who their uncle knows. Where it has been introduced seriously, it has changed the character of public administration.",
            ),
            (
                "paragraph",
                "The change is gradual, because examinations affect only new entrants. A ministry staffed through patronage does not transform overnight when a merit-based process begins. But over a decade, the proportion of officials who entered on their own merits grows. They bring different expectations about how decisions should be made, and different loyalties: to the institution and to the public, rather than to a patron. Younger officials I have met who entered this way speak about their work with noticeable pride.",
            ),
            (
                "pull_quote",
                {
                    "text": "An official who owes the job to an exam result owes the patron nothing.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "The systems are not perfect. Written tests measure some abilities well and others poorly, and a candidate who excels at memorising legislation may not be the best manager. Interviews, often added as a second stage, can reintroduce the discretion the exam was meant to remove. And senior posts are frequently exempt from competition altogether, meaning that the top of a ministry may still be filled by political appointment while the middle is filled by merit.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Those weaknesses are arguments for improvement, not abandonment. Tests can be broadened to include practical exercises and case studies. Interview panels can include independent members and follow published scoring criteria, with results recorded and open to appeal. Competition can be extended gradually to more senior grades, starting with technical posts where political judgement is less relevant. Each step narrows the space for favouritism without pretending that all discretion can be eliminated.",
            ),
            (
                "paragraph",
                "Pay is the other half of the equation. Talented graduates will sit a civil service exam only if the job on the other side offers a reasonable salary and a career path. Where public sector pay has fallen far behind the private sector, examinations attract fewer strong candidates, and those who succeed leave within a few years. Competitive recruitment and competitive pay need each other. A reform that addresses one without the other is bound to disappoint.",
            ),
            (
                "paragraph",
                "Perhaps the greatest value of the exam is symbolic. It tells every young person in the country that a public career is open to them on the basis of ability, whether they come from the capital or a distant village, whether their family is connected or not. That message matters in a region where many young people assume that opportunity depends on connections. Each honest examination is a small piece of evidence that it need not.",
            ),
            (
                "paragraph",
                "Governments that have built these systems should defend them against the quiet erosion that tends to follow any reform: exemptions added one by one, interviews given greater weight, examination boards staffed with loyalists. Those that have not yet built them could learn from neighbours who have. It is not a reform that will make headlines. It is one that, a generation from now, may turn out to have mattered more than most of those that did.",
            ),
        ],
    },
    {
        "slug": "electrifying-caucasus-freight-rail-the-catenary-is-only-half-the-job",
        "title": "Electrifying Caucasus freight rail: the catenary is only half the job",
        "standfirst": "Electric traction could cut costs and emissions on the region's busiest freight lines. But overhead wires are useless without substations, reliable supply and a plan for the power they draw.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["daniel-moreau", "farid-mammadli"],
        "tags": ["rail", "electricity", "middle corridor", "decarbonisation"],
        "days_ago": 67,
        "body": [
            (
                "paragraph",
                "Much of the railway network in the South Caucasus was electrified in the Soviet era, using overhead wires and substations that drew power from the regional grid. Over the following decades, parts of that system deteriorated. Substations aged, wires were damaged, and on some sections diesel locomotives took over because they were simpler to keep running. Today, as freight volumes on the Middle Corridor rise, there is renewed interest in modern electric traction along the main lines.",
            ),
            (
                "paragraph",
                "The case is strong on paper. Electric locomotives are more efficient than diesel, cheaper to maintain and produce no emissions at the point of use. They accelerate faster when pulling heavy trains, which matters on the mountain gradients of the Caucasus. As the share of wind and solar in the regional grid grows, the emissions savings increase further. For a corridor that markets itself to European shippers concerned about the carbon footprint of their supply chains, that is a real commercial advantage.",
            ),
            (
                "paragraph",
                "But the overhead catenary is only the visible part of an electrified railway. Behind it sits an energy system: substations spaced along the line, transforming high-voltage grid power into the voltage the locomotives use; transmission connections to those substations; and a supply arrangement that guarantees power at the moments when heavy trains are climbing. A freight train on a steep gradient can draw several megawatts, and several such trains at once can strain a weak local grid.",
            ),
            ("newsletter", None),
            ("heading", "Where rail meets the grid"),
            (
                "paragraph",
                "This makes railway electrification a grid question as much as a transport one. In some parts of the region, the local network near the railway was built for modest rural demand and would need reinforcement to supply modern traction substations. Coordinating those investments between the railway company and the grid operator, which are usually separate state entities with separate budgets and priorities, is often harder than installing the wires themselves. Delays in one stall the other.",
            ),
            (
                "fact_box",
                {
                    "title": "Electric and diesel freight, in brief",
                    "items": [
                        "Electric locomotives turn most of the energy they draw into traction; diesel engines lose far more as heat",
                        "Regenerative braking on descents can return power to the grid",
                        "Traction substations are needed every few tens of kilometres",
                        "A heavy train on a gradient can draw several megawatts",
                    ],
                },
            ),
            (
                "paragraph",
                "There are also opportunities. Railway substations can be designed to feed regenerative braking energy back into the grid, turning descending trains into small power stations. Land along railway corridors can host solar panels connected directly to the traction supply. Battery storage at substations can smooth peaks in demand, reducing the need for expensive grid reinforcement. Each of these ideas has been tested elsewhere, and each would benefit from early coordination between transport and energy planners.",
            ),
            (
                "paragraph",
                "The financing question is significant. Modernising electrification along a full corridor, including substations and grid connections, costs far more than buying new diesel locomotives, and the savings accrue over decades. International lenders have shown interest, particularly given the climate benefits. But they will want to see a coherent plan that covers both the railway and the power system, with clear responsibility for each component and realistic timetables for completion, rather than a collection of separate projects.",
            ),
            (
                "paragraph",
                "Governments in the region have an opportunity to treat railway electrification as a joint energy and transport programme from the outset. That means bringing railway companies and grid operators into the same planning process, aligning their investment schedules, and designing substations that serve the grid as well as the trains. It is a more complicated approach than simply ordering wires and locomotives. It is also the only one likely to deliver an electrified corridor that works when the heavy trains start to climb.",
            ),
        ],
    },
    {
        "slug": "the-caspians-fishing-towns-are-learning-to-live-after-the-sturgeon",
        "title": "The Caspian's fishing towns are learning to live after the sturgeon",
        "standfirst": "Wild sturgeon catches have collapsed and legal trade in wild caviar has all but ended. Coastal communities are searching for new livelihoods, with uneven success.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["fisheries", "caspian", "livelihoods"],
        "days_ago": 77,
        "body": [
            (
                "paragraph",
                "For centuries, the sturgeon defined the economy of the Caspian coast. The great fish, some of which could grow to enormous size and live for many decades, supported fishing communities from the Volga delta to the southern shores, and their eggs became one of the world's most famous luxury goods. Today wild sturgeon populations have collapsed, victims of overfishing, poaching, dams on spawning rivers and pollution. Several species are critically endangered, and commercial fishing for them is banned or tightly restricted.",
            ),
            (
                "paragraph",
                "The collapse has left coastal towns with a difficult question. Communities that once depended on sturgeon have had to find other sources of income, and the transition has been hard. Other fish, such as kilka, the small sprat-like species that forms the base of the Caspian food chain, have also declined in some areas. Younger people have moved to cities or abroad. Those who remain combine small-scale fishing with seasonal work, trade and money sent by relatives elsewhere.",
            ),
            (
                "image",
                {
                    "caption": "An abstract illustration of small fishing boats pulled up on a grey beach beside a row of low houses",
                    "alt": "Fishing boats on a beach",
                },
            ),
            (
                "paragraph",
                "Aquaculture has emerged as the most prominent alternative. Sturgeon farms in several Caspian countries now produce caviar legally, and farmed caviar has largely replaced wild product in international markets. Farms can provide employment and revenue, and some release young fish into rivers to support wild populations. But they are capital-intensive and often located away from traditional fishing villages, so the people who lost their livelihoods are not necessarily those who benefit from the new industry.",
            ),
            (
                "pull_quote",
                {
                    "text": "The fish that once defined the coast now lives mostly in tanks, and the towns that depended on it are still looking for a new story.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            (
                "fact_box",
                {
                    "title": "The sturgeon at a glance",
                    "items": [
                        "Several Caspian sturgeon species are listed as critically endangered",
                        "International trade in wild Caspian caviar is heavily restricted",
                        "Farmed caviar now dominates legal international sales",
                        "Some sturgeon species take well over a decade to reach maturity",
                    ],
                },
            ),
            (
                "paragraph",
                "Poaching remains a serious problem. The high value of caviar creates strong incentives for illegal fishing, and enforcement along long and remote coastlines is difficult. Poaching not only threatens the remaining wild fish but also undermines legal producers by flooding markets with cheaper product of uncertain origin. Cooperation between the littoral states on enforcement and on tracing the origin of caviar in trade has improved, but gaps remain, and the rewards for illegal activity are still high.",
            ),
            (
                "paragraph",
                "Some communities are experimenting with other paths. Coastal tourism, built around birdwatching, beaches and the distinctive culture of fishing villages, offers possibilities in some areas. Small processing businesses that add value to local catches, through smoking, canning or direct sales to restaurants, can capture more income than selling raw fish to traders. Training programmes for young people in marine skills, from boat maintenance to environmental monitoring, could connect traditional knowledge with new industries.",
            ),
            (
                "paragraph",
                "These efforts are modest and scattered. What is largely missing is a coherent strategy for coastal livelihoods that brings together fisheries management, conservation, tourism and regional development. Such a strategy would need to involve the communities themselves, who understand local conditions better than any ministry. It would need funding in proportion to the scale of the change, and a recognition that the loss of the sturgeon economy was not only an environmental event but also a social one.",
            ),
            (
                "paragraph",
                "The sturgeon may yet recover, if protection is sustained and spawning rivers are restored. Conservation programmes offer some grounds for hope. But recovery will take decades, given how slowly the fish mature. In the meantime, the towns that grew up around the sturgeon need support to build something new. Their future is a test of whether the region can manage an economic transition fairly, a question that will recur as other industries, from oil to gas, face their own long decline.",
            ),
        ],
    },
    {
        "slug": "small-hydropower-in-georgias-valleys-needs-consent-not-just-permits",
        "title": "Small hydropower in Georgia's mountain valleys needs consent, not just permits",
        "standfirst": "Run-of-river plants promise clean electricity and export income. Without a real voice for the villages beside them, they have become a source of protest and delay.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["rustam-karimov", "daniel-moreau"],
        "tags": ["hydropower", "georgia", "renewables"],
        "days_ago": 133,
        "body": [
            (
                "paragraph",
                "Georgia's mountains hold one of the richest hydropower resources in Europe. Fast rivers descend steeply from the Greater Caucasus, and successive governments have seen in them a source of clean electricity, energy independence and export income. Dozens of small and medium plants have been built over the past two decades, and many more have been licensed. Yet the expansion has also produced some of the country's most persistent local protests, and several large projects have been delayed or abandoned.",
            ),
            (
                "paragraph",
                "The pattern of conflict is familiar from other mountain countries. A developer obtains a licence and permits from national agencies, often after an environmental assessment that residents regard as superficial. Construction begins. Only then do villagers discover that a stretch of river they use for irrigation, fishing or simply for its beauty will be diverted into a pipe for several kilometres. The resulting anger is directed not only at the developer but at a process that seemed designed to exclude them.",
            ),
            (
                "pull_quote",
                {
                    "text": "A permit from the capital is not the same thing as consent from the valley.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "Run-of-river plants are often described as environmentally benign because they do not require large reservoirs. That is partly true. But diverting most of a river's flow through a turbine leaves the natural channel with a fraction of its former water for long stretches, affecting fish, vegetation and groundwater. The impact depends heavily on how much water is left in the riverbed, a figure known as the environmental flow, which is frequently contested and rarely monitored independently.",
            ),
            (
                "paragraph",
                "There is a political dimension, too. Mountain communities in Georgia have long felt neglected by the capital, with limited services and steady outmigration. When a hydropower project arrives, bringing a few construction jobs and then little lasting employment, while the electricity and the profits flow elsewhere, it can reinforce a sense that the valleys are treated as resources rather than homes. That sentiment has fed broader civic movements that extend well beyond energy policy.",
            ),
            ("newsletter", None),
            ("heading", "What consent could look like"),
            (
                "paragraph",
                "Other countries have found ways to reduce these conflicts. Benefit-sharing arrangements give local communities a fixed share of plant revenue, paid into a fund they control. Some jurisdictions offer residents the chance to buy equity in projects on favourable terms. Independent monitoring of environmental flows, with data published in real time, can build trust that conditions are being respected. And early consultation, before licences are granted rather than after, allows projects to be redesigned or relocated where objections are strongest.",
            ),
            (
                "image",
                {
                    "caption": "An abstract illustration of a narrow mountain valley with a river and a small powerhouse below a village",
                    "alt": "Mountain valley with a river and a small powerhouse",
                },
            ),
            (
                "paragraph",
                "None of these measures eliminates disagreement. Some valleys will reject any project, and some projects will be worth pursuing despite local objections. But a process that gives communities a genuine voice, and a genuine stake, changes the dynamic. It turns a contest between a developer and a village into a negotiation in which both sides have something to gain. Developers who have tried this approach often report that it shortens timelines rather than lengthening them.",
            ),
            (
                "paragraph",
                "Georgia's energy planners face a real dilemma. The country needs new generation, particularly in winter, when hydropower output falls and imports rise. Abandoning hydropower would be costly. But pursuing it through a process that generates resentment is costly too, in delays, legal challenges and political tension. The lesson of the past two decades is that the rivers will be developed more successfully, and perhaps more quickly, if the people who live beside them are treated as partners.",
            ),
        ],
    },
    {
        "slug": "satellite-survey-finds-methane-leaks-at-older-caspian-wells",
        "title": "Satellite survey finds methane leaks concentrated at older Caspian wells",
        "standfirst": "An independent monitoring programme combining satellite and drone data says a small number of ageing onshore sites account for most detectable emissions, and that fixing them would be cheap.",
        "section": "energy",
        "type": "news",
        "authors": ["daniel-moreau"],
        "tags": ["methane", "gas", "climate"],
        "days_ago": 5,
        "body": [
            (
                "paragraph",
                "A year-long monitoring programme combining satellite observations with drone and ground measurements has found that most detectable methane emissions from oil and gas operations on the western Caspian shore come from a small number of older onshore sites, according to a report published this week. The programme, run by a consortium of university research groups and an environmental data foundation, examined production fields, processing plants and pipeline junctions across a coastal strip several hundred kilometres long.",
            ),
            (
                "paragraph",
                "The researchers found that roughly a fifth of the sites they surveyed accounted for the large majority of measured emissions. Most of those sites were onshore fields developed decades ago, where wellheads, storage tanks and small pipelines have been repaired piecemeal over many years. Modern offshore platforms and the main export pipelines showed comparatively low emissions, which the report attributed to newer equipment and more systematic maintenance programmes.",
            ),
            (
                "fact_box",
                {
                    "title": "Key findings",
                    "items": [
                        "About a fifth of surveyed sites produced most measured emissions",
                        "Largest sources: storage tanks, abandoned wells and venting at small fields",
                        "Offshore platforms and trunk pipelines showed low leak rates",
                        "Most identified leaks could be fixed with standard equipment",
                    ],
                },
            ),
            (
                "paragraph",
                "Methane is a potent greenhouse gas, trapping far more heat than carbon dioxide over the first two decades after it is released. Cutting leaks from oil and gas operations is widely regarded as one of the cheapest ways to slow warming in the near term. It also has a commercial logic: gas that escapes through a faulty valve is gas that cannot be sold, and in a region that exports much of its output, the lost revenue adds up quickly.",
            ),
            (
                "image",
                {
                    "caption": "An abstract false-colour map showing faint plumes drifting from points along a coastline",
                    "alt": "False-colour map of emission plumes",
                },
            ),
            (
                "paragraph",
                "'The encouraging part is how concentrated the problem is,' said Dr Ramil Gasimov, an atmospheric scientist who coordinated the ground measurements. 'We are not talking about rebuilding the industry. We are talking about a list of specific sites where tanks need vapour recovery, valves need replacing and old wells need to be properly sealed. Most of this is routine engineering. The hard part is deciding who pays for wells whose original operators no longer exist.'",
            ),
            (
                "paragraph",
                "Abandoned and orphaned wells were a recurring theme in the report. The western Caspian shore has one of the longest histories of oil extraction in the world, and many wells drilled in the early and middle twentieth century were never properly plugged. Some leak steadily; others emit gas intermittently. Identifying responsibility for these wells is legally complex, and the report recommends a dedicated public programme to seal them, funded in part by current producers.",
            ),
            (
                "paragraph",
                "Industry representatives said they welcomed the data and would review the sites identified. Several European buyers of Caspian gas have begun asking suppliers for verified methane intensity figures, and rules in the European Union are expected to require importers to report the emissions associated with the gas they buy. The researchers said they would repeat the survey next year to measure progress, and would publish site-level results where operators agreed.",
            ),
        ],
    },
    {
        "slug": "shorter-gas-contracts-are-an-opportunity-for-caspian-suppliers",
        "title": "Shorter gas contracts are an opportunity for Caspian suppliers",
        "standfirst": "European buyers no longer want twenty-year commitments. Producers around the Caspian should stop treating that as a threat and start pricing flexibility as a product in its own right.",
        "section": "energy",
        "type": "op-ed",
        "authors": ["daniel-moreau"],
        "tags": ["gas", "europe", "contracts"],
        "days_ago": 19,
        "body": [
            (
                "paragraph",
                "For a generation, the standard gas deal looked the same everywhere. A producer found a buyer willing to sign for twenty or twenty-five years, a bank lent against the certainty of that revenue, and a pipeline was built to connect the two. The model worked because both sides wanted the same thing: predictability. Today the buyers in Europe want something else. Their own climate targets make them reluctant to promise that they will still be burning gas in the late 2040s.",
            ),
            (
                "paragraph",
                "Producers in the Caspian region have tended to read this shift as bad news. Shorter contracts mean less certainty, and less certainty means more expensive finance for the compressor stations and pipeline expansions that any increase in exports would require. That concern is real. But it is only half the picture. A market that values flexibility also pays for it, and suppliers who can offer it have more negotiating power than the old contract model ever gave them.",
            ),
            (
                "paragraph",
                "Consider what European utilities actually need. Their demand for gas is increasingly shaped by the weather: cold, still winters when wind output collapses, and dry summers when hydropower falls short. They want supply that can be called upon at short notice rather than a steady flow they must take whether they need it or not. Storage, swing capacity and the ability to redirect volumes are the qualities that now command a premium in that world.",
            ),
            (
                "paragraph",
                "Caspian suppliers are not obviously well placed to provide those qualities today. Pipeline gas flows at a largely fixed rate, and the region has limited underground storage close to the export routes. Yet both constraints can be addressed. Depleted fields near the coast are candidates for storage. Commercial terms can include seasonal volumes that flex within agreed bands. These are not exotic ideas. They are standard practice in markets that learned to live without long contracts decades ago.",
            ),
            (
                "pull_quote",
                {
                    "text": "A market that values flexibility also pays for it, and the supplier who can offer it holds the stronger hand.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "The deeper change is one of mindset. Under the old model, the seller's job was to produce steadily and let the contract do the rest. Under the new one, the seller becomes something closer to a service provider, responsible for responsiveness as well as volume. That requires trading desks, weather forecasting, and a willingness to accept that some years will be more profitable than others. State-owned companies are not always comfortable with that kind of variability in their accounts.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "There is a risk, too, in clinging to the old terms. Buyers who cannot get the flexibility they want from pipeline suppliers will find it elsewhere, in liquefied gas from across the Atlantic or the Gulf. Every tanker that fills a gap the pipeline could have filled is a small lesson to the buyer about who is easier to work with. Those lessons accumulate, and they shape the next round of negotiations long before any formal talks begin.",
            ),
            (
                "paragraph",
                "The sensible course is to stop arguing about contract length and start designing products. A ten-year deal with seasonal flexibility, backed by new storage and priced transparently, is a better offer than a twenty-year deal that nobody in Brussels or Vienna wants to sign. The region has spent years proving that it can deliver gas reliably. Proving that it can deliver it intelligently is the next step, and the buyers are waiting to see who takes it first.",
            ),
        ],
    },
    {
        "slug": "insulating-old-apartment-blocks-could-free-more-gas-than-a-new-field",
        "title": "Insulating old apartment blocks could free more gas than a new field",
        "standfirst": "Much of the region's domestic gas is lost through draughty windows and uninsulated walls. A serious retrofit programme would cut bills, free volumes for export and create local jobs.",
        "section": "energy",
        "type": "op-ed",
        "authors": ["sarah-whitfield", "daniel-moreau"],
        "tags": ["energy efficiency", "housing", "gas"],
        "days_ago": 180,
        "body": [
            (
                "paragraph",
                "Every winter, a significant share of the natural gas burned in the region's cities leaks out of homes almost as fast as it heats them. Soviet-era apartment blocks, which still house a large proportion of urban residents, were built when energy was cheap and insulation was an afterthought. Their walls, roofs and windows lose heat at rates that would be considered unacceptable in new buildings. Residents compensate by turning up heaters, running gas stoves for warmth or simply living with cold rooms.",
            ),
            (
                "paragraph",
                "The scale of the potential savings is striking. Studies of comparable buildings elsewhere in the former Soviet space and in Central Europe have found that a thorough retrofit, covering external wall insulation, roof insulation, new windows and modern heating controls, can cut heating energy use by a third to a half. Applied across the housing stock of a large city, that amounts to a volume of gas comparable to the output of a modest new field, without any drilling at all.",
            ),
            (
                "pull_quote",
                {
                    "text": "The cheapest cubic metre of gas is the one a home no longer needs to burn.",
                    "attribution": "Sarah Whitfield and Daniel Moreau",
                },
            ),
            (
                "paragraph",
                "For a gas-exporting country, saved gas has a clear value: it can be sold abroad at international prices rather than consumed at home at subsidised ones. For an importing country, it reduces dependence on foreign supply and the bill that comes with it. For households, it means lower costs and warmer homes. For the climate, it means fewer emissions. Few policies offer benefits to so many parties at once, which makes the slow progress on retrofitting all the more puzzling.",
            ),
            (
                "paragraph",
                "The obstacles are mostly organisational. Apartment blocks are owned collectively by many households, which must agree on a retrofit and share its costs. Homeowners' associations are often weak or absent. Residents may be reluctant to borrow, particularly when gas prices are kept low and the savings seem modest. Banks are wary of lending to associations without clear legal standing. And the construction industry has limited experience of large-scale retrofit work, which differs significantly from new building.",
            ),
            ("heading", "Making retrofits routine"),
            (
                "paragraph",
                "Countries that have succeeded in retrofitting their Soviet-era housing have usually combined several elements: a legal framework that allows building associations to make binding decisions by majority; public grants covering part of the cost; long-term, low-interest loans repaid from energy savings; and technical assistance to help associations plan and manage projects. The most successful programmes have treated retrofitting as a standard service, with approved designs and contractors, rather than as a series of bespoke projects.",
            ),
            (
                "paragraph",
                "Gas pricing is the hardest issue. When domestic gas is heavily subsidised, households have little financial incentive to invest in efficiency, because the savings are small. Raising prices abruptly would hurt poorer households and is politically difficult. A better approach links gradual price reform to retrofit support, so that households see their bills fall as a result of improvements even as the price per unit rises. Targeted assistance for low-income families can protect those most at risk.",
            ),
            (
                "paragraph",
                "The region's energy debates tend to focus on supply: new fields, new pipelines, new power plants. Demand receives less attention, perhaps because saving energy lacks the drama of producing it. But the gas lost through draughty apartment walls is as real as the gas in any offshore reservoir, and it is considerably easier to reach. A government that wants more gas to export, or less to import, could do worse than start with the buildings its citizens already live in.",
            ),
        ],
    },
    {
        "slug": "tbilisi-trials-electric-minibuses-on-steep-hillside-routes",
        "title": "Tbilisi trials electric minibuses on steep hillside routes",
        "standfirst": "Twelve battery-powered vehicles will run on four routes serving the city's steepest neighbourhoods for six months, testing range, charging and reliability on gradients that wear out diesel engines.",
        "section": "transport",
        "type": "news",
        "authors": ["farid-mammadli"],
        "tags": ["electric vehicles", "public transport", "tbilisi", "თბილისი"],
        "days_ago": 0,
        "body": [
            (
                "paragraph",
                "Twelve electric minibuses have begun carrying passengers on four routes serving some of Tbilisi's steepest hillside neighbourhoods, in a six-month trial intended to test whether battery-powered vehicles can cope with the city's demanding gradients. The trial, run by the municipal transport company with support from a European development lender, will measure energy consumption, range, charging times and reliability, and will survey passengers on comfort and noise.",
            ),
            (
                "paragraph",
                "The routes were chosen because they are among the most difficult in the network. Minibuses climbing from the river valley to the residential districts on the surrounding hills face long, steep ascents, tight bends and frequent stops. Diesel vehicles on these routes wear out quickly and produce heavy emissions in narrow streets. Electric motors deliver strong torque at low speeds, which should suit the climbs, and can recover energy through regenerative braking on the way down.",
            ),
            (
                "fact_box",
                {
                    "title": "The trial in numbers",
                    "items": [
                        "12 electric minibuses, each seating 18 passengers",
                        "4 hillside routes with gradients of up to 12 percent",
                        "Overnight charging at one depot, plus rapid chargers at two terminals",
                        "6-month trial, with full results to be published",
                    ],
                },
            ),
            (
                "paragraph",
                "Levan Chkhaidze, the transport company's head of fleet planning, said the downhill sections were as important as the climbs. 'On a diesel bus, all the energy spent going up the hill is lost as heat in the brakes coming down,' he said. 'An electric vehicle gets part of it back. We expect our energy costs on these routes to be significantly lower than with diesel, but we want real data from a real winter before we commit to a large order.'",
            ),
            (
                "image",
                {
                    "caption": "An illustration of a small electric minibus climbing a steep street lined with balconied houses",
                    "alt": "Electric minibus on a hillside street",
                },
            ),
            (
                "paragraph",
                "Passengers on the first days of the trial were generally positive. Several remarked on the quietness of the vehicles, which is noticeable on routes that pass close to homes and schools. Some expressed concern about reliability, recalling earlier trials of new vehicle types that were quietly abandoned. The transport company said it would publish the trial results in full, including any breakdowns or failures, to build confidence in whatever decision follows.",
            ),
            (
                "paragraph",
                "The main technical uncertainty concerns winter performance. Battery capacity falls in cold weather, and heating the passenger cabin consumes additional energy. Tbilisi's winters are relatively mild, but the hillside districts can be noticeably colder than the valley floor. If range proves insufficient, the company may need to add more charging points at route terminals, allowing vehicles to top up during layovers. Two rapid chargers have already been installed for this purpose.",
            ),
            (
                "paragraph",
                "The trial is part of a wider programme to renew the city's public transport fleet and reduce air pollution, which has long been a concern in the enclosed river valley where the city centre sits. Larger electric buses have already been introduced on some main routes. If the minibus trial succeeds, the company has indicated that it could seek funding for a much larger fleet, potentially replacing diesel minibuses on most hillside routes within several years.",
            ),
        ],
    },
    {
        "slug": "night-trains-across-the-caucasus-deserve-a-sleeper-car-revival",
        "title": "Night trains across the Caucasus deserve a sleeper-car revival",
        "standfirst": "Overnight passenger services once linked the region's capitals and resorts. Reviving them would be cheaper than new motorways and far more pleasant than an early-morning budget flight.",
        "section": "transport",
        "type": "op-ed",
        "authors": ["farid-mammadli"],
        "tags": ["rail", "passenger trains", "tourism"],
        "days_ago": 38,
        "body": [
            (
                "paragraph",
                "There was a time when the natural way to travel between the capitals of the South Caucasus was to board a train in the evening, drink tea in a compartment while the landscape darkened, and wake up the next morning in a different city. Overnight services connected Baku, Tbilisi and Yerevan, and ran on to the Black Sea coast. Some of those routes have survived in reduced form. Others disappeared in the turmoil of the 1990s or were suspended in later years and never fully restored.",
            ),
            (
                "paragraph",
                "Elsewhere, night trains are enjoying a renaissance. Across Europe, new operators and revived state services are running sleeper trains between major cities, responding to demand from travellers who want to avoid flying, save a night's hotel bill and arrive rested. Occupancy on many routes is high, and new rolling stock has been ordered. The South Caucasus, with distances well suited to overnight travel and a growing tourism industry, has every reason to join that revival.",
            ),
            (
                "paragraph",
                "The distances are ideal. Baku to Tbilisi is a journey of a little over five hundred kilometres, long enough that a daytime train takes most of a day and short enough that an overnight service can depart after dinner and arrive after breakfast. The same applies to routes from the capitals to mountain resorts and to the Black Sea coast. Travellers gain a day. Operators gain a product that can command a reasonable fare and fill seats year round.",
            ),
            (
                "pull_quote",
                {
                    "text": "A good night train sells two things at once, a journey and a night's sleep, and travellers will pay for both.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            ("heading", "What a revival would need"),
            (
                "paragraph",
                "Reviving the services would require investment, but not on the scale of new railway lines. The track exists and, on the main routes, has been upgraded for freight. What is needed is modern rolling stock with comfortable compartments, clean facilities and reliable air conditioning; timetables designed around passenger convenience rather than the gaps between freight trains; and border procedures that do not wake passengers at three in the morning for passport checks. Each of these is achievable.",
            ),
            (
                "paragraph",
                "Border formalities are the most delicate issue. Travellers tolerate a brief check, but lengthy inspections in the middle of the night destroy the appeal of a sleeper service. Joint controls carried out on board, or at departure stations before the train leaves, have solved this problem on several European routes. Railway and border agencies in the region could agree similar arrangements, at least on routes between countries with good relations, as a pilot that could later be extended.",
            ),
            (
                "paragraph",
                "There is also a question of marketing. Many potential passengers, particularly foreign tourists, do not know that night trains run in the region at all, or find it difficult to buy tickets online. A simple, multilingual booking platform, linked to the international rail ticketing systems that European travellers already use, would open the services to a much wider market. Tourism boards could promote the trains as an experience in their own right, as some European operators have done with considerable success.",
            ),
            (
                "paragraph",
                "Night trains will never carry the volumes of freight corridors or the numbers of airline passengers. They do not need to. They offer a distinctive, comfortable and low-carbon way to travel between cities and regions, and they make the journey part of the pleasure of the trip. For a region that wants to attract visitors and connect its own people, that is worth a modest investment. The compartments, the tea and the morning view over the mountains are waiting to be rediscovered.",
            ),
        ],
    },
    {
        "slug": "pavements-are-the-forgotten-transport-network",
        "title": "Pavements are the forgotten transport network",
        "standfirst": "Cities across the region spend heavily on roads and interchanges while the places people walk are broken, blocked or missing. Every journey begins on foot; investment should begin there too.",
        "section": "transport",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": [],
        "days_ago": 96,
        "body": [
            (
                "paragraph",
                "Every journey in a city begins and ends on foot. The commuter who drives walks from the car park to the office. The bus passenger walks to the stop. The metro rider climbs stairs and crosses streets to reach the station entrance. Walking is the one transport mode that everyone uses, every day, yet in many cities of the region it receives the least attention and the smallest share of investment. The pavement is treated as whatever is left over after the road has been built.",
            ),
            (
                "paragraph",
                "The consequences are visible to anyone who walks in Baku, Tbilisi or Yerevan. Pavements are cracked, uneven or interrupted by steps and kerbs of varying height. Cars park across them, forcing pedestrians into the road. Underpasses replace surface crossings, imposing long detours and steep stairs on anyone who cannot manage them easily. Parents with prams, older residents and people using wheelchairs find large parts of the city effectively closed to them.",
            ),
            (
                "paragraph",
                "This is not merely an inconvenience. Poor walking conditions push people towards cars for short trips they would otherwise make on foot, adding to congestion and pollution. They undermine public transport, because a bus or metro line is only as useful as the walk to reach it. And they are dangerous. Pedestrians account for a large share of road deaths in the region, and many of those deaths occur at crossings where drivers are not obliged, or not inclined, to slow down.",
            ),
            ("heading", "Cheap fixes, lasting gains"),
            (
                "paragraph",
                "Improving pavements is among the cheapest investments a city can make. Repairing surfaces, lowering kerbs at crossings, adding signalled surface crossings and enforcing parking rules cost a fraction of a new interchange or flyover. The benefits accrue immediately and to everyone. A city that resolved to make every pavement within five hundred metres of a metro station continuous, level and free of parked cars would transform the daily experience of hundreds of thousands of residents.",
            ),
            (
                "paragraph",
                "It also requires a shift in how cities measure success. Transport departments tend to track vehicle speeds and junction capacity, because those are the indicators they have always used. Few measure how long it takes to walk to a school or a clinic, how many crossings a pedestrian must wait at, or how many streets are accessible to a wheelchair user. What is not measured is not managed. Adding walking indicators to the standard reports would change priorities quietly but effectively.",
            ),
            (
                "paragraph",
                "Some progress is visible. Several central districts have been pedestrianised, and new developments increasingly include generous sidewalks and public squares. These are welcome, but they tend to be showcases in prosperous areas. The test is whether the ordinary residential streets of outer districts, where most people actually live, receive the same attention. A city is walkable when its least glamorous neighbourhoods are walkable, not when its tourist quarter is.",
            ),
            (
                "paragraph",
                "We would urge city authorities to publish a pavement plan: an inventory of the walking network, a list of the worst problems and a timetable for fixing them. It need not be ambitious in its first year. It needs only to be real, funded and regularly reported on. The pavement is the oldest transport infrastructure there is. Treating it as a network, rather than an afterthought, would be one of the most practical things any city in the region could do.",
            ),
        ],
    },
    {
        "slug": "a-choir-school-in-svaneti-teaches-polyphony-to-a-new-generation",
        "title": "A choir school in Svaneti begins teaching polyphony to a new generation",
        "standfirst": "A residential summer school in the high Caucasus is bringing children from across Georgia to learn the three-part songs of the mountains directly from village singers.",
        "section": "culture",
        "type": "news",
        "authors": ["anna-kowalczyk"],
        "tags": ["music", "georgia", "heritage"],
        "days_ago": 29,
        "body": [
            (
                "paragraph",
                "A residential choir school dedicated to traditional Georgian polyphonic singing has opened its first summer session in Svaneti, the high mountain region in the north-west of the country. Forty children aged ten to sixteen, from towns and villages across Georgia, are spending three weeks learning songs from singers who grew up with them. The organisers say the school aims to pass on a living tradition directly, from voice to voice, rather than through notation or recordings alone.",
            ),
            (
                "paragraph",
                "Georgian polyphony, in which three or more independent voice parts interweave in dense and often strikingly dissonant harmonies, is one of the oldest continuous vocal traditions in Europe and is recognised by UNESCO as part of the intangible cultural heritage of humanity. Each region of Georgia has its own styles and repertoire. Svaneti, remote and mountainous, is known for songs of particular antiquity, many of them associated with rituals, work and seasonal celebrations.",
            ),
            (
                "image",
                {
                    "caption": "An illustration of children singing in a circle in front of a medieval stone tower in a mountain village",
                    "alt": "Children singing near a stone tower",
                },
            ),
            (
                "paragraph",
                "The school was founded by a group of musicians and ethnomusicologists with support from a cultural foundation and from local families, who are providing accommodation for the students. Its director, the singer and teacher Nino Chkheidze, said the idea grew from concern that many children now encounter polyphony mainly through concerts and recordings. 'These songs were never meant to be listened to,' she said. 'They were meant to be sung together, at the table, in the field, at a funeral. You learn them by standing next to someone who knows them.'",
            ),
            (
                "paragraph",
                "Teaching at the school follows traditional methods. Each morning, students are divided into small groups, each led by a village singer, and learn one voice part by ear before combining with the others. Afternoons are given over to the history of the songs, visits to churches and villages, and informal singing with local residents. Evenings often end with a supra, the traditional Georgian feast, at which students are encouraged to join in the toasts and songs that accompany it.",
            ),
            (
                "paragraph",
                "Several of the village singers teaching at the school are in their seventies and eighties. The organisers say one of the school's purposes is to ensure that their knowledge of local variants, some of which have never been recorded, is passed on while they are still able to share it. Sessions are being filmed and recorded, with the singers' consent, to create an archive that will be made available to researchers and to the communities themselves.",
            ),
            (
                "paragraph",
                "The organisers hope to expand the school in future years, adding sessions in other regions with distinctive singing traditions, such as Guria and Kakheti, and welcoming students from abroad. They also plan to bring former students back as assistant teachers, creating a chain of transmission from one generation to the next. 'If even a few of these children are singing these songs with their own children in thirty years,' the director said, 'we will have done what we set out to do.'",
            ),
        ],
    },
    {
        "slug": "picture-books-in-talysh-lezgian-and-udi-are-a-lifeline",
        "title": "Picture books in Talysh, Lezgian and Udi are a lifeline for small languages",
        "standfirst": "Minority languages survive in homes, not in archives. A handful of volunteer publishers are producing children's books that give families a reason to keep speaking them.",
        "section": "culture",
        "type": "analysis",
        "authors": ["anna-kowalczyk"],
        "tags": ["language", "books", "minority languages"],
        "days_ago": 112,
        "body": [
            (
                "paragraph",
                "Linguists have long known that the surest sign of a language in danger is not the number of its speakers but the age of its youngest ones. When parents stop speaking a language to their children, it can vanish within two generations, however many older people still use it. In the South Caucasus, a region of remarkable linguistic diversity, several smaller languages face exactly that risk, as families shift towards a national language or Russian for the sake of schooling and work.",
            ),
            (
                "paragraph",
                "Azerbaijan alone is home to speakers of Talysh, Lezgian, Avar, Tat, Udi, Khinalug and several others, some spoken in a handful of villages. Georgia and the surrounding highlands hold similar diversity. These languages carry oral literatures, agricultural knowledge, place names and ways of seeing that exist nowhere else. Their decline is rarely the result of deliberate policy. It is more often the accumulation of practical choices by families who want the best opportunities for their children.",
            ),
            (
                "paragraph",
                "Against that tide, a number of small initiatives have been producing children's picture books in minority languages. Most are run by volunteers: teachers, linguists, artists and parents who pool their skills and raise money from community donations and occasional grants. The books are simple, often bilingual, with illustrations rooted in local landscapes and traditions. Print runs are small, sometimes a few hundred copies, yet the books circulate widely, passed between families and read aloud in village schools.",
            ),
            (
                "image",
                {
                    "caption": "An illustration of a child and a grandmother reading a brightly coloured book beside a window",
                    "alt": "Grandmother and child reading together",
                },
            ),
            (
                "paragraph",
                "The value of these books lies partly in their content and partly in their existence. A child who sees her grandmother's language printed in a colourful book, alongside the national language, learns that it is something worth reading and writing, not merely something spoken at home by older relatives. Parents who had assumed the language had no place in modern life are reminded that it can be taught, enjoyed and passed on. Status matters as much as vocabulary.",
            ),
            ("heading", "Standards without stiffness"),
            (
                "paragraph",
                "The work raises difficult questions. Many minority languages lack a standardised written form, or have several competing ones, sometimes using different alphabets. Choosing a spelling system for a children's book is a decision with implications for dialect communities that write differently. The most successful projects have consulted widely, accepted some variation, and avoided presenting their choices as final. A living language can tolerate a degree of inconsistency far better than it can tolerate silence.",
            ),
            (
                "paragraph",
                "Support from public institutions has been uneven. Some school systems allow limited teaching of minority languages, and a few regional libraries stock the books. But there is no consistent programme of funding, and the volunteers behind most projects work without security from one year to the next. Small, predictable grants, covering printing and illustration costs and a modest fee for authors, would allow them to plan and to produce books on a regular schedule rather than in occasional bursts.",
            ),
            (
                "paragraph",
                "A picture book cannot save a language on its own. That depends on families choosing to speak it and on communities finding reasons to value it. But books can tip the balance in favour of that choice, by making the language visible, enjoyable and modern. In a region whose cultural wealth lies so heavily in its diversity, helping small languages survive is not a niche concern. It is part of preserving what makes the South Caucasus distinctive, and it costs remarkably little to do well.",
            ),
        ],
    },
    {
        "slug": "soviet-modernist-buildings-deserve-a-second-look",
        "title": "Soviet modernist buildings deserve a second look before the bulldozers arrive",
        "standfirst": "Concrete cinemas, mosaic-clad institutes and sculptural bus shelters are disappearing across the region. Some deserve to go. Many deserve protection, and all deserve an honest assessment.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk", "leyla-hasanova"],
        "tags": ["architecture", "heritage", "cities"],
        "days_ago": 145,
        "body": [
            (
                "paragraph",
                "Walk through any city in the South Caucasus and you will pass buildings from the late Soviet decades that most residents barely notice. A cinema with a concrete canopy. A research institute whose facade carries a vast mosaic of scientists and sunbursts. A wedding palace of swooping curves. A roadside bus shelter shaped like a wave. Many of these buildings are neglected, some are empty, and a growing number are being demolished to make room for new development.",
            ),
            (
                "paragraph",
                "There are reasons for the indifference. These buildings are associated with a political system that many people in the region have little wish to commemorate. Many were poorly built, with materials that have aged badly, and their maintenance was neglected for decades after independence. Their style, bold and often monumental, can seem alien to a generation that prefers glass towers or reconstructed historic streets. Demolishing them can feel like clearing away an awkward past.",
            ),
            (
                "pull_quote",
                {
                    "text": "A building can outlive the system that commissioned it and belong, in the end, to the people who used it.",
                    "attribution": "Anna Kowalczyk and Leyla Hasanova",
                },
            ),
            (
                "paragraph",
                "Yet the buildings themselves tell a more complicated story. Their architects were often local, and many drew deliberately on regional traditions, adapting patterns from carpets, tilework and historic monuments into modern forms. The mosaics and reliefs were made by local artists, some of whom became well known in their own right. These works are part of the region's artistic history, not only of an imposed ideology, and they reflect a period of real creative ambition within narrow limits.",
            ),
            (
                "paragraph",
                "They are also part of ordinary people's memories. Residents who went to films in the concrete cinema, married in the curving wedding palace or studied in the mosaic-covered institute may have complicated feelings about the era, but their attachment to the buildings is often genuine. Heritage is not only what experts value. It is also what communities recognise as theirs, and a building that carries decades of family occasions has a claim on the city that a new tower does not yet have.",
            ),
            ("heading", "Choosing what to keep"),
            (
                "paragraph",
                "This does not mean every building should be saved. Some are structurally unsound, some have been altered beyond recognition, and some are simply undistinguished. The point is that decisions should be made on the basis of proper assessment rather than by default. An inventory of significant modernist buildings, prepared by architects and historians and open to public comment, would allow cities to identify the most valuable examples and protect them before they are lost.",
            ),
            (
                "paragraph",
                "Adaptive reuse offers a path for many of them. Empty cinemas can become cultural centres, institutes can become offices or housing, and even unusual structures can find new life with some imagination. Cities elsewhere in the former Soviet space and in Central Europe have shown what is possible. The cost of sensitive renovation is often comparable to that of demolition and new construction, and the result preserves something that, once lost, cannot be rebuilt.",
            ),
            (
                "paragraph",
                "Every generation tends to undervalue the architecture of the one before. Victorian buildings were demolished with enthusiasm in Britain in the 1960s; many of the survivors are now cherished. The modernist heritage of the South Caucasus is at a similar moment of vulnerability. In twenty years, we suspect, people will wonder why so much was lost so casually. There is still time to choose more carefully, and the choice deserves public debate rather than quiet demolition.",
            ),
        ],
    },
]
