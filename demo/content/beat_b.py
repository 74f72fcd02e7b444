"""Evaluation archive, beat B: Iran, Turkey, water, elections and press freedom, with judged topics."""

ARTICLES = [
    {
        "slug": "tehran-reads-the-syunik-route-as-a-map-of-its-isolation",
        "title": "Tehran reads the Syunik route as a map of its own isolation",
        "standfirst": "Iran's objections to a road and railway across southern Armenia are about more than borders. They are about losing a role it has held for three decades, and warnings alone will not win that role back.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["Iran", "Zangezur", "TRIPP", "Syunik"],
        "days_ago": 12,
        "topics": ["iran", "peace-talks"],
        "judge_note": "Argues that Iran's hostility to the TRIPP route reflects fear of lost leverage over Nakhchivan transit, and that Tehran would gain more by connecting to the route than by threatening it.",
        "body": [
            (
                "paragraph",
                "For more than thirty years, anyone travelling overland between mainland Azerbaijan and its exclave of Nakhchivan has had to pass through Iran. Lorries, buses, wedding parties and, through a swap arrangement, natural gas all crossed Iranian territory. Tehran collected transit fees and goodwill, and above all it collected relevance: whatever else happened in the South Caucasus, Baku needed Iran's permission to reach a part of its own country. When Armenia and Azerbaijan agreed in Washington to develop a route across Armenia's Syunik province, under an American-branded arrangement known as TRIPP, the Iranian reaction was less about asphalt and rails than about that relevance.",
            ),
            (
                "paragraph",
                "Iran's stated position has not changed in years. Changes to international borders in the region are unacceptable, and any corridor that cuts Iran off from Armenia is a red line. For a long time the word Zangezur, as it was used in Baku after the 2020 war, sounded in Tehran like a demand for an extraterritorial strip along the Aras river. That fear was not invented. Azerbaijani officials at times spoke of the corridor as something that would be opened with or without Yerevan's consent, and Iran's large military exercises near the border in 2021 and 2022 were a message addressed to Baku and, less directly, to Ankara.",
            ),
            (
                "paragraph",
                "The arrangement now on the table is different from the one Iran feared. The route is meant to run under Armenian jurisdiction, with Armenian customs and border officers, and the American role is described as commercial rather than military. Pashinyan has repeated, to domestic audiences as well as foreign ones, that sovereignty over the road is not for negotiation. If those commitments hold, Iran keeps its border with Armenia and the nightmare of a sealed frontier at Meghri does not come true.",
            ),
            (
                "paragraph",
                "Why, then, the continuing suspicion? Part of the answer is who is involved. An American company holding development rights to a railway a few kilometres from Iran's northern frontier is, for a government living under sanctions and still absorbing the consequences of its war with Israel, an unwelcome neighbour, whatever the contract says. Part of it is money and leverage. Once goods can move between Azerbaijan and Nakhchivan through Armenia, the Aras route through Iranian territory, which Baku and Tehran agreed to build partly as a hedge, becomes one option among several rather than the only door.",
            ),
            ("heading", "A seat, not a veto"),
            (
                "paragraph",
                "Iran's geography still gives it a strong hand, if it chooses to play it. The Iranian railway already reaches Julfa, opposite Nakhchivan, and the North-South corridor that Tehran promises to Russia and India needs connections across the Caucasus as much as any east-west line does. A country that sits where two corridors cross can profit from both. A government that insists on vetoing one of them risks watching traders route around it, as they have routed around Iran for much of the past decade.",
            ),
            (
                "pull_quote",
                {
                    "text": "Iran's geography gives it a seat at the table. Threats only make the other guests lower their voices.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "Armenia and Azerbaijan have work to do as well. Yerevan should publish as much of the route's legal framework as it can, so that Iranian officials are not left to reconstruct it from leaks and commentary. It could invite Iranian customs officers to regular technical talks on the Meghri crossing, where most of Armenia's trade with Iran already passes. Baku, for its part, would lose nothing by retiring the maximalist vocabulary of the early post-war years. A route that is described as a corridor to be taken will always be heard in Tehran as a threat.",
            ),
            (
                "paragraph",
                "None of this will turn Iran into an enthusiast for an American presence on its doorstep. But there is a difference between grudging acceptance and active obstruction, and the region has a stake in which one Tehran chooses. A peace between Armenia and Azerbaijan that leaves Iran feeling encircled will be a fragile one. A peace that gives Iran a reason to connect, trade and send its lorries north along the new line would be considerably harder to undo.",
            ),
        ],
    },
    {
        "slug": "baku-and-tehran-reopened-embassies-trust-will-take-longer",
        "title": "Baku and Tehran reopened their embassies. Trust will take longer",
        "standfirst": "Relations between Azerbaijan and Iran have thawed since the worst months of 2023, but the thaw rests on convenience. Both governments know how quickly it could freeze again.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["Iran", "Azerbaijan", "diplomacy"],
        "days_ago": 47,
        "topics": ["iran"],
        "judge_note": "Argues that the Azerbaijan-Iran rapprochement is real but shallow, driven by transport and trade interests, and needs institutions that survive changes of mood.",
        "body": [
            (
                "paragraph",
                "In January 2023 a gunman forced his way into Azerbaijan's embassy in Tehran and killed the head of its security detail. Baku evacuated its diplomats, accused the Iranian authorities of failing to protect them and, in the weeks that followed, allowed its state media to say things about its southern neighbour that would once have been unthinkable. Tehran described the attack as the act of an individual with personal grievances. For more than a year the two countries, which share a long border, a religion and millions of people who speak the same language, conducted their relations at arm's length.",
            ),
            (
                "paragraph",
                "The recovery has been faster than many expected. The embassy reopened in the summer of 2024. A few months earlier, the presidents of the two countries had stood together on the Aras river to open a jointly built dam, hours before the helicopter carrying Ebrahim Raisi home crashed in fog in the mountains of East Azerbaijan province. Raisi's successor, Masoud Pezeshkian, has Azerbaijani roots and speaks the language, which does not make policy in Tehran but does soften its tone. Ministers now visit each other's capitals with some regularity, and the talk is of bridges, railways and electricity rather than espionage.",
            ),
            (
                "paragraph",
                "The reasons are mostly practical. Azerbaijan wants a dependable road and rail route to Nakhchivan through Iranian territory, whatever happens on the Syunik route across Armenia, and it is building a bridge across the Aras to get one. Iran wants the western branch of the North-South corridor to run through Azerbaijan, connecting its railway at Astara to the Russian network, and it wants Baku to stop treating Israel as its closest security partner. Both want trade to grow along a border that, for most of its length, is a river crossed by very few bridges.",
            ),
            ("heading", "What has not changed"),
            (
                "paragraph",
                "The underlying sources of friction are still there. Azerbaijan's relationship with Israel, which buys a large share of Azerbaijani oil and has sold Baku advanced weapons, remains a sore point in Tehran, and every Israeli strike on Iran revives rumours in the Iranian press about the use of Azerbaijani territory, rumours that Baku routinely denies. Iran's Azerbaijani population, whose size is disputed but which runs into the millions, is a subject that both governments prefer to discuss as little as possible, because each suspects the other of wanting to use it. Arrests of alleged spy networks have been announced on both sides of the border within the past few years.",
            ),
            (
                "paragraph",
                "Religion is another quiet fault line. Azerbaijan's government is determinedly secular and wary of clerical networks with links to Qom, and it has closed mosques and prosecuted preachers it regarded as conduits for Iranian influence. Tehran, in turn, has at times presented itself as the protector of pious Azerbaijanis against their own state. These are not issues that a dam or a bridge can resolve.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "The security picture also remains tense. Iran's strategic planners have never been comfortable with Turkey's military presence in Azerbaijan, and the alliance formalised in the Shusha Declaration is read in Tehran as a Turkish foothold on the Caspian. Azerbaijan, for its part, has not forgotten the Iranian exercises near its border after the 2020 war, which looked to many in Baku like a warning against finishing the job in Karabakh.",
            ),
            (
                "paragraph",
                "What would make the thaw durable? The answer is unexciting: institutions that work whatever the mood. A joint commission on border infrastructure that meets on a fixed calendar and publishes its decisions would help. So would a consular agreement that protects each country's citizens from being used as bargaining chips, and a military hotline between border commands that is tested regularly rather than remembered in a crisis. Trade statistics shared openly, rather than quoted selectively by each side, would make it harder for the next downturn to be driven by suspicion.",
            ),
            (
                "paragraph",
                "Neither Baku nor Tehran is likely to become the other's friend in any deep sense. Their visions of the region differ too much, and their outside partners are rivals. But neighbours do not need to be friends to avoid the kind of breakdown that followed the embassy attack. They need habits of contact that are hard to interrupt. The past two years have produced a few such habits. The next two will show whether they are strong enough to survive the first serious quarrel.",
            ),
        ],
    },
    {
        "slug": "armenias-short-border-with-iran-carries-its-southern-trade",
        "title": "Armenia's short border with Iran carries most of its southern trade",
        "standfirst": "The crossing at Agarak is Armenia's only road link to Iran and one of its few open borders. It deserves better facilities than a car park and a queue.",
        "section": "transport",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": ["Armenia", "Iran", "border crossings", "lorries"],
        "days_ago": 88,
        "topics": ["iran"],
        "judge_note": "Argues that the Agarak-Nordooz crossing and the mountain road north from it are an undervalued trade artery that Armenia and Iran should modernise together.",
        "body": [
            (
                "paragraph",
                "Armenia has four neighbours and, for most of its independent history, two open land borders. Its frontiers with Azerbaijan and Turkey have been closed since the early 1990s, which leaves Georgia to the north and a short stretch of the Aras river to the south, where Armenia meets Iran for roughly forty kilometres. The road bridge at Agarak, facing the Iranian post at Nordooz, is the only crossing on that stretch. A remarkable share of Armenia's trade with the Middle East and the Gulf passes over it.",
            ),
            (
                "paragraph",
                "Stand near the crossing on a weekday and the pattern is easy to read. Iranian lorries, many of them elderly, carry fruit, vegetables, building materials, plastics and fuel northwards. Fewer Armenian lorries go south. A steady stream of Iranian tourists' cars crosses in summer, heading for Yerevan and Lake Sevan, and in the other direction Armenian shoppers and pilgrims travel to Tabriz. Some Iranian lorries do not stop in Armenia at all: they climb through Syunik, cross the country and continue to Georgia and the Upper Lars crossing into Russia.",
            ),
            (
                "paragraph",
                "That climb is the heart of the problem. The road north from the border rises from the Aras valley over the Meghri pass, at around 2,500 metres, before descending through Kajaran and Kapan. Heavy lorries crawl up the hairpins in low gear, and in winter snow and ice close the pass or reduce it to a single cautious lane. Armenia has for years been building a North-South highway intended eventually to link the Iranian border with Georgia, but the southern sections, where tunnels and viaducts are needed, are the most expensive and have advanced slowly.",
            ),
            ("heading", "Small fixes before grand plans"),
            (
                "paragraph",
                "Grand infrastructure will take years, but the crossing itself could be improved quickly. Drivers complain of long waits for inspection, limited parking, few places to eat or rest and unpredictable opening of lanes. Scanners that let customs officers check a lorry without unloading it would cut inspection times. A published schedule of staffing, agreed with the Iranian side so that both posts work the same hours, would end the frustrating situation in which one side has cleared a vehicle and the other has not yet opened.",
            ),
            (
                "paragraph",
                "There is also the question of payments. Sanctions on Iran make it hard for Armenian companies to pay Iranian suppliers through ordinary banks, and some trade depends on cash, barter or intermediaries in third countries. Armenia cannot change American or European policy, but it can make sure that legitimate trade in food and consumer goods has clear compliance guidance, so that small traders are not pushed into informal channels by uncertainty alone.",
            ),
            (
                "paragraph",
                "The crossing has acquired new political weight as talks on routes through Syunik have advanced, and Tehran watches every change in the valley closely. But its everyday importance has little to do with geopolitics. For the greengrocer in Yerevan selling Iranian tomatoes in March, or the haulier in Kapan whose business depends on southern cargo, what matters is whether the border opens on time and the pass is clear. Governments that talk about corridors should start with the crossing they already have.",
            ),
        ],
    },
    {
        "slug": "rasht-astara-missing-link-of-the-north-south-corridor",
        "title": "Rasht to Astara: the missing link the North-South corridor keeps promising",
        "standfirst": "Iran and Russia have agreed, again, to finish a short railway along the Caspian coast. Whether it is built will tell us much about how the region's two great freight corridors compete and connect.",
        "section": "transport",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["INSTC", "railways", "Iran", "Russia"],
        "days_ago": 63,
        "topics": ["iran", "middle-corridor"],
        "judge_note": "Argues that the unfinished Rasht-Astara railway is the weak point of the International North-South Transport Corridor and that the North-South and Middle corridors are more complementary than rival, crossing in Azerbaijan.",
        "body": [
            (
                "paragraph",
                "On a map, the International North-South Transport Corridor looks like a finished idea. Cargo from India is shipped to the Iranian port of Bandar Abbas, travels north by rail across Iran, enters Azerbaijan at Astara, and continues through Azerbaijan and Dagestan into the Russian network. In practice the line has a gap. Between the Iranian city of Rasht and the border town of Astara, roughly 160 kilometres of railway have never been built, and goods must be moved by road along the rainy Caspian coast before they can return to rails.",
            ),
            (
                "paragraph",
                "The gap has been discussed for two decades. Azerbaijan once offered to finance it and later lost patience. In 2023 Russia and Iran signed an agreement under which Moscow would lend most of the cost, and officials from both countries have since announced land purchases, design approvals and start dates at regular intervals. Progress on the ground has been slower than the announcements. Buying land in a densely settled coastal strip of rice paddies and tea gardens is hard, and sanctions on both partners complicate the purchase of equipment and the movement of money.",
            ),
            (
                "paragraph",
                "If the line is completed, it would change the economics of the western route. Through rail traffic from the Gulf to Russia would no longer need transhipment to lorries, and the journey time from Indian ports to Moscow could, in principle, compete with the sea route through Suez and the Baltic. The eastern branch of the corridor, which runs through Kazakhstan and Turkmenistan to northern Iran, already has continuous track but crosses more borders and carries its own delays.",
            ),
            ("heading", "Two corridors, one crossroads"),
            (
                "paragraph",
                "It is common to present the North-South corridor as a rival to the Middle Corridor, the east-west route that carries freight from China and Central Asia across the Caspian to Baku, then by the BTK railway through Georgia to Turkey and Europe. The two are backed by different sponsors: Russia and Iran on one side, Turkey, Azerbaijan, Kazakhstan and the European Union on the other. Their political narratives are opposed. Their freight flows are not. Most cargo moving between India and Russia has little reason to travel east-west, and most cargo between China and Europe has little reason to go north-south.",
            ),
            (
                "paragraph",
                "Where they do meet is Azerbaijan. The new port at Alat, south of Baku, was designed to serve both corridors, and the railway junctions around it handle trains running in all four directions. For Baku, the ideal outcome is not victory for one corridor but traffic on both, with Azerbaijani railways and ports collecting fees from each. That logic explains why Azerbaijan keeps good working relations with Iran on rail matters even when political relations are poor, and why it has promoted the trans-Caspian route with equal energy.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "The two corridors also share weaknesses. Both depend on the Caspian, whose falling water level is already reducing the draught available at ports such as Aktau and Turkmenbashi. Both suffer from unharmonised border procedures and from the unpredictability of sanctions, which in the North-South case are the main obstacle and in the Middle Corridor case a growing source of diverted demand. Both are promoted with projected volumes far above anything recorded so far.",
            ),
            (
                "paragraph",
                "For shippers, the practical question is reliability. A freight forwarder in Mumbai choosing a route to Moscow wants to know how many days the journey will take and how much it will cost, and wants that number to be the same next month. Until Rasht and Astara are joined by rail, the honest answer for the western branch includes a lorry transfer and a range of possible delays. Completing the line would not settle the geopolitics of the region, but it would give the corridor the one thing that its announcements cannot provide: a timetable.",
            ),
        ],
    },
    {
        "slug": "iran-and-azerbaijan-set-timetable-for-aras-road-bridge",
        "title": "Iran and Azerbaijan set timetable for Aras road bridge",
        "standfirst": "Officials say the bridge, part of a route through Iranian territory to Nakhchivan, should carry traffic within two years.",
        "section": "transport",
        "type": "news",
        "authors": ["farid-mammadli"],
        "tags": [],
        "days_ago": 30,
        "topics": ["iran"],
        "judge_note": "News report on an Iran-Azerbaijan working group agreeing a construction timetable for the Aras bridge on the route to Nakhchivan.",
        "body": [
            (
                "paragraph",
                "Iranian and Azerbaijani transport officials have agreed a construction timetable for a road bridge across the Aras river, part of a planned route linking mainland Azerbaijan with its exclave of Nakhchivan through Iranian territory. Meeting in Baku this week as a joint working group, the two delegations said the main spans should be completed within eighteen months and the bridge opened to traffic within two years, subject to the completion of approach roads on both banks.",
            ),
            (
                "paragraph",
                "The route, sometimes called the Aras corridor, would run for several dozen kilometres along the southern bank of the river, which forms the border, before recrossing into Nakhchivan. It is intended to complement existing links and a separate route under discussion across Armenia's Syunik province. Officials from both sides described the projects as compatible rather than competing.",
            ),
            (
                "paragraph",
                "Financing for the bridge is being shared between the two governments, with Azerbaijan paying for the structure and its own approach road and Iran responsible for the sections on its territory. Officials did not say whether international lenders would be involved. Transport analysts note that sanctions on Iran could complicate the purchase of some equipment and the insurance of contractors, and that the timetable has already slipped once since the route was first agreed.",
            ),
            (
                "paragraph",
                "The working group also discussed simplified customs procedures for vehicles in transit, which would be sealed on entering Iran and inspected only on exit. A member of the Azerbaijani delegation said the aim was a crossing time of under an hour for a lorry with complete documents. Technical teams are due to meet again at the border next month to agree the design of the customs posts.",
            ),
            (
                "paragraph",
                "For Nakhchivan, the stakes are practical. The exclave's trade with mainland Azerbaijan currently moves by air, by a longer road through Iran or by way of Turkey and Georgia, and local businesses complain of high costs. A resident of Ordubad who runs a small fruit-drying business said that a shorter and faster road would let him sell his apricots in Baku markets while they still commanded a good price.",
            ),
        ],
    },
    {
        "slug": "sanctions-make-iran-a-neighbour-nobody-can-plan-around",
        "title": "Sanctions make Iran a neighbour nobody can plan around",
        "standfirst": "The reimposition of United Nations sanctions on Iran will be felt far beyond Tehran. The region's governments should plan for it openly rather than hope it goes away.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["sanctions", "Iran"],
        "days_ago": 19,
        "topics": ["iran"],
        "judge_note": "Editorial arguing that sanctions on Iran make it an unpredictable neighbour and that South Caucasus and Central Asian governments need clear compliance rules and redundancy in trade routes.",
        "body": [
            (
                "paragraph",
                "This newspaper takes no position on the details of Iran's nuclear programme, which is a matter for inspectors, negotiators and the governments that sit on the Security Council. We do take a position on its consequences for the region we cover, and those consequences are growing. With United Nations sanctions reimposed on top of the American measures already in place, Iran becomes an even harder neighbour to do business with, and the costs fall not only on Iranians but on traders, hauliers and energy planners from Yerevan to Ashgabat.",
            ),
            (
                "paragraph",
                "Armenia feels it most directly. Iran is one of its two open land borders and a supplier of gas, fruit, vegetables and building materials. Armenian banks are cautious about any transaction with an Iranian link, for good reason, and small businesses are left to improvise. Azerbaijan, which is building a road route to Nakhchivan through Iranian territory, now has to ask how the project can be financed and insured. Turkmenistan, whose gas swap through Iran to Turkey was a modest but genuine diversification, faces similar questions, as do the Central Asian railways that have long hoped to reach the Gulf through Iranian ports.",
            ),
            (
                "paragraph",
                "Georgia is exposed in a different way. Iranian tourists and Iranian lorries heading for Russia are a steady presence on its roads, and its banks, like Armenia's, must decide how much risk they are willing to carry. Kazakhstan and Uzbekistan, which have invested in rail links to Iranian ports as an alternative to routes through Russia, may now find those links harder to use just as they were beginning to carry regular traffic.",
            ),
            (
                "paragraph",
                "The temptation in several capitals is to say as little as possible and to hope that informal arrangements will carry trade through. That is a mistake. Informal channels are exactly where sanctions enforcement bites hardest, and a small company that is caught out can lose access to the banking system altogether. Governments would serve their businesses better by publishing clear guidance on what remains permitted, particularly for food, medicine and humanitarian goods, and by negotiating with Washington and Brussels for workable licences where their economies depend on Iranian links.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Planning also means redundancy. Every transport and energy project in the region that depends on Iran should have a fallback that does not. That is not hostility to Iran; it is prudence about a country whose external relations can change sharply in a matter of weeks, as the past few years have shown. Iran's own interest lies in being a reliable partner despite its difficulties, and its neighbours can encourage that by keeping lines open at the technical level.",
            ),
            (
                "paragraph",
                "Sanctions will not last for ever, and Iran will still be there when they end, with some ninety million people, a long Caspian coastline and borders with half the region. The governments that handle this period with clear rules and steady contacts will be best placed when the door opens again. Those that rely on silence and improvisation will find that the costs of uncertainty are paid, as usual, by the smallest traders first.",
            ),
        ],
    },
    {
        "slug": "the-three-plus-three-format-and-the-neighbourhood-tehran-wants",
        "title": "The 3+3 format and the neighbourhood Tehran wants",
        "standfirst": "Iran is the most enthusiastic supporter of a regional platform that brings together Russia, Turkey and the three South Caucasus states. Its enthusiasm says more about what Tehran fears than about what the format can deliver.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["leyla-hasanova"],
        "tags": ["3+3", "Iran", "Russia", "Turkey", "regional diplomacy"],
        "days_ago": 104,
        "topics": ["iran", "russia", "turkey"],
        "judge_note": "Argues that Iran backs the 3+3 platform to keep Western powers out of the South Caucasus, that Russia's and Turkey's interests in it diverge, and that the format is useful only for modest practical cooperation.",
        "body": [
            (
                "paragraph",
                "Of all the diplomatic formats invented after the 2020 war in Karabakh, the one with the least modest name is the 3+3: the three large neighbours of the South Caucasus, Russia, Turkey and Iran, sitting with the three small states of the region, Armenia, Azerbaijan and Georgia. The idea was floated by Ankara and Baku in the months after the ceasefire, taken up eagerly by Moscow and Tehran, and has since produced a handful of ministerial meetings, in Moscow, Tehran and Istanbul. It has never actually gathered all six. Georgia has refused to attend, on the reasonable ground that it cannot sit in a regional club with a country that occupies a fifth of its territory.",
            ),
            (
                "paragraph",
                "Of the three large neighbours, Iran is the most committed to the format, and it is worth asking why. The core of Tehran's regional doctrine is that the problems of a neighbourhood should be solved by the countries of that neighbourhood, without what Iranian officials call extra-regional actors. In the South Caucasus that phrase means, in practice, the United States, the European Union and NATO. The 3+3 is the institutional form of that doctrine: a table at which Iran has a guaranteed seat and Washington and Brussels have none.",
            ),
            (
                "paragraph",
                "Seen from Tehran, the trend of the past few years has been alarming. The European Union deployed a civilian monitoring mission on the Armenian side of the border with Azerbaijan in 2023, and Iran complained about it from the start. The United States brokered the meeting at which Armenia and Azerbaijan initialled their peace treaty text and agreed on the TRIPP route through Syunik, with American development rights attached. Israel's partnership with Azerbaijan has deepened. Each of these developments brought an outside power closer to Iran's northern frontier, and each happened outside any format in which Iran had a voice.",
            ),
            ("heading", "Russia's diminished stake"),
            (
                "paragraph",
                "Russia shares the wish to keep the West out but has less ability to act on it than it had five years ago. Its peacekeepers left Karabakh in 2024, after Azerbaijan's offensive of the previous year made their mission meaningless. Armenia has frozen its participation in the Collective Security Treaty Organization, its prime minister openly questioning what the alliance had ever done for it, and its government now speaks of the 102nd military base at Gyumri as an inheritance rather than a guarantee. Moscow still has real leverage, through gas supplies, railway concessions, migrant labour and the Armenian economy's dependence on the Eurasian Economic Union. But the 3+3 matters to Russia mainly as a way of appearing to remain the region's convenor while its influence erodes.",
            ),
            (
                "paragraph",
                "There is a further tension between Moscow and Tehran that the format papers over. Russia's war in Ukraine has made it dependent on Iranian drones and on Iranian routes to the Gulf, which has changed the balance of a relationship in which Moscow used to be the senior partner. Yet Russia has at times sounded more relaxed than Iran about an east-west route across southern Armenia, provided its own border guards or railway operators have a role. On Zangezur, as on much else, the two allies agree on whom they dislike more readily than on what they want.",
            ),
            ("heading", "Turkey at two tables"),
            (
                "paragraph",
                "Turkey's position is the most ambiguous. Ankara helped invent the format and values it as a stage on which it appears alongside Russia and Iran as one of the three powers that matter in the Caucasus. But Turkey is also a member of NATO, welcomed the American-brokered deal between Armenia and Azerbaijan, and has every interest in a Syunik route that would give it a direct land connection to Azerbaijan and, beyond the Caspian, to the Turkic states of Central Asia. It wants the 3+3 as one table among several. Iran wants it as the only one.",
            ),
            (
                "paragraph",
                "That difference shows in how Ankara and Tehran talk about the same route. Turkish officials describe the road and railway across southern Armenia as a connection that will bring trade to everyone, Armenia included. Iranian officials describe it as a potential threat to Iran's border with Armenia and a channel for outside influence. Both claim to support Armenian sovereignty. They mean quite different things by it.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "The small states have their own reasons for caution. Azerbaijan likes the format because it flatters its partnership with Turkey and gives it a forum in which Russia and Iran must treat it as an equal. Armenia attends but has little faith in it, given that the three large neighbours include one that failed to protect it and one that is allied to its adversary. Georgia stays away entirely. A platform that one of the region's three states boycotts and another regards with scepticism cannot pretend to speak for the region.",
            ),
            (
                "paragraph",
                "None of this means the format is worthless. Regional neighbours do share problems that no outside power will solve for them: earthquakes along the same fault lines, disease outbreaks that ignore borders, smuggling, customs procedures at crossings that link all six countries, and the falling level of the Caspian, which affects Russian, Iranian and Azerbaijani ports alike. A 3+3 that met at the level of technical agencies, produced modest agreements on such matters and left the grand strategy to other forums could do useful work.",
            ),
            (
                "paragraph",
                "What it cannot do is what Tehran most wants: to close the region to the West. The South Caucasus states have spent three decades building relationships with Europe and the United States precisely because they did not want their fate settled by their large neighbours among themselves. Iran's foreign policy would be better served by accepting that reality and competing within it, through trade, transit and good neighbourly conduct, than by investing its hopes in a format that the region's smaller members treat as one diplomatic option among many.",
            ),
        ],
    },
    {
        "slug": "ankaras-patience-with-yerevan-has-an-unnamed-deadline",
        "title": "Ankara's patience with Yerevan has a deadline it will not name",
        "standfirst": "Turkey says it wants normal relations with Armenia, and then waits for Baku. With a peace treaty initialled but unsigned, that sequencing is becoming an obstacle in its own right.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["rustam-karimov"],
        "tags": ["Turkey", "Armenia", "normalisation"],
        "days_ago": 12,
        "topics": ["turkey", "peace-talks"],
        "judge_note": "Argues that Turkey should stop tying its normalisation with Armenia to the signature of the Armenia-Azerbaijan peace treaty and open the border in stages now.",
        "body": [
            (
                "paragraph",
                "When Turkey and Armenia appointed special envoys at the end of 2021, the gesture was greeted with cautious hope. The envoys, two experienced diplomats, met within weeks, and by the following summer they had agreed that the land border would open to citizens of third countries and that direct cargo flights would begin. The flights did begin. The border, closed by Turkey in 1993 in solidarity with Azerbaijan, has opened only on exceptional occasions since, most memorably when Armenian lorries carried aid across it after the earthquake of February 2023.",
            ),
            (
                "paragraph",
                "The reason is no secret. Ankara has made it clear that the pace of normalisation with Yerevan depends on the pace of the peace process between Armenia and Azerbaijan. Turkish officials rarely say this in writing, preferring phrases about coordination with Baku, but the message to Yerevan has been consistent. Turkey will not move faster than its ally, and its ally has not been in a hurry.",
            ),
            (
                "paragraph",
                "There was a logic to this when the two neighbours were still fighting over borders and prisoners, and when no treaty text existed. That logic is wearing thin. Armenia and Azerbaijan have agreed and initialled the text of a peace agreement, and the remaining obstacle to its signature is Baku's insistence that Armenia first change its constitution, whose preamble refers to a declaration of independence that Azerbaijan reads as a claim on Karabakh. That is a question for Armenian voters and their courts, and its resolution will take time. It is hard to see why the opening of a border between Turkey and Armenia should wait for it.",
            ),
            ("heading", "What Turkey would gain"),
            (
                "paragraph",
                "Ankara has its own reasons to move. Eastern Anatolia, around Kars and Iğdır, is one of Turkey's poorer regions, and a working border crossing would bring Armenian shoppers, tourists and trade. Turkish businesses already sell a great deal to Armenia, but their goods travel the long way through Georgia, which adds cost and time. The Armenian prime minister has made a point of engaging Turkey, travelling to Istanbul to meet the Turkish president and speaking of normalisation as a strategic choice rather than a concession. A leader who takes that political risk at home deserves something to show for it.",
            ),
            (
                "paragraph",
                "There is also the question of who is helped by delay. Pashinyan faces an election in which his peace policy will be attacked as naive, and every year of closed borders strengthens the argument that concessions to Baku and Ankara bring no rewards. Those in Armenia who would prefer the country to return to Moscow's orbit have no better advertisement than a Turkish border that stays shut after the treaty text is agreed. If Turkey wants a peace that holds, it should want the Armenian politicians who made it to be seen to have gained something.",
            ),
            (
                "pull_quote",
                {
                    "text": "A border that stays shut after the treaty text is agreed is the best argument the opponents of peace could ask for.",
                    "attribution": "Rustam Karimov, political analyst",
                },
            ),
            (
                "paragraph",
                "None of this requires Turkey to break with Azerbaijan. The envoys' 2022 agreement offers a staged approach that Baku has not publicly opposed: open the Margara crossing to third-country nationals and diplomats, then to cargo, then to Turkish and Armenian citizens, with diplomatic relations to follow. Each step could be announced after consultation with Baku, and each would be easy to reverse if the peace process collapsed. What cannot continue indefinitely is a normalisation that exists mainly as a series of meetings. Ankara may prefer not to name a deadline, but Armenian patience, and Armenian politics, have one.",
            ),
        ],
    },
    {
        "slug": "kars-to-gyumri-a-railway-waiting-for-a-decision",
        "title": "Kars to Gyumri: a railway that has waited thirty years for a decision",
        "standfirst": "The line between Turkey and Armenia has been idle since 1993. Reopening it would add a second route to the Middle Corridor, but only if someone first finds out what state it is in.",
        "section": "transport",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": ["railways", "Kars", "Gyumri", "Middle Corridor"],
        "days_ago": 33,
        "topics": ["turkey", "middle-corridor"],
        "judge_note": "Argues that Turkey and Armenia should survey and plan the reopening of the Kars-Gyumri railway now, as a second rail link for east-west freight alongside the BTK line.",
        "body": [
            (
                "paragraph",
                "The railway from Kars to Gyumri was built at the end of the nineteenth century, when both cities lay within the Russian Empire and the line was a military artery towards the Ottoman frontier. For most of the Soviet period it was one of the few places where trains crossed between the USSR and a NATO country. Since Turkey closed its border with Armenia in 1993, it has carried nothing. The track still runs up to the frontier on both sides, and at the border itself the rails are said to be intact, though few people have looked closely in recent years.",
            ),
            (
                "paragraph",
                "Talk of reopening the line returns whenever Turkish-Armenian relations improve. It has returned again, as the two countries' envoys discuss a staged opening of the land border and as Armenia and Azerbaijan negotiate routes across Syunik. Turkish officials have mentioned the railway as a possible later step. Armenian officials speak of it with more enthusiasm, because for Armenia it would be the first rail link to anywhere other than Georgia in three decades.",
            ),
            (
                "paragraph",
                "The freight case rests on the Middle Corridor. At present, east-west rail traffic between the Caspian and Turkey uses the BTK railway from Baku through Tbilisi to Kars, opened in 2017. That line has a single track through much of Georgia, a gauge change at Akhalkalaki where bogies must be swapped or cargo transferred, and a steep section through the mountains towards Kars. Its traffic has grown, but so have complaints about delays. A second link from Kars through Gyumri would give operators an alternative when the BTK line is congested or closed, and, if a railway across southern Armenia is ever built, a through route from Nakhchivan and Azerbaijan to Turkey.",
            ),
            ("heading", "Before the ribbon, a survey"),
            (
                "paragraph",
                "The honest answer to how soon the line could reopen is that nobody knows. Bridges and culverts idle for thirty years need inspection. Signalling equipment from the Soviet era will have to be replaced. The Armenian network has been operated since 2008 by a subsidiary of Russian Railways under a long concession, which raises questions about investment, tariffs and who would run international trains. The gauge question, too, must be answered: the line was built to the broad Russian gauge, and any through service to the Turkish standard-gauge network will need a changeover point somewhere near the border.",
            ),
            (
                "paragraph",
                "None of these are reasons to wait. They are reasons to begin the technical work now, so that a political decision, when it comes, does not stall for lack of data. A joint engineering survey, commissioned by both railways and perhaps funded by an international lender, would cost little and commit neither government to anything. It would also give the normalisation process something concrete to produce, which matters when so much of it has consisted of meetings.",
            ),
            (
                "paragraph",
                "Railways have a way of outlasting the politics that closes them. The line from Kars to Gyumri was laid by one empire, used by another and abandoned by two republics. It would be a fitting sign of a different era if those republics brought it back into use, not as a symbol but as a working route for wheat, containers and the occasional passenger who would rather not make the detour through Georgia.",
            ),
        ],
    },
    {
        "slug": "turkish-and-armenian-teams-inspect-margara-crossing",
        "title": "Turkish and Armenian teams inspect Margara crossing",
        "standfirst": "Technical staff from both countries visited the border post as part of preparations for a possible staged opening.",
        "section": "politics",
        "type": "news",
        "authors": ["farid-mammadli"],
        "tags": ["Turkey", "Armenia", "Margara"],
        "days_ago": 2,
        "topics": ["turkey"],
        "judge_note": "News report on a joint Turkish-Armenian technical inspection of the Margara-Alican border crossing.",
        "body": [
            (
                "paragraph",
                "Technical teams from Turkey and Armenia inspected the Margara crossing on the two countries' closed border this week, examining buildings, road surfaces and customs equipment on both sides. Officials described the visit as part of preparations for a possible staged opening of the border, first to citizens of third countries and holders of diplomatic passports, as agreed in principle by the two countries' special envoys in 2022.",
            ),
            (
                "paragraph",
                "The crossing, known on the Turkish side as Alican, has been used only on rare occasions since Turkey closed the border in 1993, most notably in 2023, when aid lorries from Armenia crossed into Turkey after the earthquake. Facilities on both sides need repairs, according to a member of the Armenian delegation, who said the teams had agreed on a list of works and would exchange detailed plans.",
            ),
            (
                "paragraph",
                "Neither government announced an opening date. Turkish officials have said that the normalisation process with Armenia is being pursued in consultation with Azerbaijan. Local officials in the Armenian town of Margara and in Iğdır province on the Turkish side welcomed the visit, saying that traders and residents on both sides of the border had waited a long time for practical steps.",
            ),
            (
                "paragraph",
                "Trade between the two countries continues despite the closed border, carried by lorries that detour through Georgia and by direct cargo flights between Istanbul and Yerevan, which resumed after the envoys' agreement. Business groups in eastern Turkey have long argued that a working crossing would cut transport costs sharply for exporters in Kars, Iğdır and Erzurum, and tourism operators on both sides say visitors to the medieval ruins at Ani, which lie on the Turkish bank of the border river, would welcome a route from the Armenian side.",
            ),
        ],
    },
    {
        "slug": "the-organization-of-turkic-states-is-growing-up-slowly",
        "title": "The Organization of Turkic States is growing up, slowly",
        "standfirst": "What began as a cultural club has acquired a secretariat, an investment fund and a common alphabet. Its members will judge it by duller things: customs forms and freight times.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["Organization of Turkic States", "Central Asia", "trade"],
        "days_ago": 71,
        "topics": ["turkey"],
        "judge_note": "Argues that the Organization of Turkic States is becoming more than symbolism but will only matter economically if it delivers practical trade facilitation rather than a bloc identity.",
        "body": [
            (
                "paragraph",
                "The Organization of Turkic States began life in 2009 as the Cooperation Council of Turkic Speaking States, founded by an agreement signed in Nakhchivan. For its first decade it was mostly a forum for summits, declarations and cultural programmes celebrating the shared heritage of Turkey, Azerbaijan, Kazakhstan and Kyrgyzstan. Uzbekistan joined in 2019, and in 2021 the body took its present name, a change that its members presented as a sign of ambition. Turkmenistan and Hungary sit as observers.",
            ),
            (
                "paragraph",
                "The organisation has since collected the apparatus of a serious institution. It has a secretariat in Istanbul, a long-term strategy document running to 2040, a Turkic Investment Fund capitalised by its members, and working groups on customs, transport, energy and digital trade. In 2024 its members agreed on a common alphabet of 34 Latin letters, which no country is obliged to adopt but which has symbolic weight in a region where alphabets have changed with empires.",
            ),
            (
                "paragraph",
                "Turkey is the driving force. For Ankara, the OTS is a way of giving institutional form to a relationship with Central Asia that it has pursued since the 1990s with mixed results. Turkish construction firms, schools, airlines and television series have been present across the region for decades. What Turkey has lacked is the weight of Russia or China in Central Asian economies. The organisation offers a framework in which Turkey leads and the others follow, at least on paper.",
            ),
            ("heading", "Trade that stays modest"),
            (
                "paragraph",
                "The economic numbers are more sobering than the summit communiqués. Trade among the members has grown, but it remains a small share of each country's total. Kazakhstan trades far more with China, Russia and the European Union than with Turkey. Uzbekistan's largest partners are China and Russia. Kyrgyzstan depends on Russian remittances and Chinese imports. Geography matters: Turkey is separated from Central Asia by the Caspian, the Caucasus and Iran, and the cost of moving goods between them is high.",
            ),
            (
                "paragraph",
                "This is where the organisation's future lies. A simplified customs corridor between members, with shared electronic documents and mutual recognition of inspections, would do more for trade than any declaration. So would common rules for road hauliers, who today need separate permits for every country they cross, and a single system for tracking containers on the trans-Caspian route. These are unglamorous projects. They are also the ones on which Central Asian businesses, asked about the OTS, tend to focus.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Central Asian governments also have a clear limit on how far they will go. None of them wants the OTS to become a bloc that forces a choice between Ankara and Moscow or Beijing. Kazakhstan and Kyrgyzstan are members of the Eurasian Economic Union and the Collective Security Treaty Organization, and Uzbekistan guards its neutrality carefully. They welcome Turkish investment and Turkish diplomacy as a way of diversifying their partnerships, not of exchanging one patron for another. Turkish rhetoric about a Turkic world sometimes forgets this.",
            ),
            (
                "paragraph",
                "The organisation is growing up, then, but it is doing so slowly and on its members' terms. Its summits will continue to produce warm language about brotherhood. Its relevance will be measured elsewhere: in how long a lorry takes to cross from Kazakhstan into Uzbekistan, whether a Kyrgyz exporter can sell into Turkey without a dozen certificates, and whether the investment fund finances projects that would not otherwise have happened. Those are the tests worth watching.",
            ),
        ],
    },
    {
        "slug": "turkey-wants-to-be-a-gas-hub-hold-it-to-that",
        "title": "Turkey wants to be the region's gas hub. Its neighbours should hold it to that",
        "standfirst": "Ankara talks of becoming the place where Caspian, Russian and Middle Eastern gas meets European demand. A real hub means open access and transparent prices, not just pipelines that end in Turkey.",
        "section": "energy",
        "type": "op-ed",
        "authors": ["daniel-moreau"],
        "tags": ["Turkey", "gas", "TANAP", "Southern Gas Corridor"],
        "days_ago": 40,
        "topics": ["turkey", "caspian-gas"],
        "judge_note": "Argues that Turkey's ambition to be a gas hub will help Caspian producers only if it offers third-party access on TANAP and transparent trading rather than acting as a gatekeeper.",
        "body": [
            (
                "paragraph",
                "Few countries are as well placed as Turkey to become a crossroads for natural gas. Pipelines already bring it gas from Russia under the Black Sea, from Azerbaijan across Georgia, and from Iran across its eastern border. Liquefied natural gas arrives at terminals on the Aegean and the Marmara. Its own Sakarya field in the Black Sea has begun to produce. For years Turkish officials have spoken of a hub where these flows would be traded and re-exported to Europe, and the idea now has some infrastructure behind it.",
            ),
            (
                "paragraph",
                "For Caspian producers, the most important piece of that infrastructure is TANAP, the Trans-Anatolian pipeline, which carries gas from the Shah Deniz field off Azerbaijan across Turkey to the Greek border, where it joins TAP for the journey to Italy. Together with the South Caucasus pipeline through Georgia, these lines form the Southern Gas Corridor. Their capacity was designed around a single field and a single set of long-term contracts. Expanding them, as the European Union hopes Azerbaijan will do under its commitment to raise deliveries, requires new investment and new buyers willing to sign.",
            ),
            (
                "paragraph",
                "Turkey has also opened a small door to Turkmen gas. A swap arrangement through Iran has brought modest volumes of Turkmen gas into the Turkish system, and Ankara has spoken of much larger flows should a trans-Caspian pipeline ever be built to connect Turkmenistan with Azerbaijan. A new pipeline from Iğdır to Nakhchivan, meanwhile, is designed to let Turkey supply the Azerbaijani exclave directly, reducing its dependence on deliveries via Iran.",
            ),
            ("heading", "Hub or gatekeeper?"),
            (
                "paragraph",
                "The question is what kind of hub Turkey intends to be. There are two models. In one, a hub is a marketplace: producers and buyers have access to pipelines on published terms, prices are set by trading on an exchange, and the host country earns transit fees and benefits from liquidity. In the other, a hub is a gatekeeper: gas enters through a state company that buys it, resells it and decides who may use the network. The second model gives the host government leverage. It gives producers and consumers much less.",
            ),
            (
                "paragraph",
                "Turkey's record so far has elements of both. Its gas market has been dominated by the state company BOTAŞ, which holds most import contracts, and the trading exchange in Istanbul remains thin. Third-party access rules exist on paper but are not always easy to use in practice. At the same time, TANAP was built under an arrangement that reserves its European-bound capacity for the Shah Deniz partners, which has given Azerbaijani gas a reliable route regardless of Turkish market politics.",
            ),
            (
                "paragraph",
                "Caspian producers and European buyers should use their bargaining power while they have it. Any expansion of TANAP should come with clear rules for capacity allocation and tariffs, so that a Turkmen or Kazakh supplier could one day book space without negotiating a political deal in Ankara. Brussels, which wants Caspian gas, should make transparent transit a condition of its support, as it has with other corridors. And Turkey itself would gain more from a liquid, trusted market than from the occasional leverage a gatekeeper enjoys.",
            ),
            (
                "paragraph",
                "Turkey's geography gives it an opportunity that few energy transit states ever have. It can become the place where gas from half a dozen sources is priced and traded, or it can become another country through which gas passes on terms set by politics. The first would make it genuinely central to Caspian gas exports. The second would make it one more obstacle for producers to route around.",
            ),
        ],
    },
    {
        "slug": "one-nation-two-states-and-a-railway-to-nakhchivan",
        "title": "One nation, two states, and a railway to Nakhchivan",
        "standfirst": "The alliance between Ankara and Baku has moved from slogan to treaty to construction site. Tehran is watching the new line towards Nakhchivan with the same unease it feels about the Syunik route.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["leyla-hasanova"],
        "tags": ["Turkey", "Azerbaijan", "Iran", "Nakhchivan", "railways"],
        "days_ago": 118,
        "topics": ["turkey", "iran"],
        "judge_note": "Argues that the Turkey-Azerbaijan alliance is now being built into railways and pipelines through Nakhchivan, and that both Ankara and Tehran treat the Zangezur route as a test of their regional standing, so Turkey should reassure Iran.",
        "body": [
            (
                "paragraph",
                "The phrase 'one nation, two states' was coined in the 1990s, when Turkey and Azerbaijan had more sentiment than substance binding them together. Turkey recognised Azerbaijan's independence first, closed its border with Armenia during the first Karabakh war, and sent teachers and businessmen to Baku. But it was a distant patron, preoccupied with its own troubles, and Azerbaijan balanced its ties to Ankara with careful relations with Moscow and Tehran.",
            ),
            (
                "paragraph",
                "The 2020 war changed that. Turkish drones, advisers and diplomatic cover helped Azerbaijan win back most of the lands it had lost in the 1990s, and the alliance acquired a military reality that it had previously lacked. In June 2021 the two presidents signed the Shusha Declaration, which commits each country to assist the other in the event of an attack and sets out plans for defence cooperation, joint exercises and the integration of their arms industries. Turkish officers now train Azerbaijani units, and the two armies hold joint manoeuvres several times a year.",
            ),
            (
                "paragraph",
                "The alliance is also being built in steel. Turkey shares a border of less than twenty kilometres with Azerbaijan, and it runs not along the mainland but along Nakhchivan, the exclave separated from the rest of Azerbaijan by Armenia's Syunik province. Ankara is building a railway from Kars through Iğdır to the Dilucu crossing on that short border, a line of more than two hundred kilometres through difficult country, with completion promised before the end of the decade. A gas pipeline from Iğdır into Nakhchivan has been laid alongside the political commitments. Once these are complete, the exclave will be tied to Turkey at least as closely as to Baku.",
            ),
            ("heading", "The missing link"),
            (
                "paragraph",
                "What is missing is the connection between Nakhchivan and mainland Azerbaijan. There are two candidates. One is the route across Syunik, which Armenia and Azerbaijan have agreed to develop under American auspices and which Baku, and many in Ankara, still call the Zangezur corridor. The other is the route through Iranian territory along the southern bank of the Aras, which Azerbaijan and Iran agreed to build partly as insurance in case the Armenian route never materialised. Turkish planners want at least one of them, and ideally both, because together with the railway to Kars they would create a continuous link from Turkey to the Caspian that does not pass through Georgia.",
            ),
            (
                "paragraph",
                "For Turkey, that link would be more than a convenience. It would give Ankara a direct land connection to the Turkic world across the Caspian, reinforcing its ambitions in the Organization of Turkic States and its role in the Middle Corridor. Turkish officials describe it in the language of trade. In private, some speak of it in the language of history: the reunification of lands and peoples that empires and the Soviet Union kept apart.",
            ),
            ("newsletter", None),
            ("heading", "How it looks from Tehran"),
            (
                "paragraph",
                "It is precisely that second language that alarms Iran. Tehran's unease about the Zangezur route has usually been presented as a matter of borders: Iran does not want to lose its land frontier with Armenia. But the deeper fear is about Turkey. Iranian strategists see the route as a Turkish corridor to the Caspian and Central Asia that would cut across the traditional Iranian routes between the Caucasus and the east, and they worry about the appeal of pan-Turkic ideas to Iran's own large Azerbaijani population. When the Turkish president recited a poem in Baku in December 2020 lamenting the division of Azerbaijani lands by the Aras river, Tehran summoned the Turkish ambassador. The episode is remembered in Iran far better than in Turkey.",
            ),
            (
                "paragraph",
                "Iran and Turkey have long managed their rivalry with a mixture of trade and restraint. Their border has been stable for almost four centuries, Turkish exports flow into Iran despite sanctions, and Iranian gas has heated Turkish homes for decades. They have cooperated, uneasily, in the 3+3 regional format and in the Astana talks on Syria. But in the South Caucasus they now find themselves on opposite sides of a question that both regard as a test of their regional standing. Ankara wants the Syunik route open. Tehran wants it to be, at most, an Armenian road with Armenian guards and no strategic meaning.",
            ),
            (
                "paragraph",
                "The current arrangement may offer a way through. If the route across Syunik remains under Armenian sovereignty, as Yerevan insists and Washington has endorsed, Iran's worst fear of a sealed border is not realised. If the Aras route through Iran is also built, Tehran keeps a share of the transit trade and a reason to support rather than obstruct the new connections. Turkey, for its part, would lose nothing by saying clearly and repeatedly that it seeks no change to Iran's borders and no political role among Iran's Azerbaijanis.",
            ),
            (
                "pull_quote",
                {
                    "text": "Ankara wants the Syunik route open. Tehran wants it to be, at most, an Armenian road with Armenian guards.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "There is a broader lesson for the alliance itself. The partnership between Turkey and Azerbaijan has been remarkably successful on its own terms. It has also made neighbours nervous, not only Armenia but Iran and, in quieter ways, Georgia, whose role as the only transit country between the two allies would shrink if the new routes open. An alliance that builds railways can afford generosity. Opening the Kars line to Armenian trade, and accepting Iran as a transit partner rather than a rival, would cost Ankara and Baku little and would make the region's new geography easier for everyone to accept.",
            ),
        ],
    },
    {
        "slug": "open-the-turkish-armenian-border-for-those-who-already-cross-it",
        "title": "Open the Turkish-Armenian border for those who already cross it",
        "standfirst": "Armenians holiday in Turkey and Turkish goods fill Armenian shops. Everyone simply takes the long way round, through Georgia. That detour serves no one.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": [],
        "days_ago": 21,
        "topics": ["turkey"],
        "judge_note": "Editorial urging Turkey and Armenia to open their land border in stages because trade and travel between them already happen via Georgia.",
        "body": [
            (
                "paragraph",
                "A closed border does not stop people from meeting. It only makes them travel further to do it. Every summer, tens of thousands of Armenians spend their holidays on the Turkish coast, flying from Yerevan to Istanbul or Antalya, or taking buses that cross into Georgia and then into Turkey at Sarp. Turkish goods, from clothes and furniture to cleaning products and building materials, are sold in every Armenian town, having reached them by lorry through Georgia. Business between the two countries goes on. It merely pays a detour tax.",
            ),
            (
                "paragraph",
                "That tax is paid in time and money. A lorry from Kars to Gyumri, a distance of about seventy kilometres as the crow flies, must travel several hundred kilometres north through Georgia and back south. Bus passengers from Yerevan to Istanbul spend a day or more on the road. Small traders on both sides, who might sell vegetables or handicrafts across a local border, cannot do so at all. The towns of eastern Turkey and north-western Armenia, both far from their capitals and short of jobs, are the biggest losers.",
            ),
            (
                "paragraph",
                "There is a cultural cost too. The ruins of Ani, once a great medieval Armenian city, stand on the Turkish bank of the Akhurian river, within sight of Armenian villages on the other side. Armenian visitors who wish to see them must make the same long journey through Georgia, or view the walls from across the gorge. Kars itself, with its Russian-era streets and its layers of Armenian, Ottoman and Soviet history, is a natural destination for visitors from Gyumri, whose architecture it closely resembles. A border that opened to people would turn these places from symbols of division into shared destinations, with obvious gains for local hotels, guides and restaurants.",
            ),
            (
                "paragraph",
                "The two governments agreed in 2022 to open the border to citizens of third countries and to diplomats. That agreement has not been implemented. We understand why Turkey prefers to move in step with Azerbaijan, and why Armenia is wary of steps that look like rewards for no reciprocal gain. But a staged opening would benefit both sides at little political cost, and it is entirely reversible. A crossing open to foreign tourists, aid workers and diplomats is hardly a threat to anyone's security.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "The Margara crossing already has buildings and a road, and it was used without incident when Armenia sent aid to Turkey after the 2023 earthquake. That moment showed what ordinary decency across the border could look like. It should not remain a single exception. Open the crossing to third-country nationals this year, to cargo soon afterwards, and to the citizens of both countries when the politics allow. The people who already cross between Turkey and Armenia by the long road through Georgia deserve a shorter one.",
            ),
        ],
    },
]
