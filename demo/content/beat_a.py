"""Evaluation archive, writer A: peace talks, Russia, Georgia's EU path, Caspian gas and the Middle Corridor."""

ARTICLES = [
    {
        "slug": "the-treaty-text-is-finished-the-politics-is-not",
        "title": "The treaty text is finished. The politics is not",
        "standfirst": "Armenia and Azerbaijan have an agreed peace treaty that neither has signed. The obstacle now lies in Armenia's constitution and in the election and referendum that must come first.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["peace treaty", "Armenia", "Azerbaijan", "constitution"],
        "days_ago": 12,
        "topics": ["peace-talks", "elections"],
        "judge_note": "Argues the initialled Armenia-Azerbaijan treaty now depends on Armenia's election and a constitutional referendum, and that both sides should keep building interim steps meanwhile.",
        "body": [
            (
                "paragraph",
                "For the first time in more than three decades of conflict, Armenia and Azerbaijan have a peace agreement whose wording both governments say they accept. The seventeen articles settled by negotiators in March 2025, and initialled by the two foreign ministers at the White House that August, cover the essentials: mutual recognition of each other's territorial integrity, the renunciation of territorial claims, the withdrawal of lawsuits the two states have filed against each other, and an undertaking not to station third-country forces along their shared border. On paper, the hardest part is done. In practice the document sits in a drawer, waiting on a condition that no negotiator or mediator can deliver.",
            ),
            (
                "paragraph",
                "That condition is Armenia's constitution. Baku argues that its preamble, which refers to the 1990 declaration of independence and through it to the old goal of unification with Nagorno-Karabakh, amounts to a standing territorial claim. Azerbaijani officials have said repeatedly that President Ilham Aliyev will not sign until that reference is gone. Yerevan answers that the preamble creates no legal obligation towards land Armenia already recognises as Azerbaijani, and that a ratified treaty would take precedence in any case. Lawyers can argue either side for years. The political fact is plainer: without a new constitution there will be no signature from Baku.",
            ),
            ("heading", "An election first, then a referendum"),
            (
                "paragraph",
                "The order of events matters. Armenia's parliamentary election, due in June 2026, comes before any referendum, and it is already being fought as a vote on the peace process. Nikol Pashinyan's Civil Contract party presents the treaty as the end of a war that cost the country Karabakh and tens of thousands of lives. Opposition parties, several of them led by figures from the governments that ruled before 2018, describe the same text as a capitulation dictated by Baku, and a newer protest movement close to parts of the Armenian Apostolic Church has tried to turn grief over Karabakh into a campaign. Observers from the OSCE and the European Parliament will be watching the campaign itself: the use of state resources, the treatment of opposition media, and the arrests of opposition figures that the government calls a fight against coup plotting and its critics call intimidation.",
            ),
            (
                "paragraph",
                "If the Armenian prime minister wins, the referendum follows, and here the arithmetic is demanding. A constitutional change needs the support of a majority of those who vote and of at least a quarter of all registered voters. In a country whose voter roll still counts many citizens who live and work abroad, that threshold is not a formality. The government's answer has been to propose an entirely new constitution rather than a one-line amendment, so that the vote can be presented as a modernisation chosen by Armenians rather than a concession demanded by their neighbour. It is a sensible tactic, but it also widens the target for opponents, who will find something to dislike in every chapter.",
            ),
            (
                "paragraph",
                "Baku's position has its own logic. Azerbaijan holds the stronger hand militarily, and some in the capital believe that patience costs it nothing. That is less true than it looks. The route across Armenia's Syunik province that Washington has branded TRIPP, linking mainland Azerbaijan with its Nakhchivan exclave, will attract serious investors only once a treaty is in force. European buyers of Azerbaijani gas, and the Central Asian governments that want the Middle Corridor to work, prefer a South Caucasus without a live border dispute. A peace that exists only as initials is worth less to Azerbaijan than it appears.",
            ),
            (
                "pull_quote",
                {
                    "text": "A peace that exists only as initials is worth less to Azerbaijan than it appears.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "What should happen in the meantime? Both governments can keep doing what the treaty would oblige them to do anyway. The border commissions can continue delimitation section by section. The two sides can agree on practical arrangements for the Syunik route before the legal text is signed, so that construction is ready to begin the day it is. Confidence measures along the line of contact, such as hotlines between local commanders and joint searches for the missing, cost little and reduce the risk that a shooting incident derails everything. Mediators in Washington and Brussels can help most by keeping attention on these small steps rather than on another summit photograph.",
            ),
            (
                "paragraph",
                "There is a risk that the long wait becomes a habit, and that a treaty agreed in 2025 is still unsigned at the end of the decade. The better outcome is within reach: an Armenian electorate that endorses the government's course, a referendum that clears its thresholds, and an Azerbaijani leadership that signs promptly rather than finding a new condition. Each of those steps is uncertain. None of them is unrealistic.",
            ),
        ],
    },
    {
        "slug": "washington-summit-ends-with-declaration-and-route-through-syunik",
        "title": "Washington summit ends with a joint declaration and a route through Syunik",
        "standfirst": "The leaders of Armenia and Azerbaijan signed a declaration at the White House, their foreign ministers initialled the peace treaty text, and a transit route across southern Armenia was given an American name.",
        "section": "politics",
        "type": "news",
        "authors": ["rustam-karimov"],
        "tags": [],
        "days_ago": 140,
        "topics": ["peace-talks"],
        "judge_note": "News report of the Washington summit: joint declaration, initialled treaty text and the TRIPP route through Syunik.",
        "body": [
            (
                "paragraph",
                "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration at the White House, hosted by US President Donald Trump, committing both countries to end their conflict and to open transport links between them. Their foreign ministers initialled the text of the peace treaty agreed earlier in the year, although the treaty itself is not yet signed or ratified.",
            ),
            (
                "paragraph",
                "The most discussed part of the declaration concerns a transit route across Armenia's southern Syunik province, linking mainland Azerbaijan with its exclave of Nakhchivan. The route, which has been called the Zangezur corridor in Baku and which Yerevan has resisted under that name, is to be known as the Trump Route for International Peace and Prosperity, or TRIPP. Armenian officials stressed that it will operate under Armenian law and sovereignty, with American companies taking part in its development.",
            ),
            (
                "paragraph",
                "The two leaders also asked the OSCE to wind up the Minsk process, the mediation format co-chaired for three decades by France, Russia and the United States. Washington said it would ease restrictions on defence cooperation with Azerbaijan.",
            ),
            (
                "paragraph",
                'Reaction in the region was mixed. Moscow, once the main broker, welcomed peace in general terms while warning against outside powers. Iranian officials expressed concern about any change to the region\'s borders or transit arrangements near their frontier with Armenia. A diplomat in Yerevan described the day as "a beginning that has to be finished at home".',
            ),
        ],
    },
    {
        "slug": "tripp-is-a-road-not-a-corridor",
        "title": "TRIPP is a road, not a corridor, and the difference matters",
        "standfirst": "The words used for the route across Syunik have been fought over for years. The argument was never only about vocabulary: it is about sovereignty, and about whether the route becomes part of a wider trade network or remains a political symbol.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["TRIPP", "Zangezur", "Syunik", "transit"],
        "days_ago": 95,
        "topics": ["peace-talks", "middle-corridor"],
        "judge_note": "Argues the Syunik route (TRIPP) must stay under Armenian sovereignty and will matter only if it plugs into Middle Corridor freight rather than serving as a symbol.",
        "body": [
            (
                "paragraph",
                "For years the strip of Armenian territory between mainland Azerbaijan and Nakhchivan has been a battlefield of words. In Baku it was the Zangezur corridor, a phrase that, to Armenian ears, implied extraterritorial passage and echoed talk of historical claims. In Yerevan it was the Syunik route, or part of a government programme called the Crossroads of Peace, phrases meant to insist that any road or railway would cross Armenia under Armenian control. Now the route has a third name, chosen in Washington: TRIPP. The new label is a political device, but it has a useful effect. It moves the conversation from what the route is called to what it will do.",
            ),
            (
                "paragraph",
                "The sovereignty question is not settled by a brand. Armenia has agreed that traffic between Azerbaijan and Nakhchivan should move without obstruction, and that American companies may develop and operate the route. Azerbaijan wants that traffic to pass without intrusive checks. Between those positions lies a great deal of detail: who staffs the border posts, which customs rules apply, what happens when a lorry breaks down or a passenger is refused entry. The peace process will be judged on whether those details are worked out in a way that both governments can defend to their own citizens. A road that Armenians regard as a foreign enclave would be a source of permanent grievance. A road that Azerbaijanis find slow and humiliating to use would be no better.",
            ),
            (
                "pull_quote",
                {
                    "text": "A route that serves only to prove a political point will carry very little.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            ("heading", "More than a link to Nakhchivan"),
            (
                "paragraph",
                "The more interesting question is commercial. On its own, a link between Azerbaijan and Nakhchivan serves a population of a few hundred thousand and a modest amount of freight. Its value rises sharply if it becomes part of the Middle Corridor, the trans-Caspian route that carries goods between China, Central Asia and Europe while avoiding Russia. Today that freight crosses the Caspian by ferry to Alat or Baku, then runs by rail across Georgia on the Baku-Tbilisi-Kars line into Turkey. A second railway, from Azerbaijan through Syunik and Nakhchivan to the Turkish network, would give shippers an alternative when the Georgian section is congested or closed for works, and it would bring Armenia into a trade network from which it has been excluded since the 1990s.",
            ),
            (
                "paragraph",
                "That prospect worries some in Tbilisi, where transit revenue is a serious part of the economy. It should not. The Middle Corridor's problem is not too many routes but too few: volumes have grown faster than ferries, port berths and single-track railways can absorb. Competition between two rail routes across the South Caucasus would push both to improve their timetables and tariffs. Georgia's Black Sea ports would still handle cargo bound for Romania and Bulgaria, and the traffic that a peaceful region generates would be larger than the traffic either country handles now.",
            ),
            (
                "paragraph",
                "For Armenia, the benefit goes beyond fees. A railway across Syunik connected at both ends would make it possible, for the first time in a generation, to ship Armenian goods by rail to Iran and, if the Turkish border opens, to Turkey. The country's isolation has been one of the conflict's hidden costs, raising prices for everything from fuel to fertiliser. Breaking it would give the peace treaty the constituency it needs.",
            ),
            (
                "paragraph",
                "So the test for TRIPP is simple to state and hard to meet. It must be visibly Armenian in law and administration, quick and predictable for Azerbaijani traffic, and open to any shipper willing to pay. A route that serves only to prove a political point will carry very little. A route built as part of a wider network could be the most practical thing the peace process produces.",
            ),
        ],
    },
    {
        "slug": "delimiting-the-armenia-azerbaijan-border-one-village-at-a-time",
        "title": "Delimiting the Armenia-Azerbaijan border, one village at a time",
        "standfirst": "The two countries share roughly a thousand kilometres of frontier that has never been properly mapped. The first agreed section showed how slow the work will be, and who pays for it.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": [],
        "days_ago": 60,
        "topics": ["peace-talks"],
        "judge_note": "Analyses Armenia-Azerbaijan border delimitation: the Tavush precedent, Soviet maps, enclaves and compensation, arguing for published maps and a compensation fund.",
        "body": [
            (
                "paragraph",
                "The border between Armenia and Azerbaijan is one of the longest undemarcated frontiers in Europe's neighbourhood. It runs for roughly a thousand kilometres, from the forests of Tavush in the north to the Arax river in the south, and for most of the Soviet period it was an administrative line between two republics of the same state. Roads, pipelines and irrigation canals crossed it without ceremony. Turning it into an international border, with coordinates agreed by both governments, is a technical task of great political sensitivity, and the commissions led by the two deputy prime ministers have only begun.",
            ),
            (
                "paragraph",
                "The first result came in the spring of 2024, when the commissions agreed on a short section of about a dozen kilometres between Armenia's Tavush province and Azerbaijan's Gazakh district. Four abandoned villages, held by Armenia since the early 1990s, were recognised as Azerbaijani. The decision prompted weeks of protests in Armenia, led in part by a senior cleric, and residents of nearby Armenian villages complained that the new line ran close to their homes, their school and the main road to Georgia. The government argued that accepting the Soviet-era boundary was the price of having Azerbaijan accept it too. That argument was legally coherent and politically costly.",
            ),
            ("heading", "Which map?"),
            (
                "paragraph",
                "The commissions agreed that the 1991 Alma-Ata Declaration, in which former Soviet republics recognised one another's existing borders, would be the basis of their work. That principle sounds decisive, but it leaves open which Soviet maps to use. Editions from the 1920s, 1970s and 1980s differ, sometimes by several hundred metres, and small differences matter when they decide whether a spring, a pasture or a stretch of highway lies on one side or the other. Each government tends to favour the map that suits it in a given valley, which is why the commissions work section by section and why their progress is measured in kilometres per year rather than per month.",
            ),
            (
                "paragraph",
                "Then there are the enclaves. Soviet cartography left Armenia with the village of Artsvashen inside Azerbaijani territory and Azerbaijan with several small exclaves inside Armenia, including Karki and a cluster near the Tavush section. All have been held by the other side since the first war. A comprehensive settlement could swap them, restore them or leave them with guaranteed access; each option has consequences for people who now live nearby and for roads that were rebuilt to avoid them.",
            ),
            (
                "fact_box",
                {
                    "title": "Delimitation at a glance",
                    "items": [
                        "About 1,000 km of shared border, most of it still undelimited",
                        "First agreed section: roughly 12 km between Tavush and Gazakh, in 2024",
                        "Legal basis: the 1991 Alma-Ata Declaration on former Soviet borders",
                        "Enclaves on both sides remain unresolved",
                    ],
                },
            ),
            (
                "paragraph",
                "The costs of delimitation fall unevenly. National governments gain a settled border and remove a reason for shooting. Border villagers lose fields, orchards and grazing land, and sometimes find that the road to the district centre now runs through a neighbouring state. Armenia has built new road sections to move traffic away from the agreed line, and has offered some compensation to affected households, but the sums are modest and the process has been slow. Azerbaijan has promised to resettle displaced families in the returned villages, which will take years and considerable money.",
            ),
            (
                "paragraph",
                "Three changes would make the coming sections less painful. Maps of each agreed section should be published promptly, so that rumours do not fill the gap. A compensation fund, financed jointly and perhaps with help from European and American partners who want the peace process to succeed, should pay for lost land on a published scale. And the commissions should agree early on rules for shared infrastructure, such as pipelines, canals and highways that cross the line, so that each new section does not require a fresh negotiation about the same kinds of problem. Delimitation will never be popular in the villages it touches. It can at least be predictable.",
            ),
        ],
    },
    {
        "slug": "karabakh-monuments-belong-in-the-peace-too",
        "title": "What happens to Karabakh's monuments belongs in the peace too",
        "standfirst": "The treaty text says nothing about churches, mosques or cemeteries. Yet few issues will shape how Armenians and Azerbaijanis feel about the settlement as much as the fate of the region's heritage.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk"],
        "tags": ["heritage", "Karabakh", "monuments"],
        "days_ago": 33,
        "topics": ["peace-talks"],
        "judge_note": "Argues the Armenia-Azerbaijan settlement must include independent documentation of and access to Karabakh's religious and cultural heritage.",
        "body": [
            (
                "paragraph",
                "Every war over territory is also a war over the past. In Karabakh, the monasteries, mosques, cemeteries and town houses that survived centuries have become evidence in an argument about who belongs where. When the Armenian population left the region in the autumn of 2023, after Azerbaijan's offensive, they left behind churches in which their families had been baptised and graves they may never visit again. Azerbaijanis who return to towns such as Aghdam and Fuzuli find mosques that stood roofless and vandalised through the decades of Armenian control. Both communities carry images of desecration, and both have reason for them.",
            ),
            (
                "paragraph",
                "The peace treaty initialled by the two foreign ministers is silent on all this. That is understandable. Negotiators had enough trouble with borders, claims and transit routes, and heritage is the kind of subject that can swallow a negotiation whole. But silence does not make the issue go away. It merely leaves it to the nationalists on both sides, who are happy to fill it with accusations.",
            ),
            (
                "pull_quote",
                {
                    "text": "Silence does not make the issue go away. It merely leaves it to the nationalists on both sides.",
                    "attribution": "Anna Kowalczyk, culture writer",
                },
            ),
            (
                "paragraph",
                "The concerns are concrete. Armenian scholars and international heritage groups have documented, through satellite images, cases where Armenian churches and cemeteries in territory now under Azerbaijani control have been altered or have disappeared, and they fear that restorations may strip monuments of their Armenian inscriptions or identity. Azerbaijani officials describe these restorations as care for the region's Caucasian Albanian past and point to the damage done to Azerbaijani sites during the occupation. UNESCO has for years sought to send an independent mission to the region; it has not been able to do so in a form both sides accept.",
            ),
            (
                "paragraph",
                "A settlement that intends to last should address this directly, even if in a separate agreement. Three things would help. The first is independent documentation: a survey by international experts, with published photographs and condition reports of religious and cultural sites across the former conflict zone, on both sides of the border. Such a record would not resolve disputes about history, but it would establish what exists now and make future damage visible. The second is access. Armenian pilgrims have at times been able to visit monasteries such as Dadivank under escort; a regular, predictable arrangement would matter to many families. The same principle should apply to Azerbaijanis who wish to visit graves and mosques in Armenia.",
            ),
            (
                "paragraph",
                "The third is patience about interpretation. Museums and guidebooks on both sides will tell the region's history in their own ways for a long time. That cannot be legislated away. What can be agreed is that no monument will be demolished or rebuilt beyond recognition without notice and expert review. Heritage rarely appears in the lists of conditions that diplomats exchange. It appears, instead, in the family photographs people keep on their walls. A peace that ignores it will be signed, but it will not be felt.",
            ),
        ],
    },
    {
        "slug": "the-mediators-have-changed-and-moscow-is-not-among-them",
        "title": "The mediators have changed, and Moscow is no longer among them",
        "standfirst": "For thirty years Russia sat at the centre of every Armenia-Azerbaijan negotiation. Its absence now is the result of its own choices, and Washington and Brussels should learn from them.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["Minsk Group", "mediation", "Russia"],
        "days_ago": 70,
        "topics": ["peace-talks", "russia"],
        "judge_note": "Editorial arguing Russia lost its role as Armenia-Azerbaijan mediator through its own failures, and that Washington and Brussels should act as guarantors of a bilateral deal rather than its authors.",
        "body": [
            (
                "paragraph",
                "The closing of the OSCE Minsk Group, at the joint request of Armenia and Azerbaijan, ended a format that few will miss. For three decades France, Russia and the United States co-chaired talks that produced principles, proposals and communiqués but no settlement. The group's end marks a wider change. The mediators who matter now are Washington, which hosted the summit at which the treaty text was initialled, and Brussels, which ran an earlier round of leaders' meetings and keeps a civilian monitoring mission on the Armenian side of the border. Moscow, for so long the indispensable broker, is not in the room.",
            ),
            (
                "paragraph",
                "Russia did not lose that place by accident. The trilateral statement of November 2020, which it brokered, ended the second Karabakh war and sent nearly two thousand Russian peacekeepers into the region. Moscow presented itself as the guarantor of the ceasefire and of the Lachin corridor connecting Karabakh with Armenia. When the corridor was blocked for months in 2023 and Azerbaijan's offensive that September ended the Armenian presence in Karabakh, those peacekeepers did nothing to stop it. Armenians concluded that the guarantee had been worthless; Azerbaijanis concluded that Moscow's troops were no longer needed. The peacekeepers left in 2024, well before their mandate expired, and with them went Russia's main instrument of influence over the conflict.",
            ),
            (
                "paragraph",
                "Moscow's relations with both parties have since worsened. Armenia has frozen its participation in the Collective Security Treaty Organization, the Russian-led alliance that ignored its requests for help, and talks openly of a European future. Azerbaijan's leadership, once a careful partner of the Kremlin, has quarrelled publicly with Moscow over the downing of an Azerbaijani airliner and the treatment of Azerbaijanis in Russia. A broker needs the trust of both sides, and Russia has spent it.",
            ),
            (
                "pull_quote",
                {
                    "text": "A broker needs the trust of both sides, and Russia has spent it.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "None of this means that Russia has no power in the South Caucasus. It still has a military base in Armenia, owns much of Armenia's energy infrastructure and runs its railway, and it can make trouble for any arrangement it dislikes. It would be unwise to design a settlement that Moscow has every reason to sabotage. But it would be equally unwise to give it a veto over an agreement that the two governments have negotiated largely on their own.",
            ),
            (
                "paragraph",
                "That is the lesson for the new mediators. The most productive phase of the talks came when Armenian and Azerbaijani officials began to negotiate directly, without proxies drafting texts for them. Washington and Brussels should resist the temptation to become authors of the peace. Their more useful role is as guarantors of its implementation: financing reconstruction and demining, supporting the Syunik transit route and the border commissions, and standing ready to help when disputes arise. Mediators who try to own a settlement end up, as Moscow did, owning its failures.",
            ),
        ],
    },
    {
        "slug": "a-south-caucasus-settlement-has-to-make-sense-in-tehran",
        "title": "A South Caucasus settlement has to make sense in Tehran as well",
        "standfirst": "Iran has watched the Armenia-Azerbaijan deal, and above all the route across Syunik, with deep suspicion. A peace that ignores its southern neighbour will be harder to keep.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["Iran", "Syunik", "TRIPP"],
        "days_ago": 18,
        "topics": ["peace-talks", "iran"],
        "judge_note": "Argues the Armenia-Azerbaijan settlement and the TRIPP route should be designed to reassure Iran about its border with Armenia and its trade routes.",
        "body": [
            (
                "paragraph",
                "When Armenians and Azerbaijanis argue about the route across Syunik, they tend to forget that a third country is listening with great attention. Iran shares a short but vital border with Armenia along the Arax river, and for thirty years that frontier has been Tehran's land gateway to the South Caucasus and beyond it to Georgia and the Black Sea. Iranian leaders have said for years, in language that leaves little room for interpretation, that they will not accept any change to that border or any arrangement that cuts Iran off from Armenia.",
            ),
            (
                "paragraph",
                "The summit in Washington did nothing to calm those nerves. The idea that an American-branded route, developed with American companies, should run a few kilometres from the Iranian frontier looks in Tehran like a strategic encirclement. Iranian commentators speak of NATO on the Arax. That is an exaggeration; the route is meant to carry lorries and trains, not troops, and it remains under Armenian jurisdiction. But exaggerations shape policy, and Iran has tools to make its displeasure felt, from military exercises near the border to pressure on Armenia's trade and energy supplies.",
            ),
            ("heading", "Reasons for Tehran to relax"),
            (
                "paragraph",
                "The settlement can be designed to reassure rather than provoke. The first step is clarity about the border itself. Armenia's sovereignty over Syunik, and therefore the Armenia-Iran frontier, should be written into every implementing document, not merely stated at press conferences. The second is inclusion. A railway from Azerbaijan through Syunik to Nakhchivan can connect with the lines running south into Iran, making the route useful to Iranian shippers and to the North-South corridor that Iran, Russia and Azerbaijan have promoted for years. Iran has more to gain from a connected region than from a blockaded one.",
            ),
            (
                "paragraph",
                "Relations between Baku and Tehran have improved since the low point of 2023, when a gunman attacked Azerbaijan's embassy in Tehran and Baku withdrew its diplomats. Embassies have reopened, ministers visit, and the two countries are building a road and rail crossing over the Arax that links mainland Azerbaijan with Nakhchivan through Iranian territory. That project, sometimes called the Aras corridor, gives Azerbaijan a second path to its exclave and gives Iran a stake in Azerbaijani transit. It is a useful reminder that the two routes need not compete: both can carry traffic if the region is at peace.",
            ),
            (
                "pull_quote",
                {
                    "text": "Iran has more to gain from a connected region than from a blockaded one.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "Armenia, for its part, has every reason to keep Tehran close. Iran supplies gas under a swap for Armenian electricity, and Iranian lorries are a fixture on the mountain roads of the south. A government in Yerevan that has turned away from Moscow cannot afford to alienate its other large neighbour as well. Pashinyan's ministers have been careful to brief Iranian counterparts on each stage of the talks, and they should continue to do so.",
            ),
            (
                "paragraph",
                "None of this gives Tehran a veto over a settlement between two sovereign states, and it should not. But peace in the South Caucasus has always depended on the acquiescence of the larger powers around it. Russia's influence is waning, Turkey's is rising, and Iran's is uncertain. Keeping Iran informed, connected and reassured is not appeasement. It is a precaution against the one outcome all three South Caucasus countries should fear: a treaty that is signed in Washington and undermined from the south.",
            ),
        ],
    },
    {
        "slug": "armenia-is-leaving-moscows-orbit-peace-is-how-it-finishes-the-journey",
        "title": "Armenia is leaving Moscow's orbit. Peace with Azerbaijan is how it finishes the journey",
        "standfirst": "Yerevan has frozen its part in the CSTO, sent Russian border guards home from its airport and written a European future into law. None of that will make Armenia secure unless it is matched by a settlement with its neighbours.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["editorial-board"],
        "tags": ["CSTO", "Armenia", "Russia", "peace treaty"],
        "days_ago": 45,
        "topics": ["russia", "peace-talks"],
        "judge_note": "Editorial Board op-ed arguing Armenia's turn away from Russia and the CSTO is justified but only safe if completed by a peace treaty with Azerbaijan and normalisation with Turkey, not a new patron.",
        "body": [
            (
                "paragraph",
                "For most of its independent history Armenia treated Russia as the one guarantee that could not fail. Surrounded by a hostile Azerbaijan and a closed Turkish border, it hosted a Russian military base, let Russian guards patrol its frontiers, joined the Collective Security Treaty Organization and the Eurasian Economic Union, and bought its gas, its nuclear fuel and much of its weaponry from Moscow. Armenian governments of every political colour accepted that dependence as the price of survival. That bargain has now collapsed, and it collapsed because Russia did not keep its side of it.",
            ),
            (
                "paragraph",
                "The turning point came in stages. In the autumn of 2020 Russia stood aside during the second Karabakh war until Armenia had lost most of the territory around the enclave. In September 2022, when Azerbaijani forces struck positions inside Armenia's internationally recognised borders, Yerevan asked the CSTO for help under the alliance's founding treaty and received a fact-finding visit and a statement. A year later Russian peacekeepers watched as Azerbaijan's offensive ended the Armenian presence in Karabakh. By then few Armenians believed that the alliance would defend them against anyone.",
            ),
            ("heading", "A deliberate turn"),
            (
                "paragraph",
                "The government of Nikol Pashinyan drew the conclusion openly. Armenia froze its participation in the Collective Security Treaty Organization, stopped attending its summits and stopped paying its share of the budget. It ratified the Rome Statute of the International Criminal Court, knowing that this obliged it in principle to arrest a Russian president wanted by the court. Russian border guards left Zvartnots airport, and Armenian officers took over the checkpoint on the Iranian border. Parliament passed a law declaring the start of a process of accession to the European Union, and the government bought artillery and radars from France and India. Each of these steps was modest on its own. Together they amount to the largest change in Armenia's foreign policy since independence.",
            ),
            (
                "paragraph",
                "We think that change was justified. An alliance that will not act when a member's territory is attacked is not an alliance but a liability, because it discourages the member from seeking other protection. Armenia's leaders were right to say so, and right to say it calmly, without the theatrical rupture that would have invited retaliation. The Russian response so far has been irritation rather than punishment: sharper rhetoric on state television, some trade inspections, warnings about the consequences of a European choice. That restraint may not last.",
            ),
            (
                "pull_quote",
                {
                    "text": "An alliance that will not act when a member's territory is attacked is not an alliance but a liability.",
                    "attribution": "Editorial Board",
                },
            ),
            ("heading", "Security from neighbours, not patrons"),
            (
                "paragraph",
                "Yet turning away from Russia does not by itself make Armenia safer. The country's security problem was never Moscow; it was the unresolved conflict with Azerbaijan and the closed border with Turkey. Russia exploited that problem to make itself indispensable. The only durable way out is to remove the problem, and the means to do so are now on the table. The peace treaty text initialled in Washington commits both states to recognise each other's borders and renounce territorial claims. Delimitation has begun. Turkey and Armenia have appointed special envoys and taken small steps towards opening their border. If those processes succeed, Armenia will need a foreign protector far less than it ever has.",
            ),
            (
                "paragraph",
                "That is why the two strands of Yerevan's policy belong together. A government that leaves the CSTO while the conflict with Baku remains open would be taking a risk; a government that leaves it after signing a peace treaty would merely be recognising reality. We would urge the Armenian prime minister to say so explicitly: formal withdrawal from the Collective Security Treaty Organization should follow the treaty's entry into force, as part of a single transition from a security policy based on patronage to one based on settled borders.",
            ),
            (
                "paragraph",
                "The alternative, which some in Armenia and among its diaspora favour, is to swap one patron for another. France, the United States or the European Union could, in this view, take Russia's place as guarantor against Azerbaijan. That is an illusion. European states will sell Armenia weapons and send monitors, but none will fight for it, and Armenians who expect otherwise are preparing for the same disappointment they suffered with Moscow. Partners can help Armenia build institutions, diversify its economy and defend itself. They cannot replace peace with its neighbours.",
            ),
            ("heading", "The dependence that remains"),
            (
                "paragraph",
                "Much of Armenia's dependence on Russia will outlast any treaty. Russia is still the largest market for Armenian goods and the source of most of its gas. Gazprom owns the gas distribution network, a Russian state company runs the railway under concession, and the Metsamor nuclear plant depends on Russian fuel and expertise. The 102nd military base in Gyumri is covered by an agreement that runs until 2044. Trade with Russia has even grown since 2022, as Armenia became a route for goods that Western sanctions would otherwise keep out. A policy of turning away has to manage these ties patiently, replacing them as alternatives emerge rather than cutting them before anything is ready.",
            ),
            (
                "paragraph",
                "Europe has a part to play here, and it should be honest about its limits. Brussels can expand its monitoring mission's work on confidence building, open its markets further and fund the energy links with Georgia that would reduce Armenia's reliance on Russian gas. It cannot offer membership soon, and it should not pretend otherwise. What it can offer is support for the peace process that will make the rest possible.",
            ),
            (
                "paragraph",
                "Armenia has done the hard thing of admitting that the security arrangement it relied on for thirty years was hollow. The harder thing is to build a new one on the only foundation that lasts: a signed treaty with Azerbaijan, an open border with Turkey and a region in which no outside power can sell protection because nobody needs it. The journey away from Moscow is well under way. Peace is how Armenia finishes it.",
            ),
        ],
    },
    {
        "slug": "the-102nd-base-in-gyumri-is-the-question-armenia-keeps-postponing",
        "title": "The 102nd base in Gyumri is the question Armenia keeps postponing",
        "standfirst": "Armenia has frozen its role in the CSTO but still hosts thousands of Russian troops under an agreement that runs until 2044. Sooner or later the government will have to say what it wants done with them.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["102nd base", "Gyumri", "Russia"],
        "days_ago": 27,
        "topics": ["russia"],
        "judge_note": "Analysis of the Russian 102nd military base in Gyumri and Russian border guards in Armenia, arguing for a negotiated, phased drawdown tied to peace and the Turkish border opening.",
        "body": [
            (
                "paragraph",
                "Drive into Gyumri, Armenia's second city, and you will pass the walls of the 102nd military base, the largest Russian military installation in the South Caucasus outside the breakaway regions of Georgia. Several thousand Russian servicemen are stationed there, with armour, artillery and air defence, and a squadron of fighter aircraft at the Erebuni airfield near Yerevan is attached to it. The base has been in Gyumri since the Soviet army left it behind, and a 1995 treaty, extended in 2010, allows it to stay until 2044.",
            ),
            (
                "paragraph",
                "For most of that time Armenians regarded the base as insurance. Its declared purpose, protecting the Commonwealth of Independent States' outer border, was understood at home to mean deterring Turkey, and its presence was thought to restrain Azerbaijan too. That belief did not survive the past five years. The base did not move during the wars of 2020 and 2023, nor during the incursions into Armenian territory in 2022. Its garrison is now an awkward reminder of an alliance the government has effectively left.",
            ),
            ("heading", "Frozen, not dissolved"),
            (
                "paragraph",
                "The Armenian government has dealt with the CSTO by suspending its participation while avoiding a formal exit. It has handled the base in the same way: by saying nothing decisive. Officials say the base is governed by a bilateral agreement, separate from the Collective Security Treaty Organization, and that its future is not on the agenda. That answer is legally correct and politically thin. A government that describes the alliance as having failed can hardly claim that the alliance's largest local asset is irrelevant.",
            ),
            (
                "paragraph",
                "There is also a treaty commitment to consider. The peace agreement initialled with Azerbaijan includes an undertaking not to deploy third-country forces along the shared border. Russian border guards, who have been posted in Syunik and other areas near the Azerbaijani frontier since 2021, would fall under that clause once the treaty is in force. Russian guards also still patrol Armenia's borders with Turkey and Iran under an agreement dating from 1992, although Armenian officers have taken over the checkpoints themselves. Each of these arrangements will need to be renegotiated, and they are harder to disentangle than a seat at an alliance summit.",
            ),
            (
                "paragraph",
                "Gyumri itself has a stake. The base is a large employer and customer in a city that never fully recovered from the 1988 earthquake, and local businesses depend on the spending of Russian officers and their families. Any plan for a drawdown needs to offer the city something in return, whether from a reopened railway to Kars across the Turkish border or from European and Armenian investment.",
            ),
            (
                "pull_quote",
                {
                    "text": "A government that describes the alliance as having failed can hardly claim that the alliance's largest local asset is irrelevant.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "The sensible course is a negotiated, phased reduction rather than a demand for immediate departure, which would invite Russian retaliation through gas prices, trade and the Armenian diaspora in Russia. Milestones could be linked to the peace process: the removal of border guards from the Azerbaijani frontier when the treaty enters into force, a reduction of the garrison when the Turkish border opens, and a discussion of the 2044 date once Armenia has alternative arrangements for air defence. Moscow will not like any of this. But it has more to lose from a sudden rupture than from an orderly exit, and Yerevan's best leverage lies in offering the orderly version first.",
            ),
        ],
    },
    {
        "slug": "in-abkhazia-and-south-ossetia-moscow-governs-by-chequebook",
        "title": "In Abkhazia and South Ossetia, Moscow governs by chequebook",
        "standfirst": "Russia's hold on Georgia's breakaway regions rests less on soldiers than on subsidies. The protests in Sukhumi showed both how strong that grip is and where it chafes.",
        "section": "politics",
        "type": "analysis",
        "authors": ["leyla-hasanova"],
        "tags": [],
        "days_ago": 110,
        "topics": ["russia"],
        "judge_note": "Analysis of Russia's financial and military control over Abkhazia and South Ossetia, the Sukhumi protests and the creeping 'borderisation' of the boundary line with Georgia.",
        "body": [
            (
                "paragraph",
                "More than fifteen years after the war of August 2008, Russia still recognises Abkhazia and South Ossetia as independent states, and almost nobody else does. Roughly a fifth of Georgia's internationally recognised territory remains outside Tbilisi's control, garrisoned by Russian troops and patrolled by Russian border guards. Yet the most effective instrument of Moscow's rule in both regions is not military. It is the budget.",
            ),
            (
                "paragraph",
                "South Ossetia, with a population of a few tens of thousands, receives most of its public spending from Moscow. Abkhazia, larger and with a real tourist economy along its Black Sea coast, is less dependent but still relies on Russian transfers for pensions, salaries and infrastructure. That money buys loyalty from local elites, but it also comes with expectations, and those expectations have grown as Russia's own finances have tightened.",
            ),
            ("heading", "The lesson of Sukhumi"),
            (
                "paragraph",
                "The clearest test came in Abkhazia in late 2024. An investment agreement with Russia, which would have allowed Russian companies and buyers to acquire property and develop land along the coast on favourable terms, provoked protests in Sukhumi. Demonstrators broke into the parliament building, the agreement was withdrawn and the region's leader resigned. Abkhaz opposition figures framed the issue as one of survival: a small population fears that its land, once sold, would never come back. Moscow's reaction was instructive. Payments were delayed, electricity supplies from Russia became a point of pressure during a winter of shortages, and the candidate regarded as closest to the Kremlin won the early election that followed.",
            ),
            (
                "paragraph",
                "The episode showed two things. Abkhaz society is not simply an extension of Russia; it has its own politics and its own red lines. And Moscow, when challenged, uses money and energy rather than tanks to bring its clients into line. The same methods shape Russian policy towards Georgia proper, where trade, tourism and remittances have grown since 2022 and where Russia remains the dominant buyer of Georgian wine.",
            ),
            (
                "paragraph",
                "Along the administrative boundary line with South Ossetia, a slower process continues. Russian border guards periodically move fences and signs further into Georgian-controlled land, a practice Georgians call borderisation. Farmers find their orchards on the wrong side of a new fence; villagers who stray across the line are detained and released for a fine. The European Union's monitoring mission, deployed after the 2008 war, watches from the Georgian side but has never been allowed into the breakaway regions.",
            ),
            (
                "paragraph",
                "Moscow's strategic interest in the regions has, if anything, increased. Reports of a Russian naval facility being developed at Ochamchire on the Abkhaz coast suggest that the Black Sea Fleet, pushed back from Crimea's ports by Ukrainian strikes, sees value in a harbour further east. Flights between Russia and Sukhumi have resumed. None of this brings Georgian reunification closer. But it is worth remembering that Russia's hold, however firm, depends on a steady flow of money to places where many residents would like more say over how it is spent. That dependence is a vulnerability, not only a strength.",
            ),
        ],
    },
    {
        "slug": "armenias-gas-meter-still-reads-in-roubles",
        "title": "Armenia's gas meter still reads in roubles",
        "standfirst": "Yerevan's political break with Moscow has barely touched the energy system. Gas, nuclear fuel and even the railway remain in Russian hands, and replacing them will take a decade.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": ["Gazprom", "Armenia", "energy security", "nuclear"],
        "days_ago": 80,
        "topics": ["russia"],
        "judge_note": "Analyses Armenia's energy dependence on Russia (Gazprom, Metsamor, the railway concession) and argues for a slow, costed plan of diversification.",
        "body": [
            (
                "paragraph",
                "Armenia has frozen its membership of a Russian-led military alliance, joined the International Criminal Court and declared its wish to join the European Union. Yet when an Armenian household turns on the cooker, the gas comes from Russia, through a pipeline crossing Georgia, sold by a Gazprom subsidiary that owns the country's distribution network. The political divorce is well advanced. The energy marriage continues much as before.",
            ),
            (
                "paragraph",
                "The numbers explain why. Russia supplies most of the gas Armenia consumes, at a border price that has for years been well below what European importers pay. That price is a subsidy, and like most subsidies it is hard to give up. Gas heats apartments, generates a large share of the country's electricity and feeds industry. A sudden move to market prices would raise household bills sharply and hurt the government's popularity in a way that no foreign policy argument could offset.",
            ),
            ("heading", "Three Russian levers"),
            (
                "paragraph",
                "Gas is only the most visible lever. The Metsamor nuclear power plant, an ageing Soviet-design reactor that provides around a third of Armenia's electricity, runs on Russian fuel and relies on Russian engineers for its life extension, now planned into the 2030s. Armenia's railway network is operated by a subsidiary of Russian Railways under a long concession signed in 2008. That last fact matters more than is often realised, because any new rail link through Syunik, whether for the TRIPP route or a connection towards Iran, would have to be built and run alongside a network controlled by a Russian state company.",
            ),
            (
                "paragraph",
                "Each lever gives Moscow the ability to impose costs without a single soldier moving. A delay in fuel deliveries, an unexpected dispute over gas tariffs or a decision to slow investment in the railway could all be presented as commercial matters. Armenian officials know this, which is why they have been careful to separate their security policy from their energy policy, and why they have avoided quarrels with Gazprom even as they criticise the Kremlin.",
            ),
            (
                "paragraph",
                "There are alternatives, but none is quick. Iran already supplies some gas under a swap for Armenian electricity, and the volumes could grow, although sanctions limit what international banks will finance. Solar power has expanded rapidly, helped by Armenia's sunshine and falling panel prices, and large plants are being built in the south. A high-voltage interconnection with Georgia, financed partly by European lenders, would let Armenia trade electricity with its northern neighbour and, eventually, with Turkey. For the nuclear plant, the government has begun talking to American and other suppliers about small modular reactors as a successor, a conversation that will take years to turn into concrete.",
            ),
            (
                "pull_quote",
                {
                    "text": "The political divorce is well advanced. The energy marriage continues much as before.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "The honest conclusion is that Armenia's energy independence from Russia is a project for the 2030s, not for this parliament. A credible plan would set out the sequence: more solar and storage now, the Georgian interconnector within a few years, a decision on the nuclear successor before the current reactor's extension runs out, and a gradual diversification of gas supply as peace opens new routes. It would also set aside money to cushion households when the subsidy eventually ends. A government that presents such a plan honestly will be better placed than one that pretends the roubles on the gas bill have nothing to do with foreign policy.",
            ),
        ],
    },
    {
        "slug": "bakus-quarrel-with-moscow-is-about-more-than-an-aeroplane",
        "title": "Baku's quarrel with Moscow is about more than an aeroplane",
        "standfirst": "The downing of an Azerbaijani airliner and the deaths of Azerbaijanis in Russian custody set off the worst crisis between the two capitals in years. Underneath lies a shift in how much Baku needs Moscow.",
        "section": "politics",
        "type": "analysis",
        "authors": ["leyla-hasanova"],
        "tags": ["Azerbaijan", "Russia", "AZAL"],
        "days_ago": 120,
        "topics": ["russia"],
        "judge_note": "Argues the 2025 Russia-Azerbaijan crisis over the AZAL crash and the Yekaterinburg deaths reflects Azerbaijan's reduced dependence on Moscow after Karabakh.",
        "body": [
            (
                "paragraph",
                "For most of the past two decades, Azerbaijan's relationship with Russia was a model of cautious pragmatism. Baku bought Russian weapons, tolerated Russian television, cooperated on Caspian affairs and signed a declaration of allied interaction with Moscow just days before Russia's full-scale invasion of Ukraine. It never joined the CSTO or the Eurasian Economic Union, but it was careful never to provoke the Kremlin. That caution has now given way to open quarrel.",
            ),
            (
                "paragraph",
                "The immediate cause was tragedy. In December 2024 an Azerbaijan Airlines passenger jet flying from Baku to Grozny was damaged over southern Russia, diverted across the Caspian and crashed near Aktau in Kazakhstan, killing dozens of people. Azerbaijani officials concluded quickly that the aircraft had been hit by Russian air defence fire, and they demanded that Moscow admit it, punish those responsible and pay compensation. The Kremlin offered condolences and an apology for the incident having occurred in its airspace, but for months it avoided accepting responsibility.",
            ),
            (
                "paragraph",
                "Relations worsened the following summer, when two Azerbaijani brothers died during a police raid in Yekaterinburg that targeted members of the Azerbaijani community. Baku cancelled cultural events with Russia, state media turned sharply critical, and police in Baku detained staff of a Russian state news agency's local office. Azerbaijan's president did not attend Moscow's Victory Day parade. A later meeting between the two presidents produced a partial thaw and an admission from the Russian side about the missiles, but the old warmth has not returned.",
            ),
            ("heading", "Less need, less patience"),
            (
                "paragraph",
                "Why has Baku reacted so forcefully, when it absorbed earlier slights in silence? The answer lies in what has changed since 2020. Azerbaijan's central aim, the return of Karabakh, has been achieved, and Russia's peacekeepers, once a potential brake on its plans, left in 2024. Turkey is a treaty ally. Europe buys Azerbaijani gas and wants more. The Middle Corridor gives Azerbaijan a role in trade between China and Europe that bypasses Russian territory, and Washington has taken over as the principal sponsor of the peace process with Armenia. The list of things Baku needs from Moscow has shrunk.",
            ),
            (
                "paragraph",
                "That does not mean Azerbaijan can ignore Russia. Hundreds of thousands of Azerbaijanis live and work there, and their remittances matter to many families. Russia is a neighbour across the Dagestan border, a Caspian littoral state and a partner in the North-South transport corridor that Baku hopes will bring Indian and Iranian freight through its territory. Lukoil is a shareholder in the Shah Deniz gas field. These ties give Moscow leverage, and Azerbaijani officials have been careful not to burn every bridge.",
            ),
            (
                "paragraph",
                "The wider lesson is about the region's middle powers. Azerbaijan has shown that a former Soviet state can confront Moscow over the treatment of its citizens and survive the consequences, at least for now. Armenia has shown something similar by freezing its role in the Collective Security Treaty Organization. Russia remains powerful in the South Caucasus, but it is no longer the unchallenged arbiter it was when the Soviet Union ended. Each government in the region now calculates, more openly than before, how much it needs Moscow and how much Moscow needs it.",
            ),
        ],
    },
    {
        "slug": "armenia-sends-no-delegation-to-csto-ministers-meeting",
        "title": "Armenia sends no delegation to CSTO ministers' meeting",
        "standfirst": "Yerevan stayed away from another gathering of the Russian-led alliance, and its foreign ministry said the freeze on its participation remains in force.",
        "section": "politics",
        "type": "news",
        "authors": ["rustam-karimov"],
        "tags": [],
        "days_ago": 8,
        "topics": ["russia"],
        "judge_note": "News item: Armenia again skips a CSTO meeting, keeping its participation frozen without formally leaving.",
        "body": [
            (
                "paragraph",
                "Armenia did not send a delegation to this week's meeting of foreign ministers of the Collective Security Treaty Organization, continuing a boycott of the Russian-led alliance's events that began in 2024. The remaining members, Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, met without their Armenian counterpart and issued a statement on regional security.",
            ),
            (
                "paragraph",
                "A spokesperson for Armenia's foreign ministry said the country's position was unchanged: its participation in the CSTO remains frozen, and Yerevan would not take part in the alliance's work or contribute to its budget. Armenian officials have repeatedly said that the organisation failed to meet its obligations when Azerbaijani forces struck Armenian territory in 2022, and the Armenian prime minister has spoken of withdrawal as a matter of timing.",
            ),
            (
                "paragraph",
                "Russian officials said that the door remained open for Armenia's return and that no member had formally requested to leave. The alliance's charter provides for withdrawal after written notice, which Armenia has not yet submitted.",
            ),
            (
                "paragraph",
                "Analysts in Yerevan said the government appears to be waiting until a peace treaty with Azerbaijan has been signed before formalising its exit, so as not to be without any security arrangement during the transition. Armenia continues to host Russia's 102nd military base in Gyumri under a separate bilateral agreement.",
            ),
        ],
    },
    {
        "slug": "georgias-trade-with-russia-grows-as-its-road-to-brussels-narrows",
        "title": "Georgia's trade with Russia grows as its road to Brussels narrows",
        "standfirst": "Since 2022 Georgia has become more tied to the Russian economy even as its government has quarrelled with the European Union. The figures suggest that gravity, not only ideology, is at work.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["trade", "Georgia", "Russia", "EU"],
        "days_ago": 60,
        "topics": ["russia", "georgia-eu"],
        "judge_note": "Data-led analysis showing Georgia's growing economic ties with Russia since 2022 alongside its stalled EU accession, arguing the EU's leverage lies in its market and visa-free travel.",
        "body": [
            (
                "paragraph",
                "When Russian troops crossed into Ukraine in February 2022, many in Georgia expected their country to pull further away from its northern neighbour. The memory of 2008 was fresh, Russian forces still occupied a fifth of Georgian territory, and public support for joining the European Union stood at around four in five. Three years later, by most economic measures, Georgia is more entangled with Russia than it was before the invasion.",
            ),
            (
                "paragraph",
                "The channels are familiar. Tens of thousands of Russians moved to Georgia in 2022, bringing savings, businesses and demand for housing. Money transfers from Russia jumped that year and remained high. Direct flights between the two countries, suspended since 2019, resumed in 2023, and Russia relaxed its visa rules for Georgian citizens. Russia is again among Georgia's largest trading partners, the main market for Georgian wine and mineral water, and a major supplier of wheat and fuel. Georgia has not joined Western sanctions, and its economy has benefited from trade flows, including the movement of vehicles and goods through the Upper Lars crossing, that sanctions have diverted.",
            ),
            (
                "paragraph",
                "None of this is unusual for a small economy next to a large one, and Georgian Dream ministers argue, with some justice, that cutting these ties would hurt ordinary Georgians without harming the Kremlin. But the economic drift has coincided with a political one. The foreign influence law of 2024, the disputed election that autumn and the government's announcement that it would not pursue accession talks until 2028 have left Georgia's candidate status for EU membership largely nominal. Brussels has frozen some assistance and suspended visa-free travel for holders of Georgian diplomatic passports.",
            ),
            ("heading", "Where the EU still has weight"),
            (
                "paragraph",
                "It would be wrong to conclude that Georgia's economy is turning its back on Europe. The EU as a whole remains Georgia's largest trading partner, and the free trade agreement in force since 2016 gives Georgian producers access to a market many times the size of Russia's. European investors dominate in banking and energy, and European tourists outspend Russian ones per visit. Visa-free travel to the Schengen area, which Georgians have enjoyed since 2017, is among the most valued benefits of the European relationship and among the most politically sensitive to withdraw.",
            ),
            (
                "pull_quote",
                {
                    "text": "Russia's economic pull is strongest where Europe's offer is weakest.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            (
                "paragraph",
                "The pattern in the data is that Russia's economic pull is strongest where Europe's offer is weakest: seasonal migration, agricultural exports that struggle to meet EU standards, and tourism from a neighbour that can drive across the border. The EU's leverage lies elsewhere, in market access for higher-value goods, in investment and in the freedom of Georgians to travel and work in Europe. A European policy that wants to keep Georgia on its path should protect those benefits for ordinary citizens while targeting pressure on officials, and should invest in the standards and logistics that would let Georgian farmers sell more in Europe than in Russia. Economic gravity is real. It can also be changed.",
            ),
        ],
    },
    {
        "slug": "brussels-should-keep-faith-with-georgians",
        "title": "Brussels should keep faith with Georgians even as it loses patience with their government",
        "standfirst": "Georgia remains an EU candidate on paper while its ruling party has halted the accession process. Europe's response should punish those responsible, not the citizens who still want to join.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": [],
        "days_ago": 43,
        "topics": ["georgia-eu"],
        "judge_note": "Editorial urging the EU to target Georgian officials rather than citizens, keep visa-free travel, fund civil society and restate clear conditions for Georgia's accession.",
        "body": [
            (
                "paragraph",
                "Georgia was granted EU candidate status in December 2023, on the understanding that its government would carry out a list of reforms the European Commission had set out in nine steps: tackling polarisation, strengthening the independence of the courts, involving civil society in lawmaking, reforming the electoral system and curbing the influence of oligarchs among them. Two years on, almost none of those steps has been taken, and several have been reversed. The governing Georgian Dream party passed a law on foreign influence modelled on Russian legislation, won a parliamentary election that observers found deeply flawed, and announced that it would not seek to open accession negotiations before the end of 2028.",
            ),
            (
                "paragraph",
                "Brussels has responded in the way it usually does, with statements of concern, a freeze on some funding, and the suspension of visa-free travel for Georgian officials holding diplomatic passports. Several member states have gone further, imposing entry bans on ministers and police commanders responsible for the violent dispersal of protests in Tbilisi. These measures are justified. They are also in danger of becoming a substitute for a strategy.",
            ),
            (
                "pull_quote",
                {
                    "text": "The European Union's quarrel is with a government, not with a nation that has told every pollster it wants to join.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "The European Union's quarrel is with a government, not with a nation that has told every pollster it wants to join. Georgia's constitution commits the state to European and Atlantic integration. Crowds have gathered on Rustaveli Avenue night after night carrying EU flags alongside Georgian ones. Any measure that hurts ordinary Georgians, such as a general suspension of visa-free travel, would hand the ruling party the argument it wants to make: that Brussels is hostile to Georgia itself and that Europe's values are a cover for interference.",
            ),
            (
                "paragraph",
                "We therefore urge a policy with three parts. First, the EU should keep visa-free travel for ordinary citizens and keep its doors open to Georgian students, researchers and businesses. Second, it should redirect the assistance it has frozen towards independent media, civil society organisations and local governments, through channels that do not depend on the central government's approval, while recognising that Georgia's new laws on foreign funding make this harder and riskier for recipients. Third, it should restate, in plain language, what Georgia would need to do to resume its path: repeal the foreign influence laws, release people detained for peaceful protest, and hold an election that international observers can call free and fair.",
            ),
            (
                "paragraph",
                "None of this will change Georgian Dream's calculations quickly. The party's leaders believe that time is on their side, that protest fatigue will set in and that the EU will eventually accept their terms. Brussels should show that it has patience too, and that the offer of membership, conditional as it must be, remains addressed to Georgians rather than to whoever happens to govern them. Candidate status should not be withdrawn: it is the one commitment that outlasts governments.",
            ),
        ],
    },
    {
        "slug": "the-protest-that-learned-to-sing-nights-on-rustaveli-avenue",
        "title": "The protest that learned to sing: nights on Rustaveli Avenue",
        "standfirst": "Since the government froze Georgia's EU accession talks, Tbilisi's main avenue has become a stage as well as a barricade. The culture of the protest tells us what its participants want.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk"],
        "tags": [],
        "days_ago": 100,
        "topics": ["georgia-eu"],
        "judge_note": "Culture piece on the songs, art and rituals of the pro-EU protests on Rustaveli Avenue and the pressure on Georgian cultural institutions.",
        "body": [
            (
                "paragraph",
                "On the evening of 28 November 2024, when Georgia's prime minister announced that his government would not seek to open accession talks with the European Union until 2028, people began to walk towards Rustaveli Avenue. They have kept coming since. In the first weeks the nights were loud with fireworks, tear gas and water cannon. Later the crowds grew smaller and steadier, and the protest settled into rituals: a march from a different university or neighbourhood each evening, the national anthem and the European anthem sung at the parliament steps, flags of Georgia and the EU draped over the same shoulders.",
            ),
            (
                "paragraph",
                "What strikes a visitor is how much of this is culture rather than politics in the narrow sense. Students bring hand-painted placards that quote Georgian poets, from Rustaveli's medieval epic to Galaktion Tabidze. Choirs sing polyphonic songs from Guria and Svaneti on the pavement, and younger musicians answer with techno from portable speakers, a nod to the clubs that were raided in 2018 and became a symbol of a freer city. Painters have turned police barricades into canvases. Grandmothers arrive with thermoses of tea and stay until midnight.",
            ),
            (
                "pull_quote",
                {
                    "text": "The protesters are not asking Europe to save them. They are telling their own government who they think they are.",
                    "attribution": "Anna Kowalczyk, culture writer",
                },
            ),
            (
                "paragraph",
                "This matters because the government's argument against the protests is, at heart, a cultural one. Georgian Dream leaders describe the movement as the work of foreign-funded activists who want to impose alien values on a conservative Orthodox nation. The protest's answer, delivered every night, is that European aspiration is not foreign to Georgia at all. It draws on the country's own traditions, its long memory of being a Christian outpost open to the west, and its literature, which has looked towards Europe since the nineteenth century. The protesters are not asking Europe to save them. They are telling their own government who they think they are.",
            ),
            (
                "paragraph",
                "The cultural sector has paid a price. Actors, museum staff, teachers and employees of public institutions who signed open letters against the suspension of accession talks have reported dismissals and pressure. Theatres have staged strikes; some publishers have refused state contracts. Independent galleries and bookshops have become meeting places for people who no longer trust state broadcasters. At the same time, new laws on foreign funding threaten the grants on which much of Georgia's independent cultural life, from film festivals to translation programmes, has depended.",
            ),
            (
                "paragraph",
                "It is too early to say what the protests will achieve. The government has outlasted demonstrations before, and the EU has been cautious in its response. But a movement that has kept its crowds for this long, without a single leader and with a repertoire of songs rather than slogans alone, has already changed something. It has made the European question in Georgia a matter of identity, not only of trade agreements and visa rules. That will outlast any particular government, and Brussels would be wise to notice.",
            ),
        ],
    },
    {
        "slug": "georgias-foreign-agent-laws-and-what-they-do-to-newsrooms",
        "title": "Georgia's foreign-agent laws and what they are doing to newsrooms",
        "standfirst": "The laws were presented as transparency measures. In practice they force independent outlets to choose between losing their funding and being labelled as agents of a foreign power, and they have become the main obstacle on Georgia's road to the EU.",
        "section": "politics",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["foreign agent law", "media", "Georgia", "EU"],
        "days_ago": 130,
        "topics": ["georgia-eu", "press-freedom"],
        "judge_note": "Analyses Georgia's foreign-influence and foreign-agent laws, their effect on independent media funded by grants, and why Brussels treats them as a bar to accession.",
        "body": [
            (
                "paragraph",
                "In the spring of 2024 Georgia's parliament passed a law on the transparency of foreign influence, overriding a presidential veto and ignoring weeks of protests. It required media outlets and non-governmental organisations receiving more than a fifth of their income from abroad to register as organisations pursuing the interests of a foreign power, and to submit to inspections of their finances. The government said it was merely copying practices found in Western democracies. Critics called it the Russian law, after the Russian legislation on foreign agents that has been used to dismantle independent journalism there. A year later Georgian Dream went further, adopting a near-translation of the American Foreign Agents Registration Act with criminal penalties, together with amendments that bar broadcasters from receiving foreign funding and require government approval for foreign grants.",
            ),
            (
                "paragraph",
                "To understand the effect, it helps to look at how Georgia's independent media are financed. The country's advertising market is small and dominated by a few television channels with political patrons. Online outlets and regional newspapers that investigate corruption, cover protests or report from villages rarely earn enough from advertising and subscriptions to survive. For years they have relied on grants from European governments, American foundations and international media development organisations. That money paid for reporters in Kutaisi and Batumi, for fact-checking desks, and for investigations into procurement and the property of officials.",
            ),
            ("heading", "Three bad choices"),
            (
                "paragraph",
                "The new laws leave these outlets with three choices. They can register and carry a label that, in Georgian political language, suggests disloyalty, while opening their books and sources to inspectors. They can refuse foreign money and shrink, sometimes to a handful of staff working unpaid. Or they can refuse to comply and risk fines and, under the newer legislation, prosecution. Several editors have told this publication that they are preparing to operate from abroad if necessary, as Russian and Belarusian outlets did before them. A few have already moved some of their staff out of the country.",
            ),
            (
                "paragraph",
                "The laws arrive in a harsher climate. Journalists covering the protests since late 2024 have been beaten, fined and detained, and the jailing of the founder of two regional outlets in Batumi, after a confrontation with a police officer at a protest, became a symbol for Georgian reporters of how quickly a working journalist can become a defendant. Public broadcasting has been reshaped to reflect the government's line. The space in which independent reporting can be done safely is narrowing.",
            ),
            (
                "pull_quote",
                {
                    "text": "An outlet that must choose between its funding and its reputation is not being made transparent. It is being made to disappear.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "For the European Union, these laws are not a side issue. A functioning civil society and respect for fundamental freedoms run through the nine steps the European Commission attached to Georgia's candidate status in 2023, and the Commission has said plainly that the foreign influence legislation is incompatible with EU values and principles. The European Council concluded in the summer of 2024 that Georgia's accession process had in effect stopped. No Georgian government can expect to open negotiations while these laws remain in force, and Georgian Dream's leaders know it. Their decision to pass them anyway was a choice of priorities.",
            ),
            (
                "paragraph",
                "Brussels has limited tools, but it is not powerless. It can fund outlets that have moved abroad and support those that remain through legal aid and security training. It can make repeal of the foreign agent laws an explicit condition for releasing frozen assistance. And it can insist, in every meeting with Georgian officials, that the test of transparency is whether journalists can do their work without fear. By that test, the laws have failed.",
            ),
        ],
    },
    {
        "slug": "european-parliament-delegation-meets-georgian-opposition-in-tbilisi",
        "title": "European Parliament delegation meets Georgian opposition and civil society in Tbilisi",
        "standfirst": "Members of the European Parliament held two days of meetings in the Georgian capital but were not received by senior government officials.",
        "section": "politics",
        "type": "news",
        "authors": ["rustam-karimov"],
        "tags": ["European Parliament", "Georgia"],
        "days_ago": 5,
        "topics": ["georgia-eu"],
        "judge_note": "News item on a European Parliament delegation's visit to Tbilisi and the frozen state of Georgia's EU accession.",
        "body": [
            (
                "paragraph",
                "A delegation from the European Parliament spent two days in Tbilisi this week, meeting opposition leaders, non-governmental organisations, journalists and students involved in the protests that have continued since the government froze Georgia's EU accession process. The delegation asked to meet the prime minister and the speaker of parliament but was offered meetings only with lower-ranking officials, which it declined.",
            ),
            (
                "paragraph",
                "At a press conference before leaving, members of the delegation said that Georgia's candidate status remained in place but that accession talks could not begin while the laws on foreign influence and foreign agents were in force. They called for the release of protesters and journalists they described as detained for political reasons and for a new parliamentary election under international observation.",
            ),
            (
                "paragraph",
                "Georgian Dream officials dismissed the visit as interference in the country's internal affairs and accused the delegation of siding with what they called the radical opposition. The party says it still wants Georgia to join the European Union, but on terms that respect national sovereignty and traditional values.",
            ),
            (
                "paragraph",
                'A student who met the delegation said that the young people on Rustaveli Avenue wanted Brussels to keep visa-free travel for ordinary Georgians. "Punish the people who did this, not the people protesting against it," she said. EU foreign ministers are expected to discuss Georgia again at their next meeting.',
            ),
        ],
    },
    {
        "slug": "georgian-dreams-sovereignty-argument-deserves-an-answer",
        "title": "Georgian Dream's sovereignty argument deserves an answer, not a sneer",
        "standfirst": "The ruling party says it is defending Georgia from war and foreign meddling. Its critics should take that claim seriously, because the best reply to it is Georgia's own choice of Europe.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": [],
        "days_ago": 70,
        "topics": ["georgia-eu"],
        "judge_note": "Op-ed engaging with Georgian Dream's sovereignty and peace arguments and answering that EU membership is Georgia's own sovereign choice.",
        "body": [
            (
                "paragraph",
                "Western commentary on Georgia tends to describe Georgian Dream as a party that has simply sold out to Moscow. That description is too easy, and it misses why the party still wins votes. Its argument, made in speeches and on friendly television channels, runs roughly as follows. Georgia is a small country next to a nuclear power that occupied a fifth of its territory in 2008. Ukraine's fate shows what happens to countries that provoke Russia. Western governments and the organisations they fund want Georgia to open a second front, and they use the promise of EU membership to push values most Georgians do not share. The government's duty is to keep the peace and protect national sovereignty.",
            ),
            (
                "paragraph",
                "Parts of this resonate. Georgians remember the August war, the refugees from South Ossetia and the Russian tanks a short drive from Tbilisi. Many fear that a confrontation with Moscow would end in disaster, and few believe that NATO or the European Union would fight for them. Foreign-funded organisations do exist, and some Georgians resent being lectured by people whose salaries are paid in euros. A conservative, religious electorate outside the capital is uneasy about European debates on family and gender. A politics that ignored these feelings would deserve to lose.",
            ),
            ("heading", "Whose sovereignty?"),
            (
                "paragraph",
                "But the argument collapses at its centre, which is the claim to defend sovereignty. A sovereign state is one whose citizens choose their direction. Georgians have chosen Europe repeatedly and by large margins, in polls, in the constitution, which commits the state to European and Euro-Atlantic integration, and in the streets. EU membership is a pooling of sovereignty that the member states choose freely and can, as Britain showed, reverse. Refusing to pursue it against the wishes of most citizens is not a defence of national independence. It is the substitution of a ruling party's preference for the nation's.",
            ),
            (
                "paragraph",
                "The sovereignty argument is also strikingly selective. A government that fears foreign influence has passed laws aimed at European grants to Georgian journalists while saying little about Russian influence on Georgian politics, Russian troops on Georgian soil or Russian borderisation along the South Ossetian boundary line. It warns against a second front but has no plan for recovering the occupied regions. It calls Brussels condescending while accepting the European market, European investment and the visa-free travel that Georgians value most.",
            ),
            (
                "pull_quote",
                {
                    "text": "Refusing to pursue membership against the wishes of most citizens is not a defence of national independence.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "The right answer to Georgian Dream is therefore not a sneer about Moscow's puppets but a better account of sovereignty. Georgia will be most secure when it is bound into institutions that make aggression against it costly, when its courts and elections are trusted by its own citizens, and when its economy depends on many partners rather than one neighbour. That is what the EU path offers, slowly and conditionally. Europeans who want to help should make that case to Georgians directly, respectfully and without pretending that their fears are invented. The fears are real. The ruling party's answer to them is not.",
            ),
        ],
    },
    {
        "slug": "georgias-election-was-about-europe-and-europe-still-argues-over-the-result",
        "title": "Georgia's election was about Europe, and Europe is still arguing over the result",
        "standfirst": "The parliamentary vote of October 2024 was billed as a choice between Brussels and Moscow. What followed, from the observers' reports to the boycott of parliament, has left Georgia's EU path frozen and its politics in deadlock.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["Georgia", "elections", "observers", "EU"],
        "days_ago": 150,
        "topics": ["georgia-eu", "elections"],
        "judge_note": "Long analysis of Georgia's disputed October 2024 parliamentary election, the observers' findings and its consequences for the EU accession process.",
        "body": [
            (
                "paragraph",
                "Georgian elections are rarely quiet, but the parliamentary vote of 26 October 2024 was framed by almost everyone involved as existential. The opposition parties, grouped into four coalitions, presented it as a referendum on Georgia's European future, and the president, Salome Zourabichvili, persuaded the main opposition parties to sign a charter committing them to the EU path. Georgian Dream campaigned on peace and sovereignty, with billboards contrasting images of war-ravaged Ukraine with peaceful Georgian towns. Its founder, Bidzina Ivanishvili, promised that if the party won a constitutional majority it would ban the main opposition party. Few campaigns in the region have been fought so explicitly over foreign policy.",
            ),
            (
                "paragraph",
                "The official result gave Georgian Dream about 54 per cent of the vote and a comfortable majority in parliament, though short of the constitutional majority it sought. The four opposition coalitions that crossed the threshold together won a little under 40 per cent. The result was well above what most independent polls had suggested, and the opposition immediately rejected it.",
            ),
            ("heading", "What the observers said"),
            (
                "paragraph",
                "International observers, led by the OSCE's Office for Democratic Institutions and Human Rights together with delegations from the European Parliament and the Council of Europe, stopped short of calling the election stolen. Their preliminary findings described a vote that was well administered in technical terms but held in an environment of deep polarisation, with widespread reports of pressure on voters, particularly public-sector employees, an uneven playing field in which the ruling party enjoyed a large advantage in money and media coverage, and concerns about the secrecy of the ballot. Domestic monitoring groups went further, reporting patterns of intimidation and vote-buying, the collection of voters' identity cards and cases in which the new electronic counting machines were used in ways that made it possible to see how individuals voted.",
            ),
            (
                "paragraph",
                "Those findings were enough to deny the result the legitimacy Georgian Dream wanted, but not enough to overturn it. The president refused to recognise the new parliament and described the election as falsified. Opposition parties refused to take up their seats, leaving parliament with a single party and a few allies. The Central Election Commission certified the results, the courts rejected appeals, and in December an electoral college dominated by the ruling party chose a new president, Mikheil Kavelashvili, a former footballer and Georgian Dream loyalist. Ms Zourabichvili left the presidential palace declaring that she remained the only legitimate institution in the country.",
            ),
            (
                "fact_box",
                {
                    "title": "The October 2024 vote in brief",
                    "items": [
                        "Georgian Dream: about 54 per cent, a majority of seats",
                        "Four opposition coalitions: together just under 40 per cent",
                        "Observers: technically well run but marred by pressure on voters and an uneven playing field",
                        "Opposition boycotted parliament; a new president was chosen by an electoral college in December",
                    ],
                },
            ),
            ("heading", "From a disputed vote to a frozen path"),
            (
                "paragraph",
                "The election mattered for Europe because of what came next. On 28 November, the new government announced that it would not seek to open accession negotiations with the EU before the end of 2028 and would decline European budget support in the meantime. The announcement turned a disputed election into a crisis, bringing tens of thousands of people into the streets. The police response, including beatings of protesters and journalists, led several EU member states to impose entry bans on Georgian officials. The European Parliament adopted a resolution calling for a rerun of the election within a year under international supervision and for sanctions against those responsible for the crackdown.",
            ),
            (
                "paragraph",
                "The EU as a whole has struggled to agree a common position. Sanctions that require unanimity have been blocked by Hungary and Slovakia, whose governments are sympathetic to Georgian Dream. The Commission's enlargement reports have described Georgia as a candidate in name only, and the European Council has said that the country's accession process is in effect on hold. But Brussels has not withdrawn candidate status, and it has not recognised the opposition's claim that the election was illegitimate.",
            ),
            (
                "paragraph",
                "That ambiguity reflects a real dilemma. If the EU declares the election fraudulent, it has no means to enforce the consequence and risks isolating itself from the only government Georgia has. If it accepts the result, it lends legitimacy to a party that has abandoned the reforms on which candidate status was conditional. The nine steps attached to that status in 2023 included reforms to the electoral system and measures against political polarisation. Both have gone into reverse.",
            ),
            (
                "pull_quote",
                {
                    "text": "The road to Brussels runs through a Georgian polling station that voters on all sides can trust.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "What would break the deadlock? The opposition's demand is a new election under international supervision, which Georgian Dream rejects. A more realistic path would involve agreed electoral reforms before the next scheduled vote: an independent election commission with opposition participation, rules on the use of administrative resources, stronger protections for ballot secrecy, and access for domestic observers without harassment. The EU could make progress on those reforms a condition for unfreezing assistance, and it could offer technical help to implement them. The local elections held in October 2025, which much of the opposition boycotted, showed how far the country is from that point.",
            ),
            (
                "paragraph",
                "Georgia's European path has been damaged by many things since 2023, including the foreign influence laws, the attacks on independent media and the government's rhetoric about a Western plot. But its clearest obstacle is the loss of trust in elections. Candidate status can survive a government that drags its feet. It cannot survive indefinitely without a way for Georgians to change their government peacefully. The road to Brussels runs through a Georgian polling station that voters on all sides can trust.",
            ),
        ],
    },
    {
        "slug": "anaklia-port-shows-which-way-georgia-is-facing",
        "title": "Anaklia: a deep-water port that shows which way Georgia is facing",
        "standfirst": "Georgia has wanted a deep-water Black Sea port for two decades. The choice of a Chinese-led consortium to build it has turned a piece of infrastructure into a test of the country's European orientation.",
        "section": "transport",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": ["Anaklia", "ports", "Black Sea", "China"],
        "days_ago": 38,
        "topics": ["georgia-eu", "middle-corridor"],
        "judge_note": "Analyses the Anaklia deep-sea port project as a Middle Corridor necessity and as a signal of Georgia's drift from its EU path, urging transparency and European participation.",
        "body": [
            (
                "paragraph",
                "Georgia's Black Sea coast has two working ports, Poti and Batumi, and neither can take the large container ships that dominate modern trade. Their shallow approaches and cramped terminals mean that cargo bound for the South Caucasus and Central Asia is often transhipped at Constanța or in Turkish ports before arriving in smaller vessels. A deep-water port at Anaklia, near the mouth of the Enguri river and within sight of the Abkhaz boundary, has been discussed since the early 2000s as the missing piece of Georgia's transit economy. It has also become a political weathervane.",
            ),
            (
                "paragraph",
                "The first serious attempt collapsed in 2020, when the government cancelled its contract with a consortium that included Georgian and American investors, after a dispute over financing and the prosecution of the consortium's Georgian founders. Western diplomats regarded the cancellation as a sign that the ruling party was wary of a strategic project led by partners it did not control. Four years later, the government selected a new partner: a consortium led by a Chinese state construction company, with a Singapore-registered affiliate. The Georgian state is to hold a controlling stake.",
            ),
            ("heading", "A port for the corridor"),
            (
                "paragraph",
                "On commercial grounds, Anaklia makes sense. Freight on the Middle Corridor, the route linking China and Central Asia with Europe across the Caspian and the South Caucasus, has grown sharply since 2022 as shippers sought to avoid Russia. Much of it crosses Georgia by rail, either on the Baku-Tbilisi-Kars line into Turkey or to the Black Sea ports for shipment west. Poti and Batumi are already close to capacity at peak times, and their limits add days and costs to every container. A deep-water port would allow larger ships to call directly, making the Georgian route more competitive against both the northern route through Russia and the sea route around India and through Suez.",
            ),
            (
                "paragraph",
                "China's interest is easy to understand. Beijing has promoted overland routes to Europe for a decade, and a Georgian port on the Black Sea, owned in part by a Chinese company, would give its exporters a reliable exit at the western end of the corridor. Georgia and China signed a strategic partnership in 2023, and Chinese firms have built roads and tunnels across the country.",
            ),
            ("heading", "A test of direction"),
            (
                "paragraph",
                "The difficulty is timing and context. The Anaklia decision came in the same period as the foreign influence law, the disputed election and the freezing of Georgia's EU accession process. For many in Brussels, it fitted a pattern of a government turning away from European partners, and the European Commission has pointedly noted that candidate countries are expected to align with the EU's approach to strategic infrastructure and foreign investment screening. The EU's own connectivity plans, under its Global Gateway programme, include an electricity and data cable under the Black Sea from Georgia to Romania, and European officials had assumed that a candidate country would build its transit future with European partners in the lead.",
            ),
            (
                "pull_quote",
                {
                    "text": "The question is not whether Georgia needs a deep port. It is who gets to shape the rules under which it operates.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            (
                "paragraph",
                "It would be a mistake to treat Chinese construction as disqualifying on its own; Chinese contractors build infrastructure in EU member states too. The question is not whether Georgia needs a deep port. It is who gets to shape the rules under which it operates: how the concession is awarded and priced, who controls the data systems that track cargo, and whether European shipping lines and logistics firms can compete on equal terms. Publishing the contract, opening terminal operations to international tender and inviting European development banks to finance parts of the project would answer most of the concerns. A government confident in its European direction would do all three. Whether this one does will say a good deal about which way Georgia is facing.",
            ),
        ],
    },
    {
        "slug": "bakus-promise-to-double-gas-for-europe-checked-against-the-pipes",
        "title": "Baku's promise to double gas for Europe, checked against the pipes",
        "standfirst": "In 2022 the EU and Azerbaijan agreed that Caspian gas deliveries to Europe should reach at least 20 billion cubic metres a year by 2027. The fields, the pipelines and the contracts all suggest that the target will be late, and why.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": ["Southern Gas Corridor", "Shah Deniz", "TAP", "TANAP"],
        "days_ago": 55,
        "topics": ["caspian-gas"],
        "judge_note": "Long analysis of whether Azerbaijan can deliver 20 bcm a year of gas to the EU by 2027, looking at Shah Deniz output, SCP/TANAP/TAP capacity and the EU's reluctance to sign long contracts.",
        "body": [
            (
                "paragraph",
                "In July 2022, with Russian gas deliveries to Europe collapsing and prices at record highs, the president of the European Commission flew to Baku and signed a memorandum of understanding on energy with Azerbaijan. The headline commitment was to double the flow of Azerbaijani gas to the European Union, from around ten billion cubic metres a year to at least twenty by 2027. It was a political document, and it did what political documents do: it signalled intent, reassured markets and gave both sides a number to repeat. Three years on, it is worth checking that number against the physical system that would have to deliver it.",
            ),
            (
                "paragraph",
                "The starting point was lower than the headline suggested. Azerbaijan exported about eight billion cubic metres to Europe in 2021, the first full year of the Trans Adriatic Pipeline's operation. Deliveries rose to just under twelve in 2023 and close to thirteen in 2024, with Italy taking the largest share and Greece, Bulgaria and, more recently, Romania, Hungary, Serbia and Slovakia receiving smaller volumes. That is real progress. It is also well short of a path to twenty by 2027.",
            ),
            ("heading", "The fields"),
            (
                "paragraph",
                "Almost all of the exported gas comes from Shah Deniz, the offshore field operated by BP, which produces somewhat more than twenty-five billion cubic metres a year at its current plateau. That gas is already committed: to Turkey, to Georgia, to the European buyers who signed twenty-five-year contracts when the second phase of the field was sanctioned more than a decade ago. New volumes have to come from somewhere else. The Absheron field, operated by TotalEnergies with the state oil company SOCAR, began production in 2023, but its first phase yields only around one and a half billion cubic metres a year. The deep gas beneath the Azeri-Chirag-Gunashli oil fields, the Umid and Babek structures and a compression project intended to extend Shah Deniz's plateau could add more later in the decade. None of them can add several billion cubic metres quickly.",
            ),
            (
                "paragraph",
                "Azerbaijan's own consumption is another constraint. Domestic demand has grown with the economy and the rebuilding of Karabakh, and gas still generates most of the country's electricity. Every cubic metre burned in a power station in Baku is a cubic metre not sold in Italy. The government has therefore championed solar and wind projects, built with Emirati and Saudi developers, as a way to free gas for export. The logic is sound, but the plants so far add hundreds of megawatts, not the gigawatts that would displace gas on a large scale.",
            ),
            ("heading", "The pipes"),
            (
                "paragraph",
                "The gas travels through three linked pipelines that together form the Southern Gas Corridor. The South Caucasus Pipeline carries it from the Sangachal terminal near Baku across Georgia to the Turkish border. The Trans-Anatolian Pipeline, TANAP, crosses Turkey, with a capacity of sixteen billion cubic metres a year, of which about six are taken by Turkish buyers. The Trans Adriatic Pipeline, TAP, runs from the Greek-Turkish border through Greece and Albania and under the Adriatic to southern Italy, with a capacity of ten billion cubic metres that can be doubled by adding compressor stations.",
            ),
            (
                "fact_box",
                {
                    "title": "The Southern Gas Corridor",
                    "items": [
                        "South Caucasus Pipeline: Sangachal (Azerbaijan) to the Georgia-Turkey border",
                        "TANAP: across Turkey, 16 bcm a year, expandable in stages",
                        "TAP: Greece, Albania, Italy, 10 bcm a year, expandable to 20",
                        "Main source: Shah Deniz, operated by BP; Absheron adds smaller volumes",
                    ],
                },
            ),
            (
                "paragraph",
                "Doubling TAP and expanding TANAP are technically straightforward. They are not commercially automatic. Under the rules that govern both pipelines, expansion is triggered when shippers commit to book the additional capacity for long periods. TAP has run several rounds of market tests, and the results have been modest: a first increment of a little over one billion cubic metres, with further steps depending on future bids. Without firm long-term bookings, the pipeline companies and their lenders will not pay for new compressors.",
            ),
            ("heading", "The contracts"),
            (
                "paragraph",
                "This is where the European side of the bargain comes in. The EU wants more Caspian gas but is committed by law to climate neutrality by 2050, and many member states are reluctant to sign supply contracts that run into the 2040s. European buyers prefer short contracts and spot purchases, which suit a market expecting demand to fall but do not give producers the certainty they need to develop new fields. European banks have tightened their lending to fossil fuel projects. Azerbaijani officials have complained openly that Europe asks for more gas while refusing to share the risk of producing it.",
            ),
            (
                "paragraph",
                "They have a point. A twenty-billion target that rests on new fields and new pipeline capacity requires someone to commit to buying the gas for long enough to pay back the investment. If European buyers will not, the volumes will go elsewhere or stay in the ground. Turkey, whose own demand is large and growing, is a ready alternative buyer, and its ambition to become a regional gas hub means it will take whatever Europe declines.",
            ),
            (
                "pull_quote",
                {
                    "text": "Europe asks for more gas while refusing to share the risk of producing it.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "The realistic outlook is therefore a target reached late and in steps. European deliveries are likely to continue rising, perhaps to fifteen or sixteen billion cubic metres later in the decade as TAP's first expansion comes into use and Absheron and the compression project add volumes. Reaching twenty would require a second wave of upstream investment and a decision by European buyers to commit for longer. Gas from Turkmenistan, across the Caspian, could in theory fill the gap, but the pipeline to carry it has been discussed for thirty years without being built.",
            ),
            (
                "paragraph",
                "None of this makes the 2022 memorandum a failure. It helped Europe through its worst energy crisis in decades and gave the Southern Gas Corridor a political importance it had lacked. But the number in it was an aspiration, not a plan. If the EU wants it turned into one, it must decide whether it is willing to sign contracts on the scale that the pipes require. If it is not, it should say so, and let Baku plan accordingly.",
            ),
        ],
    },
    {
        "slug": "the-trans-caspian-pipeline-has-been-ten-years-away-for-thirty-years",
        "title": "The trans-Caspian pipeline has been ten years away for thirty years",
        "standfirst": "A pipeline of a few hundred kilometres could bring Turkmen gas to Europe through Azerbaijan. Legal obstacles are smaller than they were. The real obstacles are in Ashgabat and in European buyers' reluctance to commit.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["daniel-moreau"],
        "tags": ["Turkmenistan", "trans-Caspian pipeline"],
        "days_ago": 100,
        "topics": ["caspian-gas"],
        "judge_note": "Op-ed arguing the trans-Caspian gas pipeline is blocked less by law or Russian and Iranian objections than by Turkmen caution and a lack of European buyers, and proposing a small first step.",
        "body": [
            (
                "paragraph",
                "Turkmenistan holds some of the largest gas reserves in the world, most of them in the giant Galkynysh field in the country's south-east. It sells almost all of its exports to China, through a pipeline system across Uzbekistan and Kazakhstan, and a little to its neighbours. Europe, which has spent years looking for alternatives to Russian gas, buys none. The reason is geography: between Turkmenistan's coast and Azerbaijan's lies the Caspian Sea, about three hundred kilometres of water that no gas pipeline has yet crossed.",
            ),
            (
                "paragraph",
                "A trans-Caspian pipeline has been proposed in one form or another since the 1990s. It would run from the Turkmen coast near Turkmenbashi to the Sangachal terminal near Baku, where the gas could enter the Southern Gas Corridor towards Turkey and Europe. Engineers regard it as a modest project by offshore standards. Successive European energy commissioners have endorsed it, American officials have promoted it, and the EU has at times listed it among projects of common interest. It has never got beyond feasibility studies.",
            ),
            ("heading", "The legal excuse has weakened"),
            (
                "paragraph",
                "For years the official obstacle was legal. The Caspian's status was unresolved after the Soviet Union's collapse, and Russia and Iran argued that any subsea pipeline required the consent of all five littoral states. The convention signed in Aktau in 2018 changed that: it allows pipelines to be laid with the agreement only of the states whose sectors they cross, subject to environmental requirements. Moscow and Tehran can still raise environmental objections, and they will, but their veto has become an argument rather than a rule. Azerbaijan and Turkmenistan have also settled their dispute over a field in the middle of the sea, which they agreed in 2021 to develop jointly.",
            ),
            (
                "paragraph",
                "The remaining obstacles are commercial and political. Turkmenistan's government is cautious to the point of immobility, reluctant to let foreign companies hold stakes in its onshore fields and wary of antagonising Russia, China or Iran. Without upstream investment by experienced international companies, the gas will not be produced in the volumes a pipeline needs. And European buyers, for the reasons that slow every Caspian project, are unwilling to sign the long-term contracts that would make the investment bankable.",
            ),
            (
                "pull_quote",
                {
                    "text": "The Caspian is no longer the barrier. The barrier is a decision that nobody wants to take first.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "There is a more modest route worth trying. Instead of a thirty-billion-cubic-metre trunk line, a smaller pipeline could connect Turkmen offshore fields to existing Azerbaijani platforms, using infrastructure already in place. Volumes of a few billion cubic metres would not transform Europe's supply, but they would establish the principle, create a commercial relationship and prove that the route works. Turkmen gas has already begun to reach Turkey through a swap arrangement with Iran, which shows that Ashgabat is willing to sell westwards when the risks seem manageable.",
            ),
            (
                "paragraph",
                "The Caspian is no longer the barrier. The barrier is a decision that nobody wants to take first: Turkmenistan waits for European buyers, European buyers wait for Turkmen gas, and investors wait for both. A small first pipeline would let each side move without betting everything. Thirty years of waiting for the big one suggests it is time to try.",
            ),
        ],
    },
    {
        "slug": "tap-opens-new-round-of-bids-for-expanded-capacity",
        "title": "TAP opens new round of bids for expanded capacity",
        "standfirst": "The pipeline carrying Azerbaijani gas to Italy has invited shippers to book more capacity, the next step towards a possible doubling of its throughput.",
        "section": "energy",
        "type": "news",
        "authors": ["daniel-moreau"],
        "tags": [],
        "days_ago": 15,
        "topics": ["caspian-gas"],
        "judge_note": "News item on a new market test for expanding the Trans Adriatic Pipeline carrying Caspian gas to Europe.",
        "body": [
            (
                "paragraph",
                "The operator of the Trans Adriatic Pipeline, which carries gas from Azerbaijan's Shah Deniz field through Greece and Albania to southern Italy, has launched a new market test inviting shippers to bid for additional long-term capacity. The pipeline currently carries about ten billion cubic metres of gas a year and could be expanded to twenty by adding compression.",
            ),
            (
                "paragraph",
                "A previous round produced commitments for a first, small increment, which is being brought into service. Whether further steps follow will depend on the volume and duration of the bookings received in the new round, the company said. Shippers will first submit non-binding expressions of interest, followed by a binding phase.",
            ),
            (
                "paragraph",
                "TAP forms the European end of the Southern Gas Corridor, which also includes the South Caucasus Pipeline across Azerbaijan and Georgia and TANAP across Turkey. Expanding the corridor is central to the target, agreed between the EU and Azerbaijan in 2022, of delivering at least twenty billion cubic metres of Caspian gas a year to Europe by 2027.",
            ),
            (
                "paragraph",
                "An industry analyst in Athens said that interest from buyers in south-eastern and central Europe had grown since Russian gas transit through Ukraine ended, but that many were still reluctant to commit for more than a few years. A spokesperson for SOCAR, Azerbaijan's state energy company, said it would take part in the process.",
            ),
        ],
    },
    {
        "slug": "europe-can-buy-azerbaijans-gas-and-still-tell-the-truth-about-baku",
        "title": "Europe can buy Azerbaijan's gas and still tell the truth about Baku",
        "standfirst": "Energy security is a legitimate reason to deal with governments whose conduct Europe dislikes. It is not a reason to stop describing that conduct honestly.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["Azerbaijan", "EU", "gas", "journalists"],
        "days_ago": 45,
        "topics": ["caspian-gas", "press-freedom"],
        "judge_note": "Editorial arguing the EU can keep buying Azerbaijani gas under the 2022 deal while speaking plainly about jailed journalists, since the dependence runs both ways.",
        "body": [
            (
                "paragraph",
                "Europe needs gas, and Azerbaijan sells it. When Russia cut supplies in 2022, the Southern Gas Corridor was one of the few routes able to deliver additional volumes quickly, and the memorandum signed that summer in Baku committed both sides to roughly doubling Azerbaijani deliveries to the EU. European officials described Azerbaijan as a reliable partner, and in the narrow sense of keeping gas flowing through TANAP and TAP, it has been one. There is nothing shameful in that. Energy security is a legitimate interest, and governments that refused to buy from any supplier with a poor human rights record would have few suppliers left.",
            ),
            (
                "paragraph",
                "The problem lies in what has accompanied the trade. Since the gas deal was signed, Azerbaijan has carried out the most sweeping crackdown on independent journalism in its recent history. Reporters from several independent outlets, including an investigative site that examined the business interests of officials, have been arrested and convicted on smuggling and other charges that press freedom organisations regard as fabricated, and some have received sentences of close to a decade. Foreign broadcasters have been told to leave. European institutions have protested, but quietly, and the language of partnership has remained warmer than the facts warrant.",
            ),
            (
                "pull_quote",
                {
                    "text": "The dependence that makes Europe cautious runs in both directions.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "The usual argument for quiet diplomacy is that criticism would endanger supplies. That argument is weaker than it sounds. The dependence that makes Europe cautious runs in both directions. The EU is Azerbaijan's largest export market and its most valuable customer for gas, paying prices that Baku cannot easily obtain elsewhere. The Southern Gas Corridor's pipelines run west, and the long-term contracts that sustain them are with European buyers. Azerbaijan needs European money, European technology for its renewable energy ambitions and European support for the Middle Corridor as much as Europe needs its gas.",
            ),
            (
                "paragraph",
                "A relationship of mutual need allows for candour. European governments can honour their contracts and negotiate new ones while saying plainly, in public and in private, that the imprisonment of journalists is unacceptable and that their release would improve the relationship. They can tie parts of their cooperation, such as financing for renewables and grid links under the EU's Global Gateway programme, to progress on media freedom. They can make sure that Azerbaijani civil society has a voice in the EU's discussions with Baku, as it had before the space for it closed.",
            ),
            (
                "paragraph",
                "None of this requires Europe to stop buying gas or to lecture from a position of moral superiority. Member states buy energy from many governments whose politics they reject. What it requires is that energy interests not be allowed to silence everything else. Europe is entitled to its gas. It is not entitled to pretend that it does not see what is happening in the courtrooms of Baku.",
            ),
        ],
    },
    {
        "slug": "turkey-wants-to-be-europes-gas-hub-tanap-is-its-strongest-card",
        "title": "Turkey wants to be Europe's gas hub. TANAP is its strongest card",
        "standfirst": "Ankara sits between Caspian, Russian, Iranian and Mediterranean gas and the European market. Whether it becomes a genuine trading hub or a dealer in relabelled molecules depends on choices it has yet to make.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": ["Turkey", "TANAP", "gas hub"],
        "days_ago": 27,
        "topics": ["caspian-gas", "turkey"],
        "judge_note": "Analysis of Turkey's ambition to be a gas hub built on TANAP and Caspian supply, its Russian and Turkmen flows, and the transparency a real hub would need.",
        "body": [
            (
                "paragraph",
                "Look at a map of Eurasian gas pipelines and Turkey appears at the centre of almost everything. Russian gas arrives under the Black Sea through Blue Stream and TurkStream. Azerbaijani gas from Shah Deniz crosses the country on the Trans-Anatolian Pipeline, TANAP. Iranian gas enters from the east, liquefied gas arrives at terminals on the Aegean and Marmara coasts, and Turkey's own Sakarya field in the Black Sea has begun to produce. To the west lie Bulgaria, Greece and the European market. Turkish officials have long argued that this geography should make their country a gas hub, a place where supplies from many sources are traded and priced. The ambition is reasonable. Its realisation is less certain.",
            ),
            (
                "paragraph",
                "TANAP is the strongest card in Ankara's hand. Owned mainly by Azerbaijan's state-controlled Southern Gas Corridor company and the Turkish state pipeline company BOTAŞ, with BP as a smaller partner, it carries about sixteen billion cubic metres a year, roughly six of which are delivered to Turkish buyers and ten to Europe through the Trans Adriatic Pipeline. Its capacity can be expanded in stages, and it is the backbone of the Southern Gas Corridor. The pipeline also symbolises the alliance between Ankara and Baku, whose leaders describe their countries as one nation, two states, and whose cooperation in energy preceded their military partnership by many years.",
            ),
            ("heading", "More sources, more questions"),
            (
                "paragraph",
                "Turkey has added sources in recent years. In 2025 it began receiving Turkmen gas through a swap arrangement with Iran, in which Turkmenistan delivers gas to Iran's north and Iran supplies an equivalent volume to Turkey. The volumes are small, but the arrangement gives Ankara a commercial relationship with Ashgabat that could grow if a trans-Caspian pipeline is ever built. A new pipeline from the Turkish city of Iğdır to Azerbaijan's Nakhchivan exclave lets Turkey supply the exclave directly, reducing its reliance on Iranian gas, and deepens the energy ties between Ankara and Baku.",
            ),
            (
                "paragraph",
                "The difficulty lies in Russian gas. Moscow proposed in 2022 that Turkey become a hub for Russian supplies, which could then be sold onwards to Europe. For the Kremlin, the attraction is obvious: gas that Europe will no longer buy directly from Gazprom could reach it through Turkish traders. For Europe, which plans to end Russian gas imports entirely by 2027, a Turkish hub that mixed Russian, Azerbaijani and other supplies without clear rules of origin would be a loophole rather than a solution.",
            ),
            (
                "pull_quote",
                {
                    "text": "A hub is not a place where pipelines meet. It is a market that traders trust.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "A hub is not a place where pipelines meet. It is a market that traders trust: one with transparent prices, independent regulation, open access for third parties to pipelines and storage, and reliable information about where gas comes from. Turkey's gas market is still dominated by BOTAŞ, which sets prices for most consumers and controls much of the infrastructure. Until that changes, the hub will be a set of bilateral deals arranged in Ankara rather than a market where buyers and sellers meet on equal terms.",
            ),
            (
                "paragraph",
                "For Caspian producers, a genuine Turkish hub would be welcome. It would give Azerbaijani and, eventually, Turkmen gas a liquid market close to home and reduce their dependence on a handful of long-term European contracts. For Europe, it would provide flexible supplies on its south-eastern border. Both would need Turkey to choose market rules over political trading, and to keep Russian molecules clearly labelled. Ankara has the pipes. The question is whether it wants the rules that go with them.",
            ),
        ],
    },
    {
        "slug": "when-russian-gas-flows-into-azerbaijan-europe-should-read-the-meters",
        "title": "When Russian gas flows into Azerbaijan, Europe should read the meters",
        "standfirst": "Azerbaijan has bought Russian gas for its own market while selling more of its own to Europe. The volumes are small, but as the EU ends Russian imports, it needs to know what it is buying.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["Russia", "gas", "rules of origin"],
        "days_ago": 120,
        "topics": ["caspian-gas", "russia"],
        "judge_note": "Examines Azerbaijan's imports of Russian gas, Lukoil's stake in Shah Deniz and the end of Ukrainian transit, arguing the EU needs origin tracking as it bans Russian gas.",
        "body": [
            (
                "paragraph",
                "In November 2022, a few months after it agreed to raise its gas exports to the European Union, Azerbaijan's state energy company signed a contract with Gazprom to import up to a billion cubic metres of Russian gas over the following months. SOCAR said the gas was needed to meet domestic demand during the winter. Critics in Europe drew a different conclusion: Russian gas was flowing into Azerbaijan's system at the same time as Azerbaijani gas was flowing out towards Italy and the Balkans, and the effect was to help Europe replace Russian supplies with supplies that Russian gas had freed up.",
            ),
            (
                "paragraph",
                "The argument is easy to overstate. The volumes imported from Russia have been small compared with Azerbaijan's production of more than forty billion cubic metres a year, and the exports to Europe come overwhelmingly from Shah Deniz under contracts signed long before the war. Gas is fungible, and many countries import some and export some. But the episode pointed to a real question that will matter more as the EU moves to ban Russian gas imports by 2027: how will Europe know where its gas comes from?",
            ),
            ("heading", "Russian interests inside the corridor"),
            (
                "paragraph",
                "The question has more than one layer. Russia's Lukoil is a significant shareholder in the Shah Deniz consortium, with a stake it increased in recent years, which means that some of the revenue from Europe's purchases of Caspian gas flows to a Russian company. Western sanctions on Lukoil have complicated its position, and its foreign assets may change hands, but for now the point stands. Russia also influences the Caspian's energy politics through its role as a littoral state, its objections to a trans-Caspian pipeline and its pipelines carrying Kazakh oil to the Black Sea.",
            ),
            (
                "paragraph",
                "The end of Russian gas transit through Ukraine at the start of 2025 added another layer. Before the contract expired, there were discussions about a swap under which Azerbaijani gas would be nominally delivered to European buyers through the Ukrainian system, while physically the molecules would continue to come from Russia. The idea faded, but it illustrated how easily the label on gas can be separated from its origin.",
            ),
            (
                "pull_quote",
                {
                    "text": "A ban that cannot trace what it bans is a declaration, not a policy.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            (
                "paragraph",
                "The EU's legislation to phase out Russian imports requires importers to show the origin of the gas they bring in, and the Commission has said it will scrutinise supplies arriving from countries that also import Russian gas. That is the right instinct, but it will be hard to apply to pipeline gas passing through several systems. A ban that cannot trace what it bans is a declaration, not a policy. The practical answer lies in data: published flows at every border point of the Southern Gas Corridor, regular reporting by Azerbaijan and Turkey of their own import and export volumes, and contracts that specify the field of origin.",
            ),
            (
                "paragraph",
                "Baku has an interest in cooperating. Azerbaijan's value to Europe rests on the claim that its gas is an alternative to Russia's. Any suspicion that the corridor is carrying Russian gas under another name would damage that claim and weaken the case for expanding TAP and TANAP. Transparency about flows would protect Azerbaijan's reputation as much as Europe's sanctions.",
            ),
        ],
    },
    {
        "slug": "shah-deniz-is-ageing-faster-than-europes-contracts",
        "title": "Shah Deniz is ageing faster than Europe's contracts",
        "standfirst": "The field behind the Southern Gas Corridor is approaching the end of its plateau. What replaces it will decide whether Caspian gas remains a serious part of Europe's supply in the 2030s.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": [],
        "days_ago": 8,
        "topics": ["caspian-gas"],
        "judge_note": "Analysis of declining output prospects at Shah Deniz and the new Caspian fields, renewables and electricity exports that Azerbaijan needs to sustain gas exports to Europe.",
        "body": [
            (
                "paragraph",
                "Every gas field has a life cycle. Production rises as wells are drilled, holds steady for a plateau and then declines as pressure in the reservoir falls. Shah Deniz, the giant field off the Azerbaijani coast that supplies most of the gas in the Southern Gas Corridor, has been on its plateau since the second phase came on stream. Its operator, BP, and its partners have committed to a compression project to keep output high for longer, but sooner or later the decline will come. The contracts with European buyers, many of which run into the 2040s, assume that it will not come too soon.",
            ),
            (
                "paragraph",
                "Azerbaijan's answer is to bring new fields into production. Absheron, developed by TotalEnergies and SOCAR, began producing in 2023 and is planning a larger second phase. The deep gas under the Azeri-Chirag-Gunashli oil fields, long used mainly to maintain pressure in the oil reservoirs, could be developed for export. Smaller fields such as Umid and Babek add further potential. Together, these could sustain and possibly raise exports through the 2030s, but each requires investment decisions that depend on buyers willing to commit to long-term purchases.",
            ),
            (
                "pull_quote",
                {
                    "text": "Every field has a plateau, and the contracts that depend on this one were written as if it would last for ever.",
                    "attribution": "Daniel Moreau, energy correspondent",
                },
            ),
            (
                "paragraph",
                "There is also a domestic calculation. Azerbaijan's own demand for gas is rising, driven by population growth, new industry and the reconstruction of Karabakh. The government's plan is to replace gas in power generation with solar and wind, freeing more gas for export. Several large plants are under construction, and the government talks of exporting green electricity itself, through a planned submarine cable under the Black Sea from Georgia to Romania. That project would link Azerbaijan, Georgia, Romania and Hungary, and it has the support of the European Union, but it is years away and its cost is formidable.",
            ),
            (
                "paragraph",
                "The corridor's other customers have a stake in the answer too. Turkey, which takes about six billion cubic metres a year through TANAP, has become a large and growing buyer of Azerbaijani gas in its own right. Georgia, through which the South Caucasus Pipeline passes, takes part of its transit fee in gas and buys more on favourable terms, which makes the field's plateau a question of household heating in Tbilisi as well as of prices in Italy. If output falls, the pressure to divide a shrinking volume among these buyers will become a political matter between neighbours, and Europe, the most distant of them, may not come first.",
            ),
            (
                "paragraph",
                "The risk for Europe is not that Caspian gas will suddenly disappear, but that the volumes on which it is counting for the next decade will not grow, or will begin to fall just as its own long-term plans rely on them. The risk for Azerbaijan is that it invests in new fields only to find that European demand falls faster than expected. Both risks can be managed by the same instrument: contracts long enough to justify investment, with flexibility built in for both sides. Without them, the Southern Gas Corridor will remain a pipeline system built for a field that is getting older every year.",
            ),
        ],
    },
    {
        "slug": "one-ticket-from-kazakhstan-to-kars",
        "title": "One ticket from Kazakhstan to Kars: the Middle Corridor needs a through tariff",
        "standfirst": "A container crossing the Caspian and the South Caucasus is priced, booked and tracked by half a dozen companies. Shippers want one price and one timetable, and the railways could give them both.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["farid-mammadli"],
        "tags": [],
        "days_ago": 20,
        "topics": ["middle-corridor"],
        "judge_note": "Op-ed arguing the Middle Corridor's railways, ports and ferry lines should offer a single through tariff, timetable and tracking system to compete with the northern route.",
        "body": [
            (
                "paragraph",
                "Ask a freight forwarder in Almaty what it costs to send a container from western China to Istanbul by the Middle Corridor, and you will get a long answer. There is the Chinese railway to the Kazakh border, and the Kazakh railway across the steppe to Aktau or Kuryk. There is the port handling on the Kazakh side, the ferry or feeder vessel across the Caspian, and the port handling at Alat or Baku. There is Azerbaijan Railways to the Georgian border, Georgian Railway to Akhalkalaki, where the gauge changes, and Turkish State Railways from Kars onwards. Each has its own tariff, its own paperwork and its own idea of when the train will leave. The forwarder's real answer is: it depends.",
            ),
            (
                "paragraph",
                "That uncertainty is the Middle Corridor's biggest commercial weakness. The northern route through Russia, whatever its political risks, offers a single railway system from the Chinese border to Belarus, one gauge, and through prices negotiated by large operators. Ocean shipping offers a published rate from Shanghai to Rotterdam. The trans-Caspian route offers a patchwork, and shippers who move time-sensitive or high-value goods will not plan around a patchwork.",
            ),
            ("heading", "The pieces exist"),
            (
                "paragraph",
                "The railways know this. Kazakhstan's, Azerbaijan's and Georgia's state railways created a joint logistics company in 2023 precisely to sell the route as one product, and they have since agreed on a harmonised tariff for some container services. Turkey has joined discussions about extending the arrangement. These are the right steps, but they remain partial. Ferry capacity across the Caspian is still allocated separately, port charges vary from month to month, and a delay at any link is passed on to the next without any party being responsible for the whole journey.",
            ),
            (
                "paragraph",
                "A true through tariff would require the operators to agree on three things. The first is a single price, published in advance, for a standard container between defined points, with the revenue shared according to an agreed formula. The second is a common timetable, with fixed departure slots for block trains and the ferries that connect them, so that a train arriving at Aktau on Tuesday knows which vessel will carry it and when it will reach Alat. The third is shared tracking, so that the customer can see where the container is at any point and the operators can see where delays occur.",
            ),
            (
                "pull_quote",
                {
                    "text": "Shippers do not buy railways, ports and ferries. They buy a journey.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            (
                "paragraph",
                "None of this needs new concrete. It needs governments to let their state railways cede some control to a joint operator and accept that a single price will sometimes mean less revenue for one link and more for another. It needs customs services in Kazakhstan, Azerbaijan, Georgia and Turkey to accept electronic documents from one another, so that a container is not re-examined at every border. The European Union, which has pledged billions of euros for trans-Caspian connectivity under its Global Gateway programme, could make its support for ports and railways conditional on progress towards such arrangements.",
            ),
            (
                "paragraph",
                "Shippers do not buy railways, ports and ferries. They buy a journey. Until the Middle Corridor sells one, it will remain the route that shippers use when the alternatives are worse, rather than the route they choose because it is better.",
            ),
        ],
    },
    {
        "slug": "turkmenbashi-is-the-corridors-neglected-door",
        "title": "Turkmenbashi is the corridor's neglected door",
        "standfirst": "Discussion of trans-Caspian freight usually centres on Kazakhstan's ports. Turkmenistan's modern port on the eastern shore could carry far more, if Ashgabat chose to open it.",
        "section": "transport",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": [],
        "days_ago": 65,
        "topics": ["middle-corridor"],
        "judge_note": "Analysis of Turkmenistan's underused Turkmenbashi port and the southern branch of the trans-Caspian route to Azerbaijan, Georgia and Turkey.",
        "body": [
            (
                "paragraph",
                "When officials discuss the Middle Corridor, the trans-Caspian route between China and Europe, they usually mean the northern crossing: Chinese trains through Kazakhstan to Aktau or Kuryk, then across the sea to Azerbaijan. There is a southern alternative that receives far less attention. On the eastern shore of the Caspian, Turkmenistan has built one of the most modern ports in the region at Turkmenbashi, opened in 2018 with berths for containers, ferries and bulk cargo, and a capacity of many millions of tonnes a year. Much of that capacity is unused.",
            ),
            (
                "paragraph",
                "The port was designed with the corridor in mind. Turkmenistan signed the Lapis Lazuli agreement with Afghanistan, Azerbaijan, Georgia and Turkey in 2017, envisaging a route from Afghanistan through Turkmenistan, across the Caspian to Baku, then by rail through Georgia to Turkey. Uzbek freight, which cannot reach the sea without crossing a neighbour, could use Turkmen railways to reach Turkmenbashi rather than the longer route through Kazakhstan. For Central Asia's most populous country, a second outlet to the west would reduce dependence on both Kazakh and Russian infrastructure.",
            ),
            ("heading", "Why so little traffic?"),
            (
                "paragraph",
                "The obstacles are mostly administrative. Turkmenistan's visa regime is among the strictest in the world, and drivers and crews report long waits at borders. Transit fees have at times been set high, and rules change without notice. The country's policy of permanent neutrality, which it treats as a founding principle, makes it reluctant to join multilateral arrangements such as the joint logistics company set up by Kazakhstan, Azerbaijan and Georgia. Foreign freight forwarders find it hard to establish local offices. The result is a modern port with an old-fashioned hinterland.",
            ),
            (
                "paragraph",
                "The falling level of the Caspian adds a physical complication. Like Aktau and Alat, Turkmenbashi needs regular dredging to keep its approaches deep enough for loaded ferries, and a sea that has dropped noticeably in recent years threatens to raise that cost. Ports on the shallower northern coast face worse problems, which gives the southern route a relative advantage if it is managed well.",
            ),
            (
                "pull_quote",
                {
                    "text": "The result is a modern port with an old-fashioned hinterland.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            (
                "paragraph",
                "Turkmenistan has reasons to change course. Its economy depends heavily on gas exports to China, and diversifying into transit would provide a second source of revenue. The ferry line to Alat already works, and Azerbaijan has every interest in more traffic through its port. Simplified transit visas for drivers, published and stable tariffs, and participation, even as an observer, in the joint tariff arrangements of the other corridor states would cost Ashgabat little. Turkmenbashi could then become what it was built to be: a second door to the west for Central Asia, and a useful check on the congestion that periodically paralyses the northern crossing.",
            ),
        ],
    },
    {
        "slug": "kars-to-nakhchivan-turkeys-railway-wager",
        "title": "Kars to Nakhchivan: Turkey's railway wager on the South Caucasus",
        "standfirst": "Ankara plans a new line towards Nakhchivan that would connect with a route across Armenia's Syunik province. It is a bet on the Middle Corridor, on the Armenia-Azerbaijan peace, and on Turkey's own place in both.",
        "section": "transport",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": ["Turkey", "Kars", "Nakhchivan", "railways"],
        "days_ago": 33,
        "topics": ["middle-corridor", "turkey", "peace-talks"],
        "judge_note": "Analyses Turkey's planned Kars-Iğdır-Nakhchivan railway as a second Middle Corridor rail route depending on the Armenia-Azerbaijan peace and TRIPP, and on Turkey-Armenia normalisation.",
        "body": [
            (
                "paragraph",
                "Turkey has long presented itself as the natural western terminus of the Middle Corridor. Its railways link the Georgian border to Istanbul, and since 2013 the Marmaray tunnel under the Bosporus has allowed trains to cross from Asia to Europe without a ferry. When the Baku-Tbilisi-Kars railway opened in 2017, Turkish officials hailed it as the iron silk road that would carry Chinese goods to European markets through Anatolia. Traffic has been lower than those speeches promised, but Ankara's interest has not faded. Its latest plan is a second railway into the South Caucasus.",
            ),
            (
                "paragraph",
                "The line would run from Kars through Iğdır to the Dilucu crossing on the short border with Nakhchivan, Azerbaijan's exclave, a distance of a little over two hundred kilometres through difficult terrain. Turkish officials have described it as a priority project, and preparatory work has begun. On its own, the line would connect Turkey with a territory of around half a million people. Its real purpose lies further east.",
            ),
            ("heading", "A route that depends on peace"),
            (
                "paragraph",
                "Nakhchivan is separated from mainland Azerbaijan by Armenia's Syunik province. The Soviet-era railway that once ran along the Arax river through Meghri was cut during the first Karabakh war and has not carried trains since. The peace process between Armenia and Azerbaijan has revived the idea of restoring it, now under the name TRIPP, the Trump Route for International Peace and Prosperity, agreed at the Washington summit. Azerbaijan is building a railway from Horadiz towards the Armenian border at Aghband. If the Syunik section is built and the treaty signed, trains could run from Baku through Syunik and Nakhchivan to Kars, creating a second rail route between the Caspian and Turkey that bypasses Georgia.",
            ),
            (
                "paragraph",
                "That dependence on the peace process is both the project's promise and its risk. The treaty text is initialled but not signed, and Azerbaijan's condition that Armenia first change its constitution means the Syunik section could be years away. Iran has made clear its unease about any arrangement that might affect its border with Armenia. A Turkish line to Nakhchivan that ends at a closed frontier would be an expensive monument to optimism.",
            ),
            (
                "pull_quote",
                {
                    "text": "A Turkish line to Nakhchivan that ends at a closed frontier would be an expensive monument to optimism.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            ("heading", "Ankara, Baku and Yerevan"),
            (
                "paragraph",
                "The project also says something about Turkey's regional diplomacy. Ankara's alliance with Baku is the fixed point of its South Caucasus policy, and the Kars-Nakhchivan line is in part a gesture of solidarity, tying the exclave more closely to Turkey. But Turkey has also been cautiously normalising relations with Armenia, through special envoys appointed in 2021. The two countries have agreed in principle to open their land border to third-country nationals and diplomats, and direct flights between Istanbul and Yerevan have resumed. The old railway from Kars to Gyumri, closed since 1993, still exists and could be reopened faster than any new line could be built. Turkish officials have tied full normalisation to the Armenia-Azerbaijan settlement, in deference to Baku.",
            ),
            (
                "paragraph",
                "A sensible Turkish strategy would treat the two routes as complements. The Kars-Gyumri line could carry Armenian trade and, with connections through Armenia, some corridor freight. The Kars-Nakhchivan line, linked to Syunik, could serve traffic from Azerbaijan and across the Caspian. The Baku-Tbilisi-Kars railway would remain the main route for years to come. Each would reduce the corridor's vulnerability to a closure or a bottleneck on any one line, and each would give Turkey more of the transit business it has long wanted.",
            ),
            (
                "paragraph",
                "Railways are built for decades. Ankara's wager is that by the time the Kars-Nakhchivan line is finished, the border through Syunik will be open, the Turkish-Armenian border too, and the Middle Corridor will have grown into something worth a second route. Each of those assumptions depends on politicians in Yerevan and Baku more than on engineers in Ankara.",
            ),
        ],
    },
    {
        "slug": "alats-free-zone-bets-that-freight-will-stop-not-just-pass",
        "title": "Alat's free zone is a bet that freight will stop, not just pass through",
        "standfirst": "Azerbaijan's new port south of Baku earns little from containers that cross it in a day. The free economic zone beside it is meant to change that, and its success is far from guaranteed.",
        "section": "transport",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["Alat", "free zones", "ports"],
        "days_ago": 85,
        "topics": ["middle-corridor"],
        "judge_note": "Analyses the Alat port and free economic zone, arguing that Middle Corridor transit earns little unless ports add manufacturing and logistics value, with comparisons to Aktau and Khorgos.",
        "body": [
            (
                "paragraph",
                "The Port of Baku at Alat, some seventy kilometres south of the capital, is the busiest point on the Caspian leg of the Middle Corridor. Ferries from Aktau, Kuryk and Turkmenbashi dock there, containers and wagons are transferred to Azerbaijan Railways, and trains leave for the Georgian border and the Baku-Tbilisi-Kars line. The port was built to handle around fifteen million tonnes of cargo a year, with plans to expand to twenty-five. On a good day, a container arrives from Kazakhstan and leaves for Georgia within hours.",
            ),
            (
                "paragraph",
                "That efficiency is the port's strength and, economically, its limit. Transit freight pays port charges and railway fees, but it adds little else to the local economy. A container of Chinese electronics that crosses Azerbaijan in a day generates a few hundred dollars of revenue for the port and the railway, employs a handful of people for a few hours and then moves on. If the Middle Corridor's volumes tripled, as the World Bank has suggested they could by 2030, transit revenue would grow, but it would remain a small share of an economy built on oil and gas.",
            ),
            ("heading", "Making freight stop"),
            (
                "paragraph",
                "The Alat Free Economic Zone, created by law in 2018 on land next to the port, is Azerbaijan's attempt to capture more value. Companies that locate there enjoy exemptions from most taxes and customs duties, a separate regulatory regime and courts modelled on international commercial practice. The government hopes that manufacturers will assemble goods from imported components, that distributors will use the zone as a regional warehouse for the Caucasus and Central Asia, and that logistics companies will offer services such as consolidation, labelling and repair.",
            ),
            (
                "paragraph",
                "Others have had the same idea. Kazakhstan has special economic zones at Aktau and at Khorgos on the Chinese border, where a dry port processes trains changing between Chinese and post-Soviet gauge. Georgia has free industrial zones in Poti and Kutaisi. Turkey's industrial cities are a short train ride from the end of the corridor. An investor deciding where to locate a warehouse or an assembly plant has several choices, and the tax holidays on offer are broadly similar.",
            ),
            (
                "pull_quote",
                {
                    "text": "Tax holidays are easy to copy. Reliable logistics are not.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            (
                "paragraph",
                "What distinguishes a successful zone is less its tax regime than the reliability of what surrounds it. Tax holidays are easy to copy. Reliable logistics are not. A manufacturer in Alat needs confidence that its components will arrive on schedule from China and that its products will reach Georgia, Turkey or Central Asia without unpredictable delays. That depends on the corridor as a whole: on enough ferries crossing the Caspian, on port approaches deep enough as the sea level falls, on railways that run to a timetable and on customs procedures that do not change at each border.",
            ),
            (
                "paragraph",
                "It also depends on markets. A zone serving the South Caucasus alone, with a population of around seventeen million, will struggle to attract large manufacturers. One that can sell into Central Asia, Turkey and, if a peace settlement opens borders, Armenia has a better case. The road and railway links that a settlement would allow across Syunik and, eventually, the Armenia-Turkey frontier would enlarge the market that Alat can reach.",
            ),
            (
                "paragraph",
                "The zone has attracted its first tenants, but it is too early to judge whether it will become the regional hub its planners envisage. Its success will be measured not in the number of containers that pass through the port, but in the number that are opened, filled with something made or added in Azerbaijan, and sent on. That is a harder target, and a more valuable one.",
            ),
        ],
    },
    {
        "slug": "rail-operators-add-weekly-caspian-ferry-slots-for-container-trains",
        "title": "Rail operators add weekly Caspian ferry slots for container trains",
        "standfirst": "Kazakh and Azerbaijani operators say reserved sailings between Kuryk and Alat should cut waiting times for block trains on the Middle Corridor.",
        "section": "transport",
        "type": "news",
        "authors": ["farid-mammadli"],
        "tags": [],
        "days_ago": 1,
        "topics": ["middle-corridor"],
        "judge_note": "News item on new reserved ferry slots between Kuryk and Alat for Middle Corridor container trains.",
        "body": [
            (
                "paragraph",
                "Railway and shipping operators in Kazakhstan and Azerbaijan have agreed to reserve additional weekly sailings between the Kazakh port of Kuryk and the Port of Baku at Alat for container trains travelling on the Middle Corridor. The arrangement, announced this week, is intended to reduce the time that block trains from China wait at the Caspian for a vessel, which has at times stretched to several days.",
            ),
            (
                "paragraph",
                "Under the agreement, specific ferry departures will be held for trains booked through the joint logistics company operated by the Kazakh, Azerbaijani and Georgian state railways. Trains that arrive on schedule will be guaranteed a place on the next reserved sailing, while those arriving late will be moved to the following one.",
            ),
            (
                "paragraph",
                "Freight forwarders welcomed the move but said that the number of vessels crossing the Caspian remained the main constraint, particularly in winter, when storms can halt sailings for days. New ferries ordered by both countries are due to enter service over the next two years.",
            ),
            (
                "paragraph",
                'Volumes on the trans-Caspian route have grown several times over since 2022, as shippers sought alternatives to the northern route through Russia, but remain small compared with rail traffic between China and Europe through Russian territory. A logistics manager in Almaty said that reliable scheduling mattered more to customers than speed: "They can plan around a slow train. They cannot plan around a train that might wait four days at the port."',
            ),
        ],
    },
    {
        "slug": "a-corridor-made-by-war",
        "title": "A corridor made by war: what the Middle Corridor owes to sanctions on Russia",
        "standfirst": "The trans-Caspian route was a niche until 2022. Russia's invasion of Ukraine made it a priority for China, Central Asia and Europe alike. If it is to outlast the war that created it, it must win on cost and reliability.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["Middle Corridor", "Russia", "sanctions", "China-Europe trade"],
        "days_ago": 140,
        "topics": ["middle-corridor", "russia"],
        "judge_note": "Long analysis of how the war in Ukraine and sanctions on Russia created demand for the Middle Corridor, and whether the route can compete with the northern route through Russia if the politics change.",
        "body": [
            (
                "paragraph",
                "For most of the decade after it was first promoted, the Trans-Caspian International Transport Route was a solution looking for a problem. Freight between China and Europe travelled either by sea, through the Suez Canal, or by rail across Kazakhstan, Russia and Belarus, on the route known as the northern corridor. The rail service had grown quickly since the mid-2010s, subsidised by Chinese provinces and valued by companies that needed something faster than a ship and cheaper than a plane. The alternative through Central Asia, across the Caspian by ferry, through Azerbaijan and Georgia and into Turkey or the Black Sea, was slower, more expensive and more complicated. It carried well under a million tonnes a year.",
            ),
            (
                "paragraph",
                "February 2022 changed the calculation overnight. Russia's invasion of Ukraine and the sanctions that followed did not legally prohibit the transit of most Chinese goods through Russian territory, but they made European shippers, insurers and banks nervous. Some logistics companies suspended bookings on the northern route; others found that their customers no longer wanted their goods crossing a country at war with a European neighbour. Within weeks, freight forwarders were asking about the trans-Caspian route, and by the end of the year its volumes had roughly doubled. They grew about threefold over the next two years, reaching several million tonnes.",
            ),
            ("heading", "Growth, and the bottlenecks it exposed"),
            (
                "paragraph",
                "The sudden demand revealed how little the route had been prepared for it. Ferries across the Caspian were few and old, and their schedules were unpredictable. Ports at Aktau and Alat had berths but not enough handling equipment or storage. The single-track railways in Georgia and the section of the Baku-Tbilisi-Kars line under reconstruction could not absorb the trains arriving from Azerbaijan. At the worst point, in 2022, containers waited weeks at the Kazakh ports, and transit times from China to Europe stretched well beyond a month, longer than the sea route. Shippers who had tried the corridor in a hurry left it just as quickly.",
            ),
            (
                "paragraph",
                "Governments responded with unusual energy. Kazakhstan, Azerbaijan and Georgia created a joint logistics company and agreed to harmonise tariffs. Kazakhstan and Azerbaijan ordered new ferries and container vessels. Georgia pressed ahead with the modernisation of its section of the Baku-Tbilisi-Kars railway. The European Union announced that it would mobilise ten billion euros for trans-Caspian transport links through its Global Gateway programme, and the World Bank and the European Bank for Reconstruction and Development produced studies of what the corridor would need to handle eleven million tonnes a year by 2030.",
            ),
            (
                "fact_box",
                {
                    "title": "Three routes between China and Europe",
                    "items": [
                        "Sea, via Suez or the Cape: cheapest per container, slowest, disrupted by Red Sea attacks since late 2023",
                        "Northern rail, via Kazakhstan, Russia and Belarus: one gauge, fast, politically risky for European shippers",
                        "Middle Corridor, via Kazakhstan, the Caspian, Azerbaijan, Georgia and Turkey: no Russian territory, several borders, a sea crossing",
                    ],
                },
            ),
            ("heading", "Still in Russia's shadow"),
            (
                "paragraph",
                "Despite this growth, the northern route still carries much more than the Middle Corridor. Chinese exporters, who are not bound by Western sanctions, continue to send trains through Russia, and Russian Railways has worked hard to keep them. The trans-Caspian route carries a small fraction of China-Europe rail traffic, even if its share is far larger than before the war. Kazakhstan, the country on which the corridor depends most, sends most of its own oil to world markets through a pipeline across Russia to the Black Sea, and its railways are tightly integrated with Russia's. Astana's enthusiasm for the Middle Corridor is genuine, but it is careful not to present it as a project against Moscow.",
            ),
            (
                "paragraph",
                "Russia itself has responded with a corridor of its own. It has promoted the North-South route from its Baltic ports and Moscow along the Caspian, through Azerbaijan or Kazakhstan and Turkmenistan, to Iran and on to India. It has agreed to finance a railway across northern Iran to close a missing link on that route. For Moscow, the North-South corridor is a way to reach markets in Asia and the Middle East that sanctions have not closed. For Azerbaijan, which lies on both corridors, it is another source of transit revenue. The competition between the two corridors is partly commercial and partly geopolitical.",
            ),
            (
                "pull_quote",
                {
                    "text": "A route created by a crisis must learn to survive the end of it.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            ("heading", "Surviving peace"),
            (
                "paragraph",
                "The most uncomfortable question for the Middle Corridor's promoters is what happens if the war in Ukraine ends and European caution about the northern route fades. Sanctions may be eased in stages, insurers may return, and shippers whose only reason for choosing the trans-Caspian route was to avoid Russia may go back to the faster and cheaper option. A route created by a crisis must learn to survive the end of it. That means competing on the things that shippers value regardless of politics: price, transit time and, above all, predictability.",
            ),
            (
                "paragraph",
                "There are grounds for cautious optimism. The route now has political backing in Beijing, Brussels, Ankara and every capital along it. Its infrastructure is better than it was in 2022. Attacks on shipping in the Red Sea since late 2023 have reminded shippers that the sea route carries risks too. And European companies that reorganised their supply chains after 2022 are unlikely to put all their goods back on a route through Russia, even after a ceasefire, given how quickly the political environment can change. Diversification has a value that does not appear in the freight rate.",
            ),
            (
                "paragraph",
                "But optimism is not a business plan. The corridor's operators need to turn the improvements of recent years into a product that shippers can book with confidence: a single tariff, a reliable timetable across the Caspian, and border procedures that take hours rather than days. If they do, the Middle Corridor will have a future whatever happens in Ukraine. If they do not, it may be remembered as a route that the war made necessary and the peace made redundant.",
            ),
        ],
    },
    {
        "slug": "central-asia-deserves-a-door-to-the-west",
        "title": "Central Asia deserves a door to the west that does not depend on its neighbours' moods",
        "standfirst": "The landlocked states between China and the Caspian have spent three decades at the mercy of transit through Russia. A working Middle Corridor is the best insurance they can buy.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["Central Asia", "Kazakhstan", "Uzbekistan"],
        "days_ago": 47,
        "topics": ["middle-corridor"],
        "judge_note": "Editorial arguing that Central Asian states need the Middle Corridor as insurance against dependence on transit through Russia, and that the EU should back it with practical help.",
        "body": [
            (
                "paragraph",
                "Kazakhstan and Uzbekistan are among the largest landlocked countries in the world, and Uzbekistan is one of only two that are doubly landlocked, surrounded entirely by other landlocked states. For most of their independent history, their trade with Europe and much of the rest of the world has passed through Russia: by rail across the steppe, by pipeline to the Black Sea, by road through the Russian border posts. That dependence has always carried a political price, and since 2022 it has become a commercial risk as well.",
            ),
            (
                "paragraph",
                "The lesson has been learned in Astana and Tashkent. Kazakhstan has watched Russian courts and officials halt the pipeline that carries most of its oil exports, citing environmental or technical reasons, at moments that looked suspiciously convenient. Its exporters have faced sudden inspections of goods crossing into Russia. Uzbekistan, whose economy is opening after decades of isolation, needs reliable routes for its textiles, fruit and vegetables. Both governments have concluded, without saying so too loudly, that a second route to the west is a matter of national security.",
            ),
            (
                "pull_quote",
                {
                    "text": "For a landlocked country, every transit route is a lever in someone else's hand. Two levers are safer than one.",
                    "attribution": "Editorial Board",
                },
            ),
            (
                "paragraph",
                "The Middle Corridor is that route. Trains from Kazakhstan reach the Caspian ports of Aktau and Kuryk, ferries cross to Alat in Azerbaijan, and the Baku-Tbilisi-Kars railway carries freight through Georgia to Turkey and Europe. Kazakh oil already crosses the Caspian by tanker to enter the Baku-Tbilisi-Ceyhan pipeline, in volumes small compared with the Russian route but large enough to matter. A new railway from China through Kyrgyzstan to Uzbekistan, on which construction began at the end of 2024, will give Uzbek and Chinese freight another path to the Caspian, through Turkmenistan or Kazakhstan, that avoids Russian territory entirely.",
            ),
            (
                "paragraph",
                "For a landlocked country, every transit route is a lever in someone else's hand. Two levers are safer than one. None of the Central Asian governments wants a confrontation with Moscow, and none needs one. They are not abandoning the northern route; they are ensuring that it is not the only one. That is an ordinary and sensible ambition, and it deserves support.",
            ),
            (
                "paragraph",
                "The European Union has pledged ten billion euros for trans-Caspian connectivity under its Global Gateway programme. We would urge Brussels to spend that money where it makes the most difference to reliability: ferries and port equipment on the Caspian, the digitisation of customs documents across all the corridor states, and the training of the officials who operate them. Grand infrastructure announcements are less useful than the boring work of making a container's journey predictable. The EU should also be patient, and should not demand that Central Asian partners choose between Brussels and Moscow, a demand that would embarrass them and achieve nothing.",
            ),
            (
                "paragraph",
                "China has interests in the corridor too, as the origin of most of the freight that uses it and the builder of much of the infrastructure. Europe's role is not to compete with China for the route, but to make sure that the rules along it are transparent and that Central Asian governments have choices. A door to the west that depends on nobody's moods is the best thing the corridor can offer them.",
            ),
        ],
    },
]
