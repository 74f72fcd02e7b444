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
        "tags": [],
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
        "tags": [],
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
        "tags": [],
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
    {
        "slug": "afghanistans-canals-test-every-neighbour-downstream",
        "title": "Afghanistan's canals are testing every neighbour downstream",
        "standfirst": "The Qosh Tepa canal on the Amu Darya and the long quarrel over the Helmand with Iran are two sides of the same problem. Kabul is building, and no one has a treaty that binds it.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["Qosh Tepa", "Amu Darya", "Afghanistan", "Helmand", "Iran"],
        "days_ago": 55,
        "topics": ["water", "iran"],
        "judge_note": "Argues that Afghanistan's Qosh Tepa canal and the Iran-Afghanistan Helmand dispute show that downstream states need technical water agreements with Kabul whatever their view of its government.",
        "body": [
            (
                "paragraph",
                "For most of the past half-century, Afghanistan took little water from the rivers that flow out of its mountains. War, poverty and the lack of a functioning state meant that the great canal schemes planned in the 1960s and 1970s were never finished. Its neighbours downstream grew used to this. The water-sharing arrangements that Central Asian states agreed among themselves after the Soviet collapse simply left Afghanistan out, and Iran's treaty with Kabul on the Helmand river, signed in 1973, was observed when it suited the party upstream.",
            ),
            (
                "paragraph",
                "That period is over. The Taliban government has made irrigation one of its few visible development projects, and its flagship is the Qosh Tepa canal, which takes water from the Amu Darya in Balkh province and carries it westwards across the plains of northern Afghanistan. Planned to run for more than 280 kilometres, it is being dug largely with domestic money and labour, and its first sections already carry water. Estimates of how much it will eventually divert vary widely, but even cautious figures amount to a significant share of the river's flow in a dry year.",
            ),
            (
                "paragraph",
                "Downstream, the implications are obvious. The Amu Darya supplies the irrigated lands of southern Uzbekistan and Turkmenistan, the oases of Khorezm and Dashoguz, and Karakalpakstan at the river's end, where the retreat of the Aral Sea has already ruined fishing towns and poisoned soils. Farmers there live with the river's variability every year. A large new withdrawal upstream, unmeasured and unregulated, would make the worst years worse. The canal is also unlined for most of its length, which means that much of the water it takes will be lost to seepage and evaporation before it reaches a field.",
            ),
            ("heading", "Lessons from the Helmand"),
            (
                "paragraph",
                "Iran has been living with this problem for far longer. The Helmand rises in the mountains west of Kabul and ends in the Hamoun wetlands on the Iranian border, once one of the largest freshwater systems on the Iranian plateau. The 1973 treaty gives Iran a fixed volume of water each year, and Iranian officials have complained for decades that they receive less. Dams built upstream, most recently the Kamal Khan dam near the border, have reduced flows further. The Hamoun has largely dried, and the Iranian province of Sistan and Baluchestan, already one of the country's poorest, has seen villages emptied by dust storms and lost livelihoods.",
            ),
            (
                "paragraph",
                "The quarrel has turned violent at least once. In 2023 a clash between Iranian and Taliban border forces left several people dead, after months of increasingly sharp exchanges in which Iranian leaders demanded that Kabul respect the treaty and Taliban officials replied that there was simply not enough water to deliver. Tehran has since combined pressure with engagement: it deals with the Taliban government in practice, without formally recognising it, and sends technical delegations to measure flows. The Iranian experience shows two things. A treaty on its own does not deliver water in a drought. And a downstream state that refuses to talk to an upstream government loses what little leverage it has.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Uzbekistan appears to have drawn similar conclusions. Tashkent has kept open channels to Kabul, trading electricity and goods and discussing a railway to the south, and it has raised the canal in those conversations rather than in public protests. Turkmenistan, more cautious, has done the same through quieter channels. Neither has persuaded the Taliban to slow construction, and there is no sign that they will. What they might achieve is something more modest: agreement on measuring the canal's intake, sharing flow data and coordinating releases in the driest months.",
            ),
            (
                "paragraph",
                "That modest goal is the right one. Afghanistan has a legitimate claim to a share of the rivers that rise on its territory, and its farmers are among the poorest in the region. The problem is not that Afghanistan uses water but that it does so outside any framework that would let its neighbours plan. Central Asian basin bodies could invite Afghan technical experts as observers without resolving the question of recognition, as some international agencies already do. Donors who once financed Afghan irrigation could offer support for canal lining and measurement, which would reduce waste and the amount taken from the river.",
            ),
            (
                "paragraph",
                "The alternative is a slow-moving crisis on two fronts, with Iran to the west and the Amu Darya states to the north each facing an upstream neighbour that builds first and negotiates later. Neither front is likely to produce a war, but both can produce hardship, resentment and the occasional deadly border incident. The cheapest way to avoid that is data: gauges on the canals, shared numbers and regular meetings of engineers who do not need to agree on politics to agree on flows.",
            ),
        ],
    },
    {
        "slug": "rogun-is-being-built-the-argument-is-about-filling-it",
        "title": "Rogun is being built. The argument now is about how it is filled",
        "standfirst": "Tajikistan's giant dam on the Vakhsh has moved from a cause of regional quarrels to a financed construction project. The rules for filling and running its reservoir will decide whether downstream farmers accept it.",
        "section": "energy",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": [],
        "days_ago": 90,
        "topics": ["water"],
        "judge_note": "Argues that with Rogun's construction financed, the key issue is a jointly agreed filling schedule and operating rules that protect Uzbek and Turkmen irrigation in summer.",
        "body": [
            (
                "paragraph",
                "When Rogun is finished, it will be among the tallest dams in the world, a wall of rock and clay about 335 metres high across the Vakhsh river in central Tajikistan. Its designers expect it to generate around 3,600 megawatts at full capacity, enough to end the winter power cuts that have plagued Tajikistan since independence and leave a large surplus for export. The first turbines began turning in 2018, at a much lower water level than the final design. The dam is still rising, and the reservoir behind it is still a fraction of its planned size.",
            ),
            (
                "paragraph",
                "For years Rogun was a byword for regional conflict. Uzbekistan, which depends on the Amu Darya for its cotton and wheat, regarded the project as a threat to its water supply, and its first president warned in blunt terms of the consequences of building it. Rail freight to Tajikistan was delayed at the border and gas supplies were cut during disputes. The change came after 2016, when Uzbekistan's new leadership chose engagement over confrontation. Tashkent now speaks of Rogun as a project that can benefit both countries, and there has even been talk of Uzbek participation in its power output.",
            ),
            (
                "paragraph",
                "The financing has followed. After long environmental and social assessments, the World Bank approved support for the project, and other lenders have joined. That brings scrutiny as well as money. Lenders require resettlement plans for the families whose villages will be flooded, safety reviews for a dam built in a seismically active valley, and, crucially, consultation with downstream states on how the reservoir will be managed.",
            ),
            (
                "fact_box",
                {
                    "title": "Rogun in brief",
                    "items": [
                        "River: the Vakhsh, a main tributary of the Amu Darya",
                        "Planned height: about 335 metres",
                        "Planned capacity: about 3,600 megawatts",
                        "First turbine in service: 2018, at a low interim water level",
                        "Downstream: the older Nurek dam, then the farmland of Uzbekistan and Turkmenistan",
                    ],
                },
            ),
            ("heading", "Summer water, winter power"),
            (
                "paragraph",
                "This is where the real argument now lies. The interests of a hydropower operator and of downstream farmers point in opposite directions. Tajikistan needs electricity most in winter, when demand peaks and flows are low, so it will want to store water in summer and release it in winter. Uzbek and Turkmen farmers need water most in summer, during the growing season. A reservoir of Rogun's size, combined with the existing Nurek dam downstream, gives Tajikistan considerable power to shift the river's seasonal rhythm.",
            ),
            (
                "paragraph",
                "The filling period is the most sensitive. Filling a reservoir holding more than ten cubic kilometres of water takes years, and every cubic metre stored is a cubic metre that does not reach the fields downstream in the year it is held back. If filling is concentrated in wet years and paused in droughts, the impact can be managed. If it is driven by Tajikistan's power needs alone, the impact in a dry year could be serious for farmers already squeezed by Afghanistan's new canal and by rising temperatures.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "The answer is a jointly agreed filling schedule and operating rules, published and monitored. Tajikistan and Uzbekistan have the basis for this in their improved relations and in the regional water commission inherited from Soviet-era arrangements. What is needed is a specific agreement: minimum summer releases in each type of year, a drought protocol, and a mechanism for compensating downstream users through electricity supplies when releases fall short. Turkmenistan, further downstream and less engaged, should be part of the discussion too.",
            ),
            (
                "paragraph",
                "Rogun could become a model of how an upstream dam can serve a whole basin, supplying clean power in winter and, if well managed, storing water that helps downstream farmers in dry summers. It could also become a new source of grievance if it is run as a national project on a shared river. The concrete is being poured either way. The rules are still being written, and that is where Tajikistan's neighbours, and its lenders, should focus their attention.",
            ),
        ],
    },
    {
        "slug": "aralsk-and-the-northern-sea-that-came-back",
        "title": "In Aralsk, the sea came back, though not all the way",
        "standfirst": "A dam built two decades ago saved the northern part of the Aral Sea. In the Kazakh fishing town that once stood on its shore, the return of the water has brought back work and a cautious kind of pride.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk"],
        "tags": ["Aral Sea", "Kazakhstan", "fishing"],
        "days_ago": 63,
        "topics": ["water"],
        "judge_note": "Argues, through the Kazakh town of Aralsk, that the partial recovery of the North Aral Sea shows what patient water management can achieve and that the town's memory should be preserved alongside its recovery.",
        "body": [
            (
                "paragraph",
                "The harbour cranes of Aralsk still stand by what used to be the waterfront, their arms pointing at a shoreline that moved away decades ago. In the Soviet period this Kazakh town was a busy fishing port on the northern shore of the Aral Sea, its canneries supplying fish across the Union. As the rivers that fed the sea were diverted to irrigate cotton, the water retreated, first by metres and then by kilometres. By the 1990s the shore was many kilometres away, the fleet was rusting in the sand and the town was emptying.",
            ),
            (
                "paragraph",
                "What happened next is one of the few good news stories in the history of Central Asian water. In 2005 Kazakhstan, with support from the World Bank, completed the Kokaral dam, a long embankment that separated the northern part of the sea from the larger southern basin. The northern sea, fed by the Syr Darya, began to rise. Salinity fell. Fish that had disappeared came back, and with them, slowly, the fishermen. Today the water's edge is much closer to Aralsk than it was twenty years ago, though still not at the old harbour.",
            ),
            (
                "paragraph",
                "Talk to people in the town and the pride is evident, if cautious. A fisherman in his sixties, who learned his trade on Soviet trawlers and spent the lean years doing whatever work he could find, described to me his first catch of pike-perch after the water returned. He did not talk of miracles. He talked of nets, prices and the distance he still has to drive to reach the shore. His son now works at a small fish-processing plant whose products are sold across Kazakhstan and beyond. 'It is not what it was,' he said. 'But it is a sea again.'",
            ),
            ("heading", "Memory on the shore"),
            (
                "paragraph",
                "The town has not forgotten what was lost. Its small museum keeps photographs of the busy harbour, letters from the famine years of the 1920s, when Aralsk fishermen sent trainloads of fish to the starving Volga region, and models of the boats that once filled the bay. Local teachers take schoolchildren there to learn how the sea vanished and how part of it returned. Across the border in Uzbekistan, the town of Moynaq, whose ship graveyard in the dry seabed has become a melancholy tourist site, hosts an electronic music festival that draws young people to the edge of the desert. Both towns have learned to make culture out of catastrophe.",
            ),
            (
                "paragraph",
                "The southern sea, in Uzbekistan's Karakalpakstan, has not recovered and is unlikely to. Fed by the Amu Darya, whose flow is almost entirely consumed upstream, it has split into shrinking, salty remnants surrounded by a new desert, the Aralkum, whose dust carries salt and agricultural chemicals across the region. Uzbekistan has planted saxaul and other hardy shrubs across large areas of the dry seabed to hold the soil. That work matters, but it is a holding action, not a restoration.",
            ),
            (
                "paragraph",
                "The lesson of Aralsk is that patient, practical water management can reverse at least part of even the worst damage. It took a single well-designed dam, improvements to the Syr Darya's channel and years of waiting. It also took a decision to value a sea that most planners had written off. As Central Asia faces new pressures on its rivers, from Afghan canals to melting glaciers, the fishermen of Aralsk offer a reminder that decisions about water are also decisions about which towns will live.",
            ),
        ],
    },
    {
        "slug": "kambarata-partners-review-shareholding-and-timetable",
        "title": "Kambarata partners review shareholding and timetable",
        "standfirst": "Energy ministers from Kyrgyzstan, Kazakhstan and Uzbekistan met in Bishkek to discuss the hydropower project on the Naryn.",
        "section": "energy",
        "type": "news",
        "authors": ["daniel-moreau"],
        "tags": ["Kambarata", "Kyrgyzstan", "hydropower"],
        "days_ago": 26,
        "topics": ["water"],
        "judge_note": "News report on Kyrgyz, Kazakh and Uzbek ministers reviewing the shareholding and timetable of the Kambarata-1 dam on the Naryn.",
        "body": [
            (
                "paragraph",
                "Energy ministers from Kyrgyzstan, Kazakhstan and Uzbekistan met in Bishkek this week to review progress on the Kambarata-1 hydropower project on the Naryn river, which the three countries have agreed to develop together. The meeting discussed an updated feasibility study, the division of shares among the partners and a timetable for appointing the main construction contractor, according to a statement issued afterwards.",
            ),
            (
                "paragraph",
                "The planned dam, upstream of the existing Toktogul reservoir, is designed to generate around 1,860 megawatts. Kyrgyzstan sees it as a way to end winter power shortages and earn export revenue. For Kazakhstan and Uzbekistan, the attraction is a say in how water on the Naryn, a main tributary of the Syr Darya, is stored and released. Under the arrangement discussed, a share of the electricity would go to the downstream partners and the cascade would be operated to protect summer irrigation.",
            ),
            (
                "paragraph",
                "The project has gained urgency from recent dry years, when the level of the Toktogul reservoir fell low enough to force electricity rationing in Kyrgyzstan during the winter.",
            ),
            (
                "paragraph",
                "No final investment decision was announced. Officials said international lenders had expressed interest but that the cost, estimated at several billion dollars, would require a financing package agreed by all three governments. A water engineer attending the meeting as an observer said that joint ownership of a dam was unusual in the region and could set a precedent for other shared rivers.",
            ),
        ],
    },
    {
        "slug": "glaciers-do-not-sign-water-treaties",
        "title": "Glaciers do not sign water treaties",
        "standfirst": "Central Asia's water agreements assume rivers that behave as they did in the last century. The ice that feeds them is disappearing, and the region's governments need to plan for it now.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["glaciers", "climate", "Pamir", "Tien Shan"],
        "days_ago": 17,
        "topics": ["water"],
        "judge_note": "Editorial arguing that shrinking Pamir and Tien Shan glaciers make Central Asia's water-sharing rules obsolete and that governments should fund monitoring and plan for declining summer flows.",
        "body": [
            (
                "paragraph",
                "Every water agreement in Central Asia rests on an assumption so basic that it is rarely stated: that the rivers will keep flowing roughly as they have in living memory. The Amu Darya and the Syr Darya draw much of their summer flow from glaciers and snow in the Pamir and Tien Shan mountains. Those glaciers are shrinking. Scientific estimates differ on the pace, but the direction is not in dispute, and many smaller glaciers have already disappeared entirely.",
            ),
            (
                "paragraph",
                "In the short term, melting ice can increase the water in rivers, which is part of why the problem is easy to ignore. Hydrologists call the moment when this extra flow peaks and begins to decline 'peak water'. For some basins in the region it may already have passed; for others it lies a few decades away. After it, summer flows in dry years will fall, just when a warming climate increases the water needed by crops and cities. The farmer in the Fergana valley and the city engineer in Tashkent will both notice.",
            ),
            (
                "paragraph",
                "Tajikistan, which holds a large share of the region's glaciers, deserves credit for putting the issue on the international agenda. It proposed the United Nations' International Year of Glaciers' Preservation and hosted a major conference on the subject in Dushanbe. Declarations are useful if they lead to action. The region's monitoring network, once dense in the Soviet period, decayed badly after independence, and many glaciers are now observed only by satellite. Ground stations, trained staff and shared databases are cheap compared with the decisions that depend on them.",
            ),
            (
                "paragraph",
                "Melting ice brings a more immediate danger as well. As glaciers retreat, they leave behind lakes dammed by loose moraine, which can burst without warning and send torrents of water, mud and boulders down the valleys. Almaty, built beneath the mountains, has lived with the threat of mudflows for generations and protects itself with a great dam above the city. Smaller towns in the Pamir and the Tien Shan have no such defences, and many have no early warning systems at all. Mapping these lakes and fitting the most dangerous with sensors is a modest task that could save lives within a few years.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Governments should also begin planning for less water. That means storage that serves the whole basin rather than one country, irrigation that wastes less, crops that need less, and water-sharing rules that adjust to available flows rather than fixing volumes based on past averages. It means treating reservoirs such as Rogun and Toktogul as shared insurance against drought, not only as national power plants.",
            ),
            (
                "paragraph",
                "None of this is beyond the region's capacity. Central Asian states have shown in recent years that they can cooperate on water when they choose to, from the Kyrgyz-Tajik border settlement to joint planning on the Naryn. The glaciers will not negotiate. They will simply keep melting. The sooner the governments downstream adjust their plans to that reality, the less painful the adjustment will be.",
            ),
        ],
    },
    {
        "slug": "what-the-kyrgyz-tajik-border-treaty-teaches-the-south-caucasus",
        "title": "What the Kyrgyz-Tajik border treaty teaches the South Caucasus",
        "standfirst": "Two Central Asian neighbours that fought over water intakes and roads have settled their border. Armenia and Azerbaijan, delimiting their own frontier, should study how they did it.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["rustam-karimov"],
        "tags": [],
        "days_ago": 40,
        "topics": ["water", "peace-talks"],
        "judge_note": "Argues that the Kyrgyz-Tajik border treaty succeeded by treating shared water infrastructure and roads as part of delimitation, a lesson for the Armenia-Azerbaijan border commissions.",
        "body": [
            (
                "paragraph",
                "Few borders in the former Soviet Union were as dangerous as the one between Kyrgyzstan and Tajikistan in the Fergana valley. Drawn by Soviet planners who never expected it to become an international frontier, it zigzagged through villages, orchards and irrigation channels, leaving enclaves and disputed patches on both sides. Quarrels over water were constant. In 2021, an argument over surveillance cameras at a water distribution point near the Isfara river escalated into fighting that killed dozens of people. In 2022 a larger conflict killed around a hundred and displaced many thousands.",
            ),
            (
                "paragraph",
                "In 2025 the two presidents signed a treaty settling the entire border. It was followed within weeks by an agreement with Uzbekistan on the point where all three countries meet. The border crossings reopened, flights resumed and trade began to recover. Details of the treaty were not all made public, but officials on both sides described arrangements for shared use of water infrastructure and roads, exchanges of land and guarantees of access for residents of the remaining enclaves.",
            ),
            ("heading", "Water first"),
            (
                "paragraph",
                "The most important lesson is that the dispute was never really about lines on maps. It was about who controlled canals, pumping stations, reservoirs and the roads between villages. A border that left a water intake on one side and the fields it irrigated on the other was a recipe for conflict, however accurately it followed a Soviet map. The negotiators who finally succeeded seem to have started from the infrastructure: deciding who would operate each channel and on what terms, and only then fixing the line.",
            ),
            (
                "paragraph",
                "The second lesson is about patience and discretion. The delimitation commissions worked for years, mostly out of the public eye, surveying section after section and agreeing on small pieces before tackling the hardest ones. Public statements were rare. When a deal emerged, it was presented as a package that both sides could defend at home, rather than as a series of concessions extracted one by one.",
            ),
            ("heading", "A model for Tavush and beyond"),
            (
                "paragraph",
                "Armenia and Azerbaijan are now engaged in a similar exercise, on a border that is in some places even more complicated. Their state commissions, led by deputy prime ministers, have agreed regulations for their joint work and completed the first section in the north, between Armenia's Tavush province and Azerbaijan's Gazakh district, where Armenia handed back several villages in 2024. That step provoked protests in Armenia, led by clergy and residents who feared that the new line would leave roads, farmland and water sources exposed. Some of those fears were exaggerated. Others, about the practical consequences of a line drawn through working villages, were entirely reasonable.",
            ),
            (
                "paragraph",
                "The Kyrgyz-Tajik experience suggests that Armenia and Azerbaijan should address those practical consequences directly. Where a road crosses the new border, agree on how residents will use it. Where a spring or an irrigation channel serves villages on both sides, agree on who maintains it and how water is shared. Where an interstate road or a gas pipeline passes close to the line, agree on security arrangements that do not depend on trust alone. These arrangements can be written into the delimitation protocols themselves, as the Central Asian negotiators appear to have done.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "There are differences, of course. Kyrgyzstan and Tajikistan did not fight a full war over territory claimed by both, and the memory of the Karabakh wars weighs far more heavily on Armenian and Azerbaijani negotiators. The peace treaty that Armenia and Azerbaijan have initialled leaves delimitation to the commissions, and the commissions have hundreds of kilometres still to cover. But the Central Asian example shows that even a border that produced repeated deadly clashes can be settled, and that settlement can bring immediate benefits to the people who live along it.",
            ),
            (
                "paragraph",
                "The lesson in the end is simple. Borders are lived by villagers, not by diplomats. A delimitation that starts from how people use water, roads and land has a far better chance of holding than one that starts from maps alone.",
            ),
        ],
    },
    {
        "slug": "the-thirstiest-thing-in-central-asia-is-a-leaking-canal",
        "title": "The thirstiest thing in Central Asia is a leaking canal",
        "standfirst": "Debates about the region's water focus on dams, treaties and Afghan canals. The largest untapped reserve lies in the irrigation systems themselves, which lose a startling share of what they carry.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["daniel-moreau"],
        "tags": ["irrigation", "Uzbekistan", "Turkmenistan", "Amu Darya", "Syr Darya"],
        "days_ago": 134,
        "topics": ["water"],
        "judge_note": "Argues that Central Asia's biggest water gains lie in fixing leaking, unmeasured and energy-hungry irrigation systems rather than in new dams or treaties.",
        "body": [
            (
                "paragraph",
                "Ask an official in any Central Asian capital about the region's water problems and the answer will usually turn outwards. Upstream countries speak of their right to build dams. Downstream countries speak of their need for guaranteed releases. Everyone now speaks of Afghanistan's new canal and of the melting glaciers. Far less is said about what happens to water after it enters the region's irrigation systems, although that is where most of it goes, and where most of it is lost.",
            ),
            (
                "paragraph",
                "Agriculture accounts for the overwhelming majority of water withdrawals in Central Asia, around nine-tenths in most estimates. The irrigation networks that carry this water were built largely in the Soviet period, designed for cotton at a time when water seemed limitless and its price was zero. Many main canals are unlined earth channels. Secondary and tertiary canals are often in poor repair. Fields are flooded in furrows, a method that is cheap in equipment and expensive in water. Studies by international agencies have repeatedly suggested that a large share of the water diverted from the rivers, in some systems more than half, never reaches a crop.",
            ),
            ("heading", "The Karakum and its cousins"),
            (
                "paragraph",
                "The most striking example is the Karakum canal in Turkmenistan, one of the longest irrigation canals in the world. It takes water from the Amu Darya and carries it westwards for well over a thousand kilometres across the desert, supplying farms and the cities of Mary and Ashgabat. Much of it is unlined, and the losses to seepage and evaporation across the hot sands are enormous. The water that seeps away does not disappear: it raises groundwater levels, which in turn brings salt to the surface and damages the very fields the canal was meant to irrigate.",
            ),
            (
                "paragraph",
                "Salinisation is the hidden cost of the Soviet irrigation model. Across the lower Amu Darya and the middle Syr Darya, large areas of irrigated land suffer from rising salt. Farmers respond by flushing their fields with more water before planting, which adds to withdrawals and to the drainage water that flows back into rivers or into desert depressions. Turkmenistan has built a vast artificial lake in the Karakum desert to collect drainage water, a project whose environmental merits are disputed. Downstream, in Karakalpakstan, what reaches the river's end is often too salty to be of much use.",
            ),
            ("newsletter", None),
            ("heading", "Water costs electricity"),
            (
                "paragraph",
                "There is another cost that is easy to overlook. Much of the irrigated land in Uzbekistan and parts of Tajikistan and Turkmenistan lies above the level of the rivers that water it, so the water has to be pumped. Giant pumping stations, some lifting water more than a hundred metres, consume a substantial share of Uzbekistan's electricity. Every cubic metre lost to a leaking canal after it has been pumped is electricity wasted, which in turn means gas burned in power plants. The water problem and the energy problem are, in this sense, the same problem.",
            ),
            (
                "paragraph",
                "Uzbekistan has recognised this more clearly than its neighbours. In recent years it has offered subsidies for drip and sprinkler irrigation, set ambitious targets for the area covered by water-saving technology, and reformed its cotton sector, ending the state procurement system that once dictated what farmers grew and moving towards privately run clusters that have an interest in efficiency. The results are real but uneven. Drip systems are expensive for small farmers, and where water is still free at the point of use, the incentive to save it is weak.",
            ),
            (
                "paragraph",
                "Kazakhstan, on the Syr Darya, faces similar problems in its southern provinces, where rice and cotton fields depend on water released from upstream reservoirs in Kyrgyzstan and Uzbekistan. Its farmers often receive less than they expect in dry years, partly because of upstream decisions and partly because of losses in their own canals. Improving those canals would give Kazakhstan more usable water without any change in what its neighbours release.",
            ),
            (
                "paragraph",
                "Institutions matter as much as concrete. Before the Soviet period, irrigation in the oases of Central Asia was managed by local water masters, known as mirabs, who allocated water among villages according to custom and were answerable to the communities they served. Soviet collectivisation replaced them with state farms and central plans. Since independence, several countries have tried to revive local responsibility through water user associations, with mixed results: many exist on paper but lack the money, equipment and authority to maintain canals or collect fees. Where they work, losses tend to fall, because the people who manage the water are the ones who suffer when it is wasted.",
            ),
            ("heading", "What would work"),
            (
                "paragraph",
                "The measures that would make a difference are well known. Lining the main canals, starting with those where losses are greatest. Measuring water at every major offtake, so that governments know where it goes and water user associations can be charged for what they use. Pricing water, at least partially, so that saving it pays. Supporting farmers who switch to less thirsty crops or to efficient irrigation with credit and advice, not only with subsidies. Repairing drainage networks so that salt can be carried away instead of accumulating.",
            ),
            (
                "paragraph",
                "None of these measures is glamorous. A lined canal does not make for an impressive ribbon-cutting, and a water meter is not a monument. They are also politically difficult, because pricing water touches the livelihoods of millions of rural families and because measuring it exposes the inequalities of who receives what. But they offer something that no dam or treaty can: additional water for the whole basin, created simply by wasting less of what is already taken.",
            ),
            (
                "paragraph",
                "The arithmetic is compelling. If the region's irrigation systems delivered to the fields even one-tenth more of the water they carry, the gain would exceed the volume that Afghanistan's Qosh Tepa canal is expected to divert. It would ease the tension between upstream hydropower and downstream agriculture, and leave more water for the Aral Sea. The region's governments have spent thirty years arguing about how to divide their rivers. They would gain more, and argue less, by fixing the pipes and channels they already have.",
            ),
        ],
    },
    {
        "slug": "georgias-local-elections-settled-the-mayors-not-the-argument",
        "title": "Georgia's local elections settled the mayors, not the argument",
        "standfirst": "The ruling party swept the country's councils and mayoralties on a low turnout, with much of the opposition boycotting. The result changes little about Georgia's stalled path to the European Union.",
        "section": "politics",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": ["Georgia", "local elections", "Georgian Dream", "EU"],
        "days_ago": 8,
        "topics": ["elections", "georgia-eu"],
        "judge_note": "Argues that Georgia's local elections, won by Georgian Dream amid an opposition boycott and low turnout, entrenched the ruling party without resolving the legitimacy dispute that has frozen the country's EU accession.",
        "body": [
            (
                "paragraph",
                "By the official count, Georgian Dream won almost everything there was to win in Georgia's local elections. Its candidates took the mayoralty of Tbilisi, where the incumbent was re-elected comfortably, and of every other large city, and the party secured majorities on nearly all municipal councils. Turnout was well below that of the parliamentary election a year earlier. The ruling party presented the result as a clear endorsement. Its opponents presented the low turnout as proof that a large part of the country no longer regards elections as a meaningful contest.",
            ),
            (
                "paragraph",
                "Both readings contain some truth. Georgian Dream retains a solid base of support, particularly outside the capital, among older voters and among those who credit it with keeping Georgia out of war. But the opposition was divided about whether to take part at all. Several parties, arguing that the parliamentary vote had been marred by pressure on voters and breaches of ballot secrecy, refused to field candidates, while others decided that abandoning the councils would only leave the field to the government. The result was an election in which many Georgians who oppose the ruling party had no clear way of saying so at the ballot box.",
            ),
            (
                "paragraph",
                "Election day itself was overshadowed by events in the streets. Protests that have continued in Tbilisi almost nightly since the government suspended EU accession talks gathered a large crowd, and clashes near the presidential palace in the evening led to arrests and to government accusations of an attempted coup. Opposition leaders rejected the charge. Whatever the truth of the competing accounts, the images of riot police and burning barricades did more to shape foreign perceptions of the vote than any result from the municipal councils.",
            ),
            ("heading", "The view from Brussels"),
            (
                "paragraph",
                "The European Union's reaction was measured but cool. Brussels has made clear over the past year that Georgia's candidate status exists largely on paper. The accession process is effectively frozen, financial support to the government has been reduced and visa-free travel has been suspended for Georgian officials holding diplomatic passports. European officials have tied any thaw to the repeal of the foreign-influence laws, an end to the prosecution of protesters and journalists, and electoral reforms recommended by international observers. Nothing about the local elections has moved Georgia closer to meeting those conditions.",
            ),
            (
                "paragraph",
                "For Georgian Dream, the calculation appears to be that the EU's leverage is limited and its attention is elsewhere. Ruling party figures speak of EU membership as a goal they still share, but on their own terms and at their own pace, and they accuse Brussels of interfering in Georgian politics on behalf of the opposition. The party's supporters are not all hostile to Europe. Polls have for years shown large majorities of Georgians in favour of joining the EU, including many who vote for the government. That contradiction sits at the centre of Georgian politics, and no municipal election could resolve it.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "What happens next depends less on the councils than on the institutions that elections are supposed to refresh. The parliament elected last year sits without most of the opposition, which refused to take up its seats. The president was chosen by an electoral college dominated by the ruling party. The courts and the election administration are regarded by the government's critics as partisan. Local elections in such a system can confirm who holds power. They cannot, on their own, restore the trust that Georgia's democratic institutions need.",
            ),
            (
                "paragraph",
                "The opposition faces hard choices of its own. A strategy of boycotts and street protests has kept pressure on the government but has not produced a change of course, and it risks leaving opposition parties without the local offices, staff and experience they would need to compete in the future. The government faces choices too. It can continue to govern against a large and angry minority, or it can accept the kind of electoral and judicial reforms that would allow the next national election to settle the argument that this one could not.",
            ),
        ],
    },
    {
        "slug": "armenias-next-election-will-be-a-referendum-on-the-peace",
        "title": "Armenia's next election will be a referendum on the peace",
        "standfirst": "Pashinyan will ask voters to endorse a treaty with Azerbaijan, a new constitution and a turn away from Moscow. The opposition will ask whether any of it has made Armenians safer.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["Armenia", "elections", "constitution"],
        "days_ago": 26,
        "topics": ["elections", "peace-talks"],
        "judge_note": "Argues that Armenia's coming parliamentary election will function as a referendum on Pashinyan's peace deal with Azerbaijan and the constitutional change Baku demands.",
        "body": [
            (
                "paragraph",
                "Armenian voters will soon go to the polls in a parliamentary election that will be about many things: prices, pensions, corruption, the state of the roads. But above all it will be about the peace. Nikol Pashinyan's government has initialled a treaty with Azerbaijan, agreed to a route across Syunik that will carry Azerbaijani traffic, accepted the loss of Karabakh and distanced the country from its old protector in Moscow. It will ask voters to endorse all of this. The opposition will ask whether any of it has made Armenia safer.",
            ),
            (
                "paragraph",
                "The last election, in 2021, was held in the shadow of defeat. Pashinyan called it early, months after a war that his opponents blamed on him, and many expected him to lose. Instead his Civil Contract party won a clear majority, largely because voters trusted the alternatives even less. The main opposition bloc was led by a former president associated with the pre-revolutionary order, and its promise of restoring the past did not appeal to most Armenians, whatever they thought of the present.",
            ),
            ("heading", "A constitution on the ballot"),
            (
                "paragraph",
                "This time the stakes are sharper, because the peace treaty is not yet signed and its signature depends on a constitutional question. Azerbaijan insists that Armenia first remove the reference in its constitution's preamble to the declaration of independence, which in turn refers to an act on the unification of Armenia and Karabakh. Baku reads this as a territorial claim. Pashinyan has said that Armenia needs a new constitution anyway, for reasons of its own, and has proposed that one be put to a referendum. Whatever the sequence, the election will decide whether a government committed to that change remains in office.",
            ),
            (
                "paragraph",
                "That is a heavy burden for a constitutional debate. Many Armenians who support peace resent the idea of changing their founding document at the demand of a neighbour that has just taken Karabakh by force. Others accept the argument that a treaty with Azerbaijan, an opening of the border with Turkey and a route across Syunik under Armenian control are worth a change of wording. Pashinyan's task is to persuade the second group that it is the majority, and to persuade the first that the new constitution is an Armenian choice rather than a concession.",
            ),
            (
                "paragraph",
                "The opposition is divided and in some ways weakened. The old parties of the pre-2018 order still command a core of voters but little more. New movements have emerged, some built around wealthy businessmen, some around the Armenian Apostolic Church, whose senior clergy have been in open conflict with the prime minister. Russia's media and its friends in Armenian politics will try to frame the election as a choice between Moscow's security and the West's empty promises. None of these forces has yet offered a convincing alternative to the peace, beyond the claim that it is being bought too cheaply.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Pashinyan's greatest asset may be the absence of war. For the first time in decades, Armenians can contemplate a future without regular shooting on the border. Trade routes to the east and south may open, and the economy, boosted by the arrival of Russians and their businesses after 2022, has grown faster than many expected. His greatest liability is the sense, shared by many who do not support the opposition, that he has made promises before and has not always kept them, and that the peace so far consists of documents rather than open borders.",
            ),
            (
                "paragraph",
                "For the election to serve its purpose, it must be fair as well as free. International observers judged the 2021 vote competitive and generally well administered, and Armenia should aim to do at least as well. That means equal access to media, restraint in the use of state resources and a clear separation between the government's campaign and the work of the state. A peace endorsed by a fair election will be far stronger than one that its opponents can dismiss as the product of a manipulated vote. Armenia has a chance to show its neighbours what that looks like.",
            ),
        ],
    },
    {
        "slug": "kazakhstans-parliament-reform-fewer-chambers-same-questions",
        "title": "Kazakhstan's parliament reform: fewer chambers, same questions",
        "standfirst": "The president wants to replace the two-chamber parliament with a single house. Whether that makes politics more competitive depends on rules that the proposal has yet to describe.",
        "section": "politics",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": [],
        "days_ago": 47,
        "topics": ["elections"],
        "judge_note": "Argues that Kazakhstan's proposed move to a unicameral parliament matters less than the rules on party registration, candidate access and vote counting that will decide whether elections become competitive.",
        "body": [
            (
                "paragraph",
                "Kazakhstan's politics has been reformed more times in the past few years than in the previous two decades. After the violent unrest of January 2022, President Kassym-Jomart Tokayev pushed through a referendum that reduced the powers of the presidency, limited future presidents to a single seven-year term and restored a mixed electoral system for the lower house. A snap presidential election followed that autumn, and a snap parliamentary election the following spring. The president has now proposed a further change: abolishing the Senate and replacing the two chambers with a single parliament, to be decided by another referendum.",
            ),
            (
                "paragraph",
                "The official case for the change is efficiency. The Senate, whose members are chosen indirectly by regional councils or appointed by the president, has played a modest role in lawmaking, and a single chamber would, its supporters argue, be more accountable and less expensive. Critics inside and outside the country are not opposed in principle. Many small democracies function well with a single house. Their question is what kind of house it would be.",
            ),
            ("heading", "Rules that matter more than chambers"),
            (
                "paragraph",
                "The number of chambers matters less than the conditions under which their members are elected. The 2023 parliamentary election was more open than its predecessors: several new parties were registered, independent candidates could stand in single-member districts, and a handful of critical voices entered the lower house. But observers still noted significant restrictions. Registering a new party remains difficult, requiring thousands of members and a long administrative process that gives officials wide discretion. Some would-be candidates were refused registration on technical grounds. Media coverage favoured parties loyal to the president.",
            ),
            (
                "paragraph",
                "A single chamber elected under those rules would not make Kazakhstan's politics more competitive. A single chamber elected under more open rules might. The questions that the reform must answer are therefore practical. How many signatures will a new party need, and how quickly must its application be processed? Will single-member districts be kept, and how will their boundaries be drawn? Will observers from parties and civil society have access to every stage of the count, including the transfer of results from polling stations to district commissions? Will the new parliament have real power over the budget and over ministers?",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "There is also the question of timing. Kazakhstan's reforms have often been announced with a firm schedule and implemented with less debate than their importance would justify. A referendum on a new parliament should be preceded by a published draft, public hearings and a campaign in which opponents of the change have the same access to media as its supporters. A referendum in which only one side is heard would undermine the very accountability the reform claims to serve.",
            ),
            (
                "paragraph",
                "Kazakhstan has made genuine progress since 2022. Its politics is more open than that of most of its neighbours, and its president has staked his reputation on the idea of a 'listening state'. The parliament reform is a chance to show that this is more than a slogan. The test will not be whether the Senate disappears. It will be whether the new chamber contains people the government did not choose.",
            ),
        ],
    },
    {
        "slug": "kyrgyzstan-votes-in-snap-election-under-new-district-system",
        "title": "Kyrgyzstan votes in snap election under new district system",
        "standfirst": "Voters chose a new parliament in multi-member districts after the outgoing legislature dissolved itself early.",
        "section": "politics",
        "type": "news",
        "authors": ["rustam-karimov"],
        "tags": ["Kyrgyzstan", "elections"],
        "days_ago": 1,
        "topics": ["elections"],
        "judge_note": "News report on Kyrgyzstan's snap parliamentary election under a new multi-member district system.",
        "body": [
            (
                "paragraph",
                "Kyrgyz voters went to the polls on Sunday to elect a new parliament, about a year ahead of schedule, after the outgoing legislature voted to dissolve itself. The election was the first held under a new system in which the country is divided into multi-member districts, each electing several deputies, replacing the mixed arrangement of party lists and single-member seats used in 2021.",
            ),
            (
                "paragraph",
                "Supporters of the change say it brings deputies closer to voters and reduces the influence of party leaderships in the capital. Critics argue that it favours candidates with local money and administrative backing, and that it weakens the parties that might form a coherent opposition. Several prominent critics of the government did not stand, some because they are abroad and others because they face criminal cases.",
            ),
            (
                "paragraph",
                "Early figures from the Central Election Commission suggested turnout broadly in line with recent national votes. Polling in Bishkek was calm, and observers from a mission of the Organization for Security and Co-operation in Europe were present at polling stations across the country. The mission is expected to publish its preliminary findings on Monday.",
            ),
            (
                "paragraph",
                "Preliminary results are due within days. A schoolteacher in Osh who voted in the morning said she had chosen a candidate she knew personally, and that she hoped the new deputies would spend more time in the regions than their predecessors.",
            ),
        ],
    },
    {
        "slug": "observer-missions-that-never-find-a-fault",
        "title": "Observer missions that never find a fault",
        "standfirst": "Elections in the region now attract observers from several international bodies, including the Organization of Turkic States. If their verdicts are always favourable, they tell voters nothing.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["election observers", "OSCE", "Organization of Turkic States"],
        "days_ago": 15,
        "topics": ["elections", "turkey"],
        "judge_note": "Editorial arguing that observer missions from the CIS and the Turkey-led Organization of Turkic States should adopt published methodologies like the OSCE's if their election verdicts are to mean anything.",
        "body": [
            (
                "paragraph",
                "A modern election in the South Caucasus or Central Asia is rarely short of observers. The Organization for Security and Co-operation in Europe sends its election observation missions, with long-term teams that arrive weeks before polling day. The Commonwealth of Independent States sends its own. So, increasingly, do the Shanghai Cooperation Organisation and the Organization of Turkic States, the body that links Turkey with Azerbaijan and the Turkic-speaking states of Central Asia. On the day after the vote, these missions hold press conferences. Their conclusions often bear little resemblance to one another.",
            ),
            (
                "paragraph",
                "The difference is not accidental. The OSCE's observers follow a published methodology. They watch the campaign as well as polling day, assess media coverage and the use of state resources, and publish a detailed final report with recommendations that governments have agreed, in principle, to consider. Their judgments can be wrong and are sometimes criticised as too cautious, but they can be checked. The other missions rarely publish their methods, spend little time in the country before the vote and tend to issue statements praising the organisation of polling and saying little about whether the contest was fair.",
            ),
            (
                "paragraph",
                "Governments are free to invite whomever they like, and there is nothing wrong in principle with observers from neighbouring countries or regional organisations. The problem arises when friendly missions are used to counter critical ones. After several recent elections, state media in the host country quoted the favourable statements at length and dismissed the OSCE's findings as biased, leaving voters with the impression that international opinion was divided when in fact only one mission had done the work needed to reach a view.",
            ),
            ("heading", "A test for the Turkic states"),
            (
                "paragraph",
                "The Organization of Turkic States deserves particular attention because it aspires to be more than a club of governments. Turkey, its driving force, holds genuinely competitive elections of its own, however fierce their campaigns, and it has long accepted OSCE observers at home. Yet the missions sent under the OTS banner to elections in Azerbaijan, Kazakhstan, Uzbekistan and Kyrgyzstan have tended to endorse the results in terms that echo the host governments. When an organisation's observers praise an election that independent monitors describe as lacking genuine competition, the organisation's credibility suffers, not only the election's.",
            ),
            (
                "paragraph",
                "Ankara has an interest in changing this. Turkey presents the OTS as a modern partnership of sovereign states, not an alliance of incumbents. A mission that published its methodology, deployed observers for more than a few days and issued reports that occasionally found fault would give the organisation a reputation worth having. It would also give Turkish diplomacy a useful tool: a way of encouraging reform among its partners without the lecturing tone that Central Asian governments resent from Western capitals.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Observation is not a ritual. Its purpose is to tell voters, and the outside world, whether an election gave citizens a real choice and counted their votes honestly. An observer who never finds a fault is not observing. Governments that invite such missions may enjoy a day of favourable headlines, but their citizens are not fooled, and neither, for long, is anyone else. The region's voters deserve observers whose verdicts mean something, whichever flag they fly.",
            ),
        ],
    },
    {
        "slug": "snap-polls-and-reset-clocks-how-leaders-use-the-calendar",
        "title": "Snap polls and reset clocks: how the region's leaders use the calendar",
        "standfirst": "Early elections have become a standard tool of government from Baku to Bishkek. Some have given voters a genuine choice. Many have mainly given incumbents an advantage.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": [],
        "days_ago": 104,
        "topics": ["elections"],
        "judge_note": "Argues that snap elections and constitutional resets across the South Caucasus and Central Asia have mostly served incumbents by shortening campaigns, with Armenia's 2021 vote a partial exception, and proposes minimum campaign periods.",
        "body": [
            (
                "paragraph",
                "In a parliamentary democracy, an early election is a familiar event. A government loses its majority, or a prime minister seeks a fresh mandate, and voters are asked to decide sooner than planned. In the South Caucasus and Central Asia, early elections have become something else: a routine instrument of governments that already hold overwhelming power. In the past five years almost every country in the region has held at least one national vote ahead of schedule, and several have combined snap elections with constitutional changes that reset the clock on presidential terms.",
            ),
            (
                "paragraph",
                "Azerbaijan offers the clearest recent example. In early 2024, a year and a half before the scheduled date, President Ilham Aliyev called a presidential election, the first to include Karabakh since the return of the territory to Azerbaijani control. He won with more than nine-tenths of the vote. A few months later, parliamentary elections were also brought forward, in part so that they would not coincide with the COP29 climate conference that Baku hosted that November. Observers from the OSCE noted a restrictive environment and an absence of genuine political alternatives.",
            ),
            (
                "paragraph",
                "Uzbekistan followed a different sequence. A referendum in 2023 adopted a new constitution that, among many other changes, extended presidential terms to seven years and effectively reset the count of terms served. President Shavkat Mirziyoyev called an early presidential election a few weeks later and won easily. Kazakhstan's President Tokayev took the opposite path in formal terms, limiting future presidents to a single seven-year term, but he too held an early presidential election in 2022 and an early parliamentary election in 2023, both timed to consolidate his position after the unrest of January 2022.",
            ),
            ("heading", "Why incumbents like short campaigns"),
            (
                "paragraph",
                "The advantages of a snap election for an incumbent are practical. A short campaign period leaves little time for new parties to register, for opposition candidates to collect signatures or for challengers to raise money and build name recognition. Incumbents, in contrast, have the state media, the administrative apparatus and the record of government to rely on. When the date of the election is chosen by the incumbent, and announced at a moment of his choosing, the opposition is always the one caught unprepared.",
            ),
            (
                "paragraph",
                "Timing can also exploit a moment of national feeling. Azerbaijan's 2024 presidential vote came months after the recapture of Karabakh, when the president's popularity was at its peak. Kazakhstan's 2022 election followed a period of reform promises after the January crisis. Turkmenistan's early presidential vote of 2022 served a different purpose: it transferred power from father to son in an orderly way, with the outcome never in doubt. In each case the calendar served the government's needs rather than the voters'.",
            ),
            (
                "paragraph",
                "Tajikistan reached the same destination by a different road. A referendum in 2016 lowered the minimum age for presidential candidates and exempted the incumbent, as 'Leader of the Nation', from term limits altogether. Emomali Rahmon, in power since the early 1990s, was re-elected in 2020 with the usual overwhelming majority, and the lowered age threshold has been widely read as preparing the ground for a transfer of power to his son. Here the calendar is not so much reset as removed: there is no date by which the incumbent must leave.",
            ),
            ("newsletter", None),
            ("heading", "The Armenian exception"),
            (
                "paragraph",
                "Not every snap election is a manipulation. Armenia's early parliamentary vote in June 2021 was called by a prime minister under intense pressure after military defeat, facing street protests and demands from the army's general staff for his resignation. The election was a genuine gamble, and many observers expected Pashinyan to lose. International monitors judged it competitive and generally well run, and the result, a clear majority for his party, resolved a political crisis that might otherwise have turned violent. Georgia, by contrast, has held its recent national elections on schedule, but its disputes have centred on the conduct of the vote rather than its timing.",
            ),
            (
                "paragraph",
                "Kyrgyzstan shows both faces. Its early presidential election in January 2021, after the unrest that toppled the previous government, brought Sadyr Japarov to power in a vote that was competitive by regional standards though marked by his dominance of the campaign. A referendum held at the same time endorsed a shift to a presidential system, confirmed by a new constitution a few months later. The parliament's decision to dissolve itself early, ahead of the latest election, was presented as a technical adjustment to a new electoral system, but it also shortened the time available for opponents to organise.",
            ),
            (
                "paragraph",
                "What distinguishes the Armenian case is not that the election was early but that its outcome was uncertain. A snap election that a government might lose is a form of accountability. A snap election that a government cannot lose is a form of scheduling. The difference lies in the conditions of competition: whether opposition parties can register and campaign freely, whether the media report on them, whether the count is transparent and whether the courts will hear complaints.",
            ),
            ("heading", "A minimum campaign"),
            (
                "paragraph",
                "There is a modest reform that would reduce the worst abuses without forbidding early elections. Countries could set a minimum period, perhaps ninety days, between the announcement of any national election and polling day, long enough for new parties to register and for candidates to campaign. They could also require that the rules of any election, including district boundaries and registration requirements, be fixed at least a year before the vote, so that they cannot be changed to suit a particular date. The OSCE has made recommendations along these lines in several countries. Few have adopted them.",
            ),
            (
                "paragraph",
                "Such reforms would not, on their own, create competitive politics where none exists. But they would remove one of the tools that incumbents use to avoid competition, and they would make it easier for voters to tell the difference between a government seeking a mandate and a government managing a calendar.",
            ),
        ],
    },
    {
        "slug": "a-campaign-without-reporters-is-not-a-campaign",
        "title": "A campaign without reporters is not a campaign",
        "standfirst": "Azerbaijan voted twice in 2024 while some of its best-known independent journalists sat in pre-trial detention. Elections need a free press as much as they need ballot boxes.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["Azerbaijan", "elections", "journalists"],
        "days_ago": 112,
        "topics": ["elections", "press-freedom"],
        "judge_note": "Argues that Azerbaijan's 2024 presidential and parliamentary elections, held while independent journalists were detained, show that a vote cannot be meaningful without a free press.",
        "body": [
            (
                "paragraph",
                "An election has many moving parts: voter lists, polling stations, ballot papers, commissions, observers. The part most easily forgotten is the one that makes the others meaningful. Voters need to know what candidates stand for, what the government has done and what it has failed to do. In most countries they learn this from journalists. When the journalists are silenced, an election can be administered perfectly and still tell us very little about what voters actually think.",
            ),
            (
                "paragraph",
                "Azerbaijan's two national elections of 2024 illustrate the point. The presidential vote in February and the parliamentary vote in September were both called early and both produced large majorities for the ruling party and its allies. Polling stations were orderly. Results were announced quickly. And both campaigns took place while several of the country's best-known independent journalists were in detention, awaiting trial on smuggling and other charges that they and their colleagues rejected. The reporters of Abzas Media, an investigative outlet that had published detailed stories about the business interests of officials, were arrested in the months before the presidential vote. Staff of Toplum TV, an online broadcaster, were detained shortly after it.",
            ),
            (
                "paragraph",
                "The effect on the campaign was not hard to see. The stories that independent outlets might have pursued, about public spending, reconstruction contracts in Karabakh, or the records of candidates, went largely unreported. Opposition politicians had few outlets willing to carry their views. Voters who wanted a different perspective turned to exiled websites and social media channels, where the line between journalism and activism is often blurred. International observers noted that the media environment was restrictive and that voters lacked access to a range of views.",
            ),
            ("heading", "Not only an Azerbaijani problem"),
            (
                "paragraph",
                "Azerbaijan is an extreme case, but not a unique one. In Georgia, the campaign before the 2024 parliamentary election took place under a new law requiring media outlets with foreign funding to register as organisations serving foreign interests, and several journalists were attacked while covering protests. In Central Asia, elections in Uzbekistan, Tajikistan and Turkmenistan are held in media environments where criticism of the president is effectively impossible. Kyrgyzstan, once the region's most open media space, has seen independent outlets closed and journalists jailed in the years before its latest vote.",
            ),
            (
                "paragraph",
                "Governments in the region sometimes argue that free media are a luxury that can wait until security is assured, or that independent outlets are in fact instruments of foreign influence. Both arguments confuse the role of the press with the interests of particular outlets. A journalist who exposes a corrupt contract does not threaten national security. She helps voters decide whom to trust with public money. That is the whole point of an election.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "The remedy is not complicated, though it requires political will. Release journalists held for their work. Allow independent outlets to register and operate without political interference. Give opposition candidates fair access to state broadcasters during campaigns. Let foreign and domestic observers assess media coverage as part of their work, and take their recommendations seriously. None of this would endanger the ruling party's hold on power in a country where it is genuinely popular. It would simply make its victories believable.",
            ),
        ],
    },
    {
        "slug": "georgias-foreign-agent-rules-reach-the-newsroom",
        "title": "Georgia's foreign-agent rules have reached the newsroom",
        "standfirst": "A succession of laws on foreign funding, broadcasting and grants is squeezing Georgia's independent media. Brussels has said plainly that the country cannot advance towards the EU while they stand.",
        "section": "politics",
        "type": "analysis",
        "authors": ["anna-kowalczyk"],
        "tags": ["Georgia", "media", "foreign agents law", "EU"],
        "days_ago": 8,
        "topics": ["press-freedom", "georgia-eu"],
        "judge_note": "Argues that Georgia's foreign-influence, broadcasting and grants laws are forcing independent outlets to choose between stigma, closure and exile, and that they are a central obstacle on the country's EU path.",
        "body": [
            (
                "paragraph",
                "When Georgia's parliament first debated a law on foreign influence in 2023, the government withdrew it within days in the face of mass protests. A year later it returned, passed over the president's veto and was signed into law. It requires any organisation that receives more than a fifth of its funding from abroad to register as an organisation pursuing the interests of a foreign power. Since then the ruling party has gone further: a near-copy of the American Foreign Agents Registration Act with criminal penalties, amendments to the broadcasting law that bar broadcasters from receiving foreign money, and changes to the rules on grants that require government consent for foreign funding.",
            ),
            (
                "paragraph",
                "For Georgia's independent media, which have depended heavily on grants from European and American foundations and governments, the effect has been profound. Most of the country's respected online outlets, and many regional newspapers, refused to register under the first law, regarding the label as a lie about their work. Some have cut staff, some have turned to readers for donations, and some have moved part of their operations abroad. Editors describe spending more time with lawyers than with reporters.",
            ),
            (
                "paragraph",
                "The pressure is not only legal. Journalists covering the protests that followed the government's decision to suspend EU accession talks have been beaten, detained and fined. The most prominent case is that of Mzia Amaglobeli, the founder of two independent outlets in Batumi, who was arrested after a confrontation with a police officer during a protest and later sentenced to two years in prison. Press freedom organisations and many European politicians regard the sentence as grossly disproportionate and the case as a warning to other journalists. Her case has been raised repeatedly in the European Parliament.",
            ),
            ("heading", "What Brussels has said"),
            (
                "paragraph",
                "The European Union has been unusually direct. When Georgia received candidate status in December 2023, the decision came with a list of steps the country was expected to take, including guarantees of media freedom and the protection of civil society. The foreign influence law was adopted a few months later, and the EU's leaders concluded that it represented a step backwards that had effectively halted the accession process. European officials have since repeated that repealing the law and its successors is a precondition for any resumption of progress, alongside the release of detained protesters and journalists.",
            ),
            (
                "paragraph",
                "Georgian Dream rejects this framing. Its leaders argue that the laws simply ensure transparency, that similar rules exist in the United States and elsewhere, and that foreign-funded outlets have acted as a partisan opposition. They accuse the EU of double standards and of seeking to install a government more to its liking. The comparison with American law ignores how differently the rules are applied: the American statute concerns agents acting at the direction of a foreign government, whereas Georgia's laws treat the receipt of a grant as evidence of serving a foreign interest.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "What makes the situation so painful for many Georgian journalists is that the public they serve is overwhelmingly pro-European. Polls have long shown large majorities in favour of EU membership, and the protests in Tbilisi have been filled with EU flags. The outlets now under pressure are those that reported most thoroughly on the country's European path, explaining what reforms were required and holding the government to its promises. Their weakening removes one of the main ways in which Georgian citizens learn whether their government is moving towards Europe or away from it.",
            ),
            (
                "paragraph",
                "There is no easy remedy while the laws stand. Donors can offer emergency support, and some have shifted funding to help outlets survive, but that risks confirming the government's narrative. Readers can pay, and more are doing so, though Georgia's economy limits how much. The lasting answer is political: a change of course by the government or, eventually, a change of government. Until then, Georgian journalism will continue to do its work under a label it rejects and a law that treats its readers' trust as something bought from abroad.",
            ),
        ],
    },
    {
        "slug": "the-abzas-media-verdict-is-a-verdict-on-journalism",
        "title": "The Abzas Media verdict is a verdict on journalism",
        "standfirst": "Long prison sentences for the reporters of an Azerbaijani investigative outlet send a message to every journalist in the country. It is a message that Azerbaijan's partners should not ignore.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["Azerbaijan", "journalists", "Abzas Media"],
        "days_ago": 23,
        "topics": ["press-freedom"],
        "judge_note": "Editorial arguing that the long sentences handed to Abzas Media journalists punish investigative reporting and that Azerbaijan's European and regional partners should say so.",
        "body": [
            (
                "paragraph",
                "A court in Baku has sentenced journalists of Abzas Media, together with a reporter for Radio Free Europe/Radio Liberty, to prison terms of between seven and a half and nine years. The charges, which include smuggling foreign currency, were based largely on the police's account of money found in the outlet's office after the journalists were detained. The defendants have consistently denied the charges and said that they were prosecuted for their reporting. International press freedom organisations, and many of Azerbaijan's partners in Europe, have said the same.",
            ),
            (
                "paragraph",
                "Abzas Media was a small outlet with a large impact. Its reporters investigated the business interests of officials and their families, the award of reconstruction contracts in the lands returned after the Karabakh war, and the conditions of workers in state projects. Their stories were carefully documented and widely read, on social media as much as on their website. They did what investigative journalism is supposed to do, which is to tell citizens things that the powerful would rather they did not know.",
            ),
            (
                "paragraph",
                "The case is not isolated. In the months after the Abzas Media arrests, journalists from several other independent outlets, including Toplum TV and Meydan TV, were detained on similar charges. The pattern suggests a deliberate effort to remove independent reporting from Azerbaijan's media landscape, not a series of unrelated criminal cases. The sentences are designed to be heard by every journalist in the country and by those abroad who might consider working with them.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "We recognise that Azerbaijan's government rejects outside criticism and regards much of it as hypocritical. It points to its role as an energy supplier to Europe and a partner in regional transport, and it resents what it sees as lectures from countries that need its gas. Those are arguments about leverage, not about justice. A country's energy exports do not change the facts of a prosecution, and partners who value Azerbaijan's gas should be confident enough in the relationship to speak plainly about its prisons.",
            ),
            (
                "paragraph",
                "Speaking plainly need not mean grandstanding. Diplomats can attend appeal hearings and say afterwards what they saw. Ministers who visit Baku to discuss pipelines and ports can raise individual cases by name, and say publicly that they have done so. European institutions that finance projects in Azerbaijan can ask how their partners' commitments on media freedom are being met. None of this will produce overnight releases, and some of it will be resented. But silence has been tried for years, and the prisons have only filled further.",
            ),
            (
                "paragraph",
                "Azerbaijan has every reason to want a reputation as a modern, confident state. It hosted a global climate conference and wants to be seen as a bridge between East and West. Jailing reporters for their work undermines that ambition more effectively than any foreign critic could. The most useful step the government could take for its own standing would be to release the journalists and let their outlets work. Its partners in Brussels, Ankara and elsewhere should tell it so, in private and in public.",
            ),
        ],
    },
    {
        "slug": "press-groups-launch-shared-legal-defence-fund",
        "title": "Press groups in four countries launch shared legal defence fund",
        "standfirst": "Journalists' associations from Armenia, Georgia, Kazakhstan and Kyrgyzstan will pool money and lawyers to defend reporters facing prosecution.",
        "section": "politics",
        "type": "news",
        "authors": ["anna-kowalczyk"],
        "tags": [],
        "days_ago": 30,
        "topics": ["press-freedom"],
        "judge_note": "News report on journalists' associations from four countries launching a shared legal defence fund for reporters.",
        "body": [
            (
                "paragraph",
                "Journalists' associations and media lawyers from Armenia, Georgia, Kazakhstan and Kyrgyzstan have launched a shared fund to pay for the legal defence of reporters facing prosecution or civil lawsuits over their work. The fund, announced at a meeting in Yerevan, will cover lawyers' fees, court costs and, in some cases, fines, and will maintain a network of lawyers willing to take media cases at short notice.",
            ),
            (
                "paragraph",
                "Organisers said the fund was a response to a sharp increase in legal pressure on journalists across the region, from criminal cases to defamation suits brought by officials and businesspeople. Many independent outlets, they said, cannot afford to defend themselves, and the threat of legal costs alone can persuade editors to drop stories. A media lawyer from Tbilisi who helped design the fund said it would also collect data on cases so that patterns of pressure could be documented and compared.",
            ),
            (
                "paragraph",
                "The fund will initially be financed by contributions from member associations and from individual donors, with organisers saying they would seek support from foundations but would avoid reliance on any single foreign government. Journalists from Azerbaijan, Uzbekistan and Tajikistan will be eligible for help, although their associations are not formal members. Applications will be assessed by a panel of lawyers and senior editors, who will aim to respond within a week.",
            ),
        ],
    },
    {
        "slug": "exile-is-not-a-business-model",
        "title": "Exile is not a business model",
        "standfirst": "Independent outlets from across the region now work from Berlin, Riga, Prague and Vilnius. They have kept journalism alive. They cannot keep it alive indefinitely on emergency grants and borrowed audiences.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk"],
        "tags": [],
        "days_ago": 75,
        "topics": ["press-freedom"],
        "judge_note": "Argues that exiled media from the South Caucasus and Central Asia need multi-year core funding and reader revenue, and must guard their link to audiences and sources at home.",
        "body": [
            (
                "paragraph",
                "There is a street in Berlin where, on a given afternoon, you might overhear Azerbaijani, Russian, Belarusian and Tajik in the space of a single café. Many of the speakers are journalists. They work for outlets that were forced out of their own countries by arrests, blocked websites and laws that made independent reporting impossible. Some have been abroad for a decade, others for a year or two. All of them are trying to report on places they cannot visit, for audiences they can reach only through screens.",
            ),
            (
                "paragraph",
                "Exiled media have kept alive forms of journalism that would otherwise have disappeared. Outlets such as Meydan TV, founded by Azerbaijanis abroad, have broken stories that domestic media could not touch. Tajik and Turkmen websites run from Europe are among the few sources of independent news about their countries. After 2022, a wave of Russian outlets relocated to Riga, Tbilisi, Yerevan and Amsterdam, bringing with them audiences of millions and a new urgency to the question of how media in exile can survive.",
            ),
            ("heading", "The costs of distance"),
            (
                "paragraph",
                "The difficulties are real. Reporting from abroad depends on sources at home, who take great risks in speaking to exiled journalists and sometimes pay for it. Verification is harder from a distance, and mistakes are costlier, because governments seize on every error to discredit the entire outlet. Exiled journalists lose the texture of daily life in their countries, the prices in the market and the jokes on the bus, and their reporting can drift towards the politics of the diaspora rather than the concerns of those who stayed behind.",
            ),
            (
                "paragraph",
                "Money is the other problem. Most exiled outlets depend on grants from foundations and Western governments, which are usually short-term, tied to projects and subject to changing priorities. The abrupt funding crisis at Radio Free Europe/Radio Liberty, whose regional services are a lifeline for audiences across the South Caucasus and Central Asia, showed how quickly support can disappear. Outlets that had built their plans around a particular donor found themselves cutting staff within weeks.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "There is a cultural cost too, which is easy to miss. The outlets that survive in exile tend to concentrate on politics, corruption and human rights, because those are the subjects donors fund and audiences seek out in a crisis. Coverage of books, music, film, science and local life, the journalism that makes a country legible to itself, is the first to go. A generation of readers may grow up knowing their country only through the lens of its government's failures.",
            ),
            (
                "paragraph",
                "What would help? Donors could offer multi-year core funding rather than project grants, allowing outlets to plan, train staff and invest in the unglamorous work of building audiences. Outlets could develop reader revenue, through memberships and donations, which is harder in exile but not impossible; several Russian outlets have shown that diaspora audiences will pay for journalism they trust. Host countries could make it easier for exiled journalists to obtain residence, open bank accounts and work legally, which is often harder than it should be.",
            ),
            (
                "paragraph",
                "Above all, exiled media need to guard their connection to home. That means protecting sources with care, listening to audiences inside the country, covering everyday life and not only politics, and resisting the temptation to write for donors or for fellow exiles. Exile is a circumstance, not a strategy. The outlets that endure will be those that remember whom they are writing for, and that plan for the day when they can go back.",
            ),
        ],
    },
    {
        "slug": "tbilisi-was-a-haven-for-russian-reporters-is-it-still",
        "title": "Tbilisi was a haven for Russia's exiled reporters. Is it still?",
        "standfirst": "After 2022 Georgia welcomed journalists fleeing Russia. As its own government adopts laws its critics call Russian in spirit, and refuses to impose sanctions of its own on Moscow, the welcome is wearing thin.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["leyla-hasanova"],
        "tags": ["Georgia", "Russia", "exiled media"],
        "days_ago": 149,
        "topics": ["press-freedom", "russia"],
        "judge_note": "Argues that Georgia's value as a refuge for exiled Russian journalists is eroding as Tbilisi accommodates Moscow politically while adopting Russian-style media laws.",
        "body": [
            (
                "paragraph",
                "In the spring of 2022, Tbilisi's cafés filled with new arrivals from Russia. Tens of thousands of Russians crossed the border in the months after the invasion of Ukraine, and among them were hundreds of journalists from outlets that had been blocked, labelled foreign agents or shut down. Georgia's liberal entry rules allowed Russians to stay for a year without a visa, and the city's low costs, good internet and long tradition of hospitality made it an obvious place to regroup. Some newsrooms set up studios there. Others used Tbilisi as a base before moving on to Riga or Berlin.",
            ),
            (
                "paragraph",
                "The welcome was never unconditional. Many Georgians, who remember the war of 2008 and live with Russian troops stationed in Abkhazia and South Ossetia, were uneasy about the scale of the influx, and anti-Russian graffiti appeared on the walls of the old town. The Georgian authorities, meanwhile, refused entry at the border to several Russian journalists and activists known for their opposition to the Kremlin, without clear explanation. Each case was small. Together they suggested that the Georgian state was less comfortable hosting Moscow's critics than its open-door rules implied.",
            ),
            ("heading", "Moscow's long shadow"),
            (
                "paragraph",
                "The deeper issue is Georgia's relationship with Russia itself. Georgian Dream has pursued a policy it describes as pragmatic: avoiding provocation of a powerful neighbour that occupies a fifth of its territory, while declining to impose sanctions of its own on Russia. Direct flights between the two countries resumed in 2023, trade has grown, and Russian tourism and capital have become important to the Georgian economy. Moscow has rewarded Tbilisi with gestures such as easing visa rules for Georgians. The Kremlin's influence in Georgia works less through soldiers than through markets, money and the constant reminder of what happened in 2008 to a Georgian government that defied it.",
            ),
            (
                "paragraph",
                "Against this background, the Georgian government's adoption of a foreign influence law was read by many as a sign of convergence with Russian methods. Protesters called it the 'Russian law', because it resembled the legislation Moscow has used since 2012 to stigmatise independent media and civil society. Its defenders denied any Russian inspiration. But for Russian journalists in Tbilisi, who had fled precisely such laws, the irony was hard to miss. Some began to plan their next move before the law was even passed.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "Armenia has become an alternative refuge, with its own complications. Yerevan hosts a large community of Russians and several Russian media projects, and its government has moved away from Moscow politically. But Armenia remains a member of the Eurasian Economic Union, its security services have long-standing links with their Russian counterparts, and Russian citizens wanted by Moscow have at times been detained there. Neither Caucasian capital can offer the certainty of a European Union member state.",
            ),
            (
                "paragraph",
                "The experience of Russian journalists in the Caucasus holds a lesson for the region's own media. A haven is only as safe as the politics of the country that provides it. Georgia's openness to exiled reporters in 2022 reflected a broader openness in Georgian society and institutions. As that openness has narrowed for Georgian journalists themselves, it has narrowed for their foreign colleagues too. The question of whether Tbilisi remains a haven is, in the end, a question about what kind of country Georgia is becoming.",
            ),
        ],
    },
    {
        "slug": "kyrgyzstans-media-laws-and-the-end-of-an-island",
        "title": "Kyrgyzstan's media laws and the end of an island",
        "standfirst": "Kyrgyzstan was once called Central Asia's island of democracy, with its most vigorous press. A run of new laws and prosecutions has brought it much closer to its neighbours.",
        "section": "politics",
        "type": "analysis",
        "authors": ["rustam-karimov"],
        "tags": [],
        "days_ago": 83,
        "topics": ["press-freedom"],
        "judge_note": "Argues that Kyrgyzstan's laws on false information, foreign representatives and media registration, together with prosecutions of investigative reporters, have ended its status as Central Asia's freest media space.",
        "body": [
            (
                "paragraph",
                "In the 1990s, Western diplomats liked to call Kyrgyzstan an island of democracy in Central Asia. The label was always generous. Kyrgyz politics was turbulent, corrupt and prone to upheaval, and three presidents were driven from office by street protests. But the country did have something its neighbours lacked: a lively, combative press, a host of independent websites and a culture in which journalists could investigate the powerful and survive. Kyrgyz outlets broke stories about smuggling networks and customs corruption that made international headlines.",
            ),
            (
                "paragraph",
                "That culture is now under sustained pressure. Since Sadyr Japarov came to power after the unrest of 2020, the government has adopted a series of laws that, taken together, give it wide discretion over what can be published. A 2021 law on false information allows the authorities to block websites without a court order. A law signed in 2024 requires non-governmental organisations that receive foreign funding and engage in broadly defined political activity to register as foreign representatives, a category modelled closely on Russia's foreign agents. A new media law requires online outlets to register with the state, bringing websites and, potentially, bloggers within the reach of regulators.",
            ),
            ("heading", "From laws to arrests"),
            (
                "paragraph",
                "The laws have been accompanied by prosecutions. In early 2024, police detained a group of current and former journalists associated with Temirov Live, an investigative channel whose founder lives in exile, on charges of calling for mass unrest. Several were later given suspended sentences, and at least one was sentenced to prison. A court ordered the liquidation of the organisation that founded Kloop, one of the country's best-known investigative outlets. The Kyrgyz service of Radio Free Europe/Radio Liberty was blocked for a time over its coverage of the border conflict with Tajikistan.",
            ),
            (
                "paragraph",
                "The government's argument is that these measures protect stability and national security against foreign interference and reckless journalism. Officials point to the country's history of upheaval and argue that irresponsible reporting helped fuel past unrest. They also note that Kyrgyzstan still has more independent media than most of its neighbours, which is true. But the direction of travel is unmistakable, and the effect on journalists is already visible: more self-censorship, more reporters working anonymously or from abroad, and fewer investigations into the people who hold power.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "There is a regional dimension. Kyrgyzstan's laws draw on a common toolkit that has spread across the former Soviet space, from Russia's foreign agent legislation to Georgia's foreign influence laws and Kazakhstan's register of foreign funding recipients. Each government presents its version as a response to local threats. Together they amount to a shared model in which foreign funding is treated as suspect, online media are brought under registration and the boundaries of acceptable speech are set by officials rather than courts.",
            ),
            (
                "paragraph",
                "Kyrgyzstan's media community has not given up. New outlets continue to appear, reporters find ways to publish, and audiences remain hungry for independent news. The country's civil society, though weakened, is still more vigorous than that of its neighbours. But the island has been reclaimed by the surrounding sea. Restoring it would require the repeal of the laws that made journalism risky and a political leadership willing to tolerate scrutiny, neither of which is in prospect.",
            ),
        ],
    },
    {
        "slug": "who-pays-for-the-news-foreign-funding-rules-across-the-region",
        "title": "Who pays for the news? Foreign funding rules across the region",
        "standfirst": "Governments from the Caucasus to Central Asia are restricting foreign money for media. The problem is not transparency, which journalists should welcome, but stigma, discretion and the silence about state money.",
        "section": "analysis",
        "type": "analysis",
        "authors": ["sarah-whitfield"],
        "tags": ["media funding", "foreign funding", "advertising"],
        "days_ago": 125,
        "topics": ["press-freedom"],
        "judge_note": "Argues that independent media in the region depend on foreign grants because domestic advertising is small and state-dominated, and that disclosure rules should apply equally to state money instead of stigmatising foreign funding.",
        "body": [
            (
                "paragraph",
                "Every news organisation has to answer a simple question: who pays? In large, wealthy markets, the answer is usually some mixture of advertisers, subscribers and owners. In the South Caucasus and Central Asia, where advertising markets are small and dominated by a few large companies, many of them state-owned, the answer for independent outlets has long been foreign donors. European and American foundations and government agencies have funded a large share of the region's investigative journalism, media training and independent broadcasting for three decades.",
            ),
            (
                "paragraph",
                "This dependence was never healthy, and donors and journalists alike knew it. Grants were short-term, tied to projects and subject to the shifting priorities of distant offices. Outlets spent months writing proposals and reports. The dependence also gave governments a ready-made argument: outlets funded from abroad, they said, serve foreign interests. That argument is now the basis of legislation across the region.",
            ),
            ("heading", "A spreading template"),
            (
                "paragraph",
                "The template is Russian. Moscow's foreign agent law of 2012, expanded many times since, requires organisations and individuals receiving foreign funding and engaging in vaguely defined political activity to register and to label their publications with a prominent disclaimer. The label carries a heavy stigma, evoking Soviet-era language about enemies of the people. Compliance is burdensome, and failure to comply is punished by fines and criminal charges.",
            ),
            (
                "paragraph",
                "Versions of this model have since appeared across the region. Kyrgyzstan adopted a law on foreign representatives in 2024. Georgia's parliament passed a foreign influence law the same year and a tougher successor in 2025. Kazakhstan has published a register of individuals and organisations receiving foreign funding, and Azerbaijan adopted a media law in 2022 that created a state register of journalists and placed tight limits on foreign funding and ownership. Uzbekistan and Tajikistan require government approval for many foreign grants. Each government has its own justification, but the common thread is that foreign money is presented as inherently suspect.",
            ),
            (
                "paragraph",
                "Armenia is the exception, for now. It has no foreign agent law, and its independent media continue to receive foreign grants openly. Its media problems lie elsewhere: many broadcasters and websites are owned by politicians or businessmen with political interests, and coverage is sharply polarised. The Armenian case shows that the absence of restrictive laws does not by itself produce a healthy media market. It does, however, leave room for independent outlets to survive.",
            ),
            ("newsletter", None),
            ("heading", "The money nobody discloses"),
            (
                "paragraph",
                "What the new laws almost never address is the largest source of media funding in the region: the state. Governments fund public broadcasters, which in most countries are closely aligned with the ruling party. They fund private outlets through advertising by state companies, through so-called state information orders that pay media to cover government programmes, and through subsidies and tax breaks. In Kazakhstan, spending on state information orders runs to large sums every year. In Azerbaijan, the state's media development agency distributes grants to outlets. These flows are rarely disclosed in detail, and their recipients are not labelled as agents of anyone.",
            ),
            (
                "paragraph",
                "The asymmetry is telling. If the purpose of foreign funding laws were transparency, they would require disclosure of all funding sources, domestic and foreign, state and private. A reader deserves to know whether the outlet she is reading is funded by a European foundation, a state oil company or a ministry. Very few of the region's laws require this. They target one source of funding, the one that supports critical journalism, and leave the others in the shadows.",
            ),
            (
                "paragraph",
                "The retreat of some foreign donors has made matters worse. The funding crisis at Radio Free Europe/Radio Liberty, whose services in Armenian, Azerbaijani, Georgian, Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek have long been among the most widely used independent sources in their countries, showed how exposed the region's information space is to decisions taken in distant capitals. Smaller outlets that relied on American funds have had to cut staff or close. European donors have stepped in here and there, but not on the same scale.",
            ),
            (
                "paragraph",
                "State advertising deserves particular attention, because in several countries it is the single largest source of revenue for private media. Where it is distributed at the discretion of officials, it rewards loyalty and punishes scrutiny as effectively as any law. A simple reform would require state companies and ministries to place advertising according to published criteria, such as independently audited audience figures, and to publish what they spend with each outlet. That would not make state-aligned media independent overnight. It would, however, make it harder to starve critical outlets of income while filling the accounts of friendly ones.",
            ),
            ("heading", "A better rule"),
            (
                "paragraph",
                "There is a reasonable alternative. Journalists should welcome transparency about who pays for their work; most reputable outlets already publish their funders. A fair disclosure rule would require every media outlet, state-owned or private, to publish its main sources of funding each year, including state advertising and information contracts. It would not attach a stigmatising label to any category of funder. It would be enforced by an independent regulator rather than a ministry, with appeals to courts. And it would apply equally to outlets that support the government and those that criticise it.",
            ),
            (
                "paragraph",
                "Such a rule would serve readers far better than the current laws. It would also help independent outlets make the case for their own funding, because they could point to the much larger and less transparent flows that support their state-aligned competitors. In the longer run, the goal should be media that depend less on any single funder, foreign or domestic, and more on their own readers. That will take time in markets where incomes are modest and free content is everywhere. But every outlet that builds a paying audience, however small, is one less outlet whose survival depends on a grant or on a government's goodwill.",
            ),
        ],
    },
]
