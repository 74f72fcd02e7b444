"""Demo articles, part 3 (original text written for this project)."""

ARTICLES = [
    # ------------------------------------------------------------------ transport
    {
        "slug": "caspian-ferry-queue-berths-are-not-the-bottleneck",
        "title": "The Caspian ferry queue: new berths are not the bottleneck",
        "standfirst": "Trucks wait for days at Caspian ports, but the missing piece is a published, reliable sailing schedule rather than more concrete on the quayside.",
        "section": "transport",
        "type": "op-ed",
        "authors": ["farid-mammadli"],
        "tags": ["ports", "middle corridor", "caspian"],
        "days_ago": 3,
        "body": [
            (
                "paragraph",
                "Anyone who has waited at the port of Alat for a ferry to Aktau or Turkmenbashi knows the rhythm. Trucks arrive, drivers settle into their cabs, and the day stretches into two or three while the vessel that was promised on Tuesday becomes a rumour about Thursday. It is tempting to read those queues as proof that the Caspian needs more concrete: more berths, longer quays, bigger terminals. That reading is understandable, but on most days it is wrong.",
            ),
            (
                "paragraph",
                "The berths at the main Caspian ports are not full most of the time. What is missing is predictability. Ferries on the crossing still tend to sail when they are loaded rather than when they are scheduled, which makes sense for an operator counting its fuel bill and no sense at all for a logistics manager in Xi'an or Duisburg trying to promise a delivery date. A corridor that cannot publish a reliable departure board is not yet a corridor.",
            ),
            (
                "paragraph",
                "The fix is less glamorous than a ribbon-cutting. Operators on both shores would need to agree on fixed weekly sailings, accept that some will leave half empty in the early months, and share the risk of those empty slots with the ports and the railways that feed them. Freight forwarders say privately that they would pay a modest premium for certainty. Remarkably few of them have ever been asked, and fewer still have been offered the choice.",
            ),
            ("heading", "Why loading-based sailing persists"),
            (
                "paragraph",
                "The habit of sailing only when full is not stubbornness. The Caspian fleet is small, ageing in parts, and subject to weather that can close harbours for days in winter. Operators who commit to a timetable take on the cost of every storm and every late train. Without a mechanism to spread that cost, it is rational for them to wait. Blaming them misses the point; redesigning their incentives does not.",
            ),
            ("newsletter", None),
            (
                "paragraph",
                "A practical model already exists on other short-sea routes. Ports offer reduced fees for vessels that keep to published slots, railways guarantee connecting train paths, and a small public fund covers part of the loss on under-used sailings for a defined start-up period. The subsidy is temporary by design. Once shippers trust the schedule, volumes tend to follow, and the half-empty ferry gradually becomes a full one.",
            ),
            (
                "pull_quote",
                {
                    "text": "A corridor that cannot publish a reliable departure board is not yet a corridor.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            (
                "paragraph",
                "None of this means new port capacity is useless. Growth forecasts for trans-Caspian trade are ambitious, and some expansion will be needed within the decade. But the order of operations matters. Build the timetable first, prove that the crossing can run like a bus route, and then let the queue of actual cargo tell planners where the concrete should go. Otherwise we risk pouring quays for ships that still do not know when they will sail.",
            ),
        ],
    },
    {
        "slug": "baku-bus-lanes-need-cameras-as-much-as-paint",
        "title": "Baku's bus lanes need cameras as much as paint",
        "standfirst": "The city has painted kilometres of red lanes for its buses. Without enforcement, signal priority and published journey times, they risk becoming just slightly wider roads.",
        "section": "transport",
        "type": "analysis",
        "authors": ["farid-mammadli"],
        "tags": ["buses", "baku", "cities"],
        "days_ago": 22,
        "body": [
            (
                "paragraph",
                "Over the past few years Baku has painted a growing network of dedicated bus lanes along its busiest avenues. On a quiet Sunday morning they look like a promise fulfilled: wide, red, clearly marked and empty except for the occasional articulated bus gliding past. On a weekday at half past eight the picture is different. Taxis idle in them, delivery vans stop in them, and private cars use them as an unofficial fast lane whenever the traffic beside them stalls.",
            ),
            (
                "paragraph",
                "The result is that the buses, which the lanes were meant to free, spend much of the peak crawling alongside everyone else. Passengers notice. A journey that should take twenty minutes along a protected corridor can still take forty, and the advantage that was supposed to persuade commuters out of their cars never quite materialises. Paint, it turns out, is a suggestion. Without enforcement, a bus lane is just a slightly wider road.",
            ),
            (
                "image",
                {
                    "caption": "An abstract rendering of a red-surfaced bus lane curving through a city avenue at dusk",
                    "alt": "Stylised red bus lane on a city street",
                },
            ),
            (
                "paragraph",
                "Cities that have made bus priority work tend to share three habits. They enforce lanes with fixed and bus-mounted cameras, so that the penalty for misuse is near certain rather than occasional. They give traffic signals the ability to hold a green light for an approaching bus. And they publish the data, so that residents can see journey times improving and understand why the rules matter. Baku has pieces of each, but not yet the full set.",
            ),
            ("heading", "What enforcement looks like"),
            (
                "paragraph",
                "Camera enforcement is sometimes dismissed as a revenue scheme, and that suspicion deserves a serious answer. The simplest one is transparency. If fines from bus lane violations were ring-fenced for improving stops, shelters and pavements, and if the city published monthly figures on both fines and bus speeds, the argument would become easier to make. Drivers are more willing to accept rules when they can see where the money goes.",
            ),
            (
                "paragraph",
                "Signal priority is less visible but arguably more important. Buses on the main avenues lose a large share of their journey time waiting at junctions. Modern traffic controllers can detect an approaching vehicle and extend a green phase by a few seconds, which across a dozen junctions adds up to minutes. The technology is not exotic, and several of the city's newer intersections are already capable of it. What is needed is the decision to switch it on and maintain it.",
            ),
            (
                "paragraph",
                "There is also a design question. Some lanes end abruptly before the most congested junctions, precisely where buses need them most, because the road narrows or a turning lane takes priority. Planners should walk those points at rush hour and ask a simple question: if the lane disappears here, what was it for? Closing a few of those gaps would do more for reliability than adding new kilometres of paint elsewhere in the city.",
            ),
            (
                "paragraph",
                "Baku's transport authorities deserve credit for starting. Bus lanes are politically awkward in any city, because they visibly take space from drivers and invite complaint from the loudest road users. Having made that choice, the city should not let it wither through neglect. The next step is unglamorous: enforce, prioritise, measure and publish. If the buses become reliably faster, the lanes will defend themselves.",
            ),
        ],
    },
    {
        "slug": "middle-corridor-paperwork-slows-freight-more-than-gauge",
        "title": "Paperwork, not track gauge, is what slows the Middle Corridor",
        "standfirst": "Containers crossing from China to Europe via the Caspian lose more days at customs desks than in rail yards. A shared digital transit document would do more than another new terminal.",
        "section": "transport",
        "type": "analysis",
        "authors": ["sarah-whitfield", "farid-mammadli"],
        "tags": ["middle corridor", "rail freight", "customs"],
        "days_ago": 41,
        "body": [
            (
                "paragraph",
                "Debates about the Middle Corridor, the route that carries freight from China across Central Asia, the Caspian and the South Caucasus towards Turkey and Europe, tend to focus on hardware. Track gauges change twice along the way, port cranes are counted and compared, and new rolling stock is announced with some ceremony. Yet when forwarders are asked where a container actually loses its days, the answer is frequently a desk rather than a rail yard.",
            ),
            (
                "paragraph",
                "A typical shipment along the route crosses several customs jurisdictions, each with its own declaration format, inspection practices and opening hours. Documents prepared for one border are re-keyed for the next. Discrepancies as small as a misspelled consignee can hold a wagon in a siding while emails travel back and forth across four time zones. Each stop may only cost hours, but the hours accumulate, and they accumulate unpredictably, which is worse than a steady delay.",
            ),
            (
                "fact_box",
                {
                    "title": "Where the days go (illustrative estimate)",
                    "items": [
                        "Rail running time: roughly a third of total transit",
                        "Waiting at ports and for ferries: often the largest single share",
                        "Border and document checks: frequently one to three days in total",
                        "Transshipment at gauge changes: usually hours, not days",
                    ],
                },
            ),
            (
                "paragraph",
                "Harmonising paperwork is not a new idea. Electronic transit documents that travel with the cargo and are recognised by every country on the route have been discussed at regional meetings for years. Pilot projects have shown that a single digital declaration, verified once and trusted thereafter, can cut border dwell time sharply. The obstacle has rarely been technology. It has been the reluctance of each agency to accept another's checks as sufficient.",
            ),
            ("heading", "Trust as infrastructure"),
            (
                "paragraph",
                "That reluctance is understandable. Customs services are judged on what they catch, not on how quickly goods pass. An officer who waves through a container on the strength of a neighbour's inspection takes a personal risk for a collective benefit. Changing that calculation requires formal agreements on mutual recognition, shared risk profiles, and joint audits that give each side confidence in the other's work. These are slow, technical negotiations, but they pay back faster than most construction.",
            ),
            (
                "pull_quote",
                {
                    "text": "The obstacle has rarely been technology. It has been the reluctance of each agency to accept another's checks as sufficient.",
                    "attribution": "Sarah Whitfield and Farid Mammadli",
                },
            ),
            (
                "paragraph",
                "There is a commercial argument too. Shippers choosing between the northern overland route, the sea route around Asia and the Middle Corridor care above all about reliability. A route that is sometimes fast and sometimes painfully slow loses to one that is consistently moderate. Reducing variance at the borders would make the corridor easier to sell than any headline figure about average transit times, because it would let customers plan inventory with confidence.",
            ),
            (
                "paragraph",
                "Governments along the route have signed plenty of memoranda on corridor cooperation. The next useful step would be narrower and more concrete: a common electronic transit document, a shared data standard for rail consignment notes, and an agreement that a seal applied and verified at the first border is honoured at the last. None of that will produce a photograph of a new bridge. It might, however, produce a corridor that freight companies trust.",
            ),
        ],
    },
    {
        "slug": "tbilisi-gondolas-could-carry-commuters",
        "title": "Tbilisi's gondolas could carry commuters, not only tourists",
        "standfirst": "Aerial cable lines suit a city of steep hillsides and narrow valleys. Tbilisi should study one built for daily journeys rather than for the view.",
        "section": "transport",
        "type": "op-ed",
        "authors": ["farid-mammadli"],
        "tags": ["tbilisi", "cities", "public transport"],
        "days_ago": 66,
        "body": [
            (
                "paragraph",
                "Visitors to Tbilisi often remember the cable car that swings across the Mtkvari from the riverside park up to the old fortress. It is a short, cheerful ride with a spectacular view, and it has become one of the city's signature images. Less often asked is whether aerial lifts could do more ordinary work in a city whose neighbourhoods climb steep hillsides and whose roads are squeezed into narrow valleys.",
            ),
            (
                "paragraph",
                "The geography makes a strong case. Many of Tbilisi's residential districts sit on slopes above the river, connected to the centre by winding roads that buses struggle to climb in traffic. A gondola line needs only a series of towers and a few stations, occupies little ground, and ignores congestion entirely. Cities in the Andes have shown that well-planned aerial cable systems can link hillside neighbourhoods to metro lines at a fraction of the cost of tunnels.",
            ),
            (
                "paragraph",
                "The tourist lines are not designed for that role. Their fares are set for visitors, their stations are placed at viewpoints rather than interchanges, and their operating hours follow leisure rather than commuting patterns. Converting the concept into transit would mean starting from a different question: not where the best view is, but where thousands of people walk downhill every morning to reach a bus stop or a metro station.",
            ),
            (
                "pull_quote",
                {
                    "text": "The question is not where the best view is, but where thousands of people walk downhill every morning.",
                    "attribution": "Farid Mammadli, transport and cities editor",
                },
            ),
            (
                "paragraph",
                "There are honest objections. Cable cars have limited capacity compared with a metro, they can be halted by high winds, and residents below the line sometimes object to cabins passing over their gardens. Maintenance requires specialist skills and spare parts that are not produced locally. Any proposal should be tested against those constraints with real passenger counts, not just enthusiasm generated by successful examples thousands of kilometres away.",
            ),
            (
                "paragraph",
                "Still, the comparison that matters is not with an ideal metro that will never be built on those slopes. It is with the current reality of minibuses labouring uphill and residents who drive short distances because the alternative is unreliable. Against that baseline, a line carrying a few thousand passengers an hour in each direction, integrated with the city's fare card, could make a visible difference to daily life.",
            ),
            (
                "paragraph",
                "A sensible first step would be a feasibility study for one corridor, chosen for the steepness of its terrain and the density of its housing, with a commitment to publish the findings whatever they show. If the numbers work, Tbilisi could have a transit line that doubles as a postcard. If they do not, the city will at least have a clearer picture of how its hillside residents move, which is worth knowing in any case.",
            ),
        ],
    },
    {
        "slug": "ganja-bicycle-pilot-tests-a-flat-city",
        "title": "A bicycle pilot in Ganja tests whether a flat city will pedal",
        "standfirst": "A volunteer-run scheme with a hundred bicycles is gathering the first real evidence about cycling demand in Azerbaijan's second city.",
        "section": "transport",
        "type": "news",
        "authors": ["farid-mammadli"],
        "tags": ["cycling", "ganja", "cities"],
        "days_ago": 11,
        "body": [
            (
                "paragraph",
                "Ganja, Azerbaijan's second city, has a feature that cycling advocates elsewhere in the region can only envy: it is largely flat. Broad avenues laid out in the Soviet period run between residential blocks and the old centre, and distances across the city are short enough for a comfortable ride. A new pilot programme run by a local civic group, the Ganja Urban Mobility Circle, is now testing whether that potential can be turned into a habit.",
            ),
            (
                "paragraph",
                "The scheme is modest. Around a hundred bicycles have been placed at a handful of docking points near the central park, the university and two large residential districts, and volunteers have mapped a set of recommended routes along quieter streets. Riders register with a phone number and pay a small daily fee. Organisers say the aim is less to move large numbers of people than to gather evidence about who rides, when and where.",
            ),
            (
                "paragraph",
                "Early observations are instructive. Use peaks in the early evening rather than the morning, suggesting that residents see the bicycles as leisure first and transport second. Students account for a large share of trips. Volunteers report that many riders avoid the main avenues entirely, preferring longer routes through side streets where traffic is slower. Several people told them they would ride to work if there were somewhere secure to leave a bicycle.",
            ),
            (
                "image",
                {
                    "caption": "An abstract illustration of a row of docked bicycles beneath plane trees on a wide avenue",
                    "alt": "Stylised docked bicycles under trees",
                },
            ),
            ("newsletter", None),
            ("heading", "Heat, shade and safety"),
            (
                "paragraph",
                "The climate is the obvious challenge. Summer afternoons in Ganja are hot, and a ride that is pleasant in April becomes an ordeal in July. Organisers argue that this strengthens rather than weakens the case for planting and preserving street trees along future cycle routes, since shade benefits pedestrians just as much. They also point out that the early morning hours, even in midsummer, remain comfortable enough for a short commute.",
            ),
            (
                "paragraph",
                "Safety is the other recurring theme. Few streets have any separation between cyclists and traffic, and drivers are not used to sharing the road. The pilot has no budget for infrastructure, but its organisers have begun a conversation with the municipality about low-cost measures: painted lanes on a few wide avenues, lower speed limits near schools, and bollards at intersections where cars habitually cut corners.",
            ),
            (
                "paragraph",
                "Whether the pilot grows into something permanent will depend on those conversations and on the data gathered over the coming months. Its organisers are careful not to overclaim. A hundred bicycles will not transform a city of several hundred thousand people. But they may provide the first reliable picture of latent demand, and that picture could shape decisions about streets that will be rebuilt anyway in the years ahead.",
            ),
        ],
    },
    {
        "slug": "kars-line-freight-growing-slowly-and-unevenly",
        "title": "Freight on the Kars railway is growing, but slowly and unevenly",
        "standfirst": "The rail link from Baku through Georgia to eastern Turkey carries more cargo each year, yet volumes remain well below design capacity and depend on decisions made far from its tracks.",
        "section": "transport",
        "type": "news",
        "authors": ["sarah-whitfield"],
        "tags": ["rail freight", "middle corridor"],
        "days_ago": 96,
        "body": [
            (
                "paragraph",
                "The railway linking Baku with Tbilisi and the Turkish city of Kars was conceived as the missing land link in a route between the Caspian and Europe. Several years after its opening, freight volumes on the line are rising, according to figures compiled by logistics analysts and operators along the route. The growth is real, but it remains well below the capacity that planners envisaged, and it is concentrated in a few types of cargo.",
            ),
            (
                "paragraph",
                "Much of the traffic consists of bulk goods and containers moving westwards, with a smaller flow in the opposite direction. Operators describe a pattern familiar from other new routes: a handful of anchor customers who use the line regularly, and a larger group who try it once or twice before returning to established alternatives. Converting trial shipments into regular business is, they say, the main commercial task of the next few years.",
            ),
            (
                "fact_box",
                {
                    "title": "The line at a glance",
                    "items": [
                        "Connects the Caspian coast with eastern Turkey via Georgia",
                        "Includes a change between broad-gauge and standard-gauge networks",
                        "Designed for both freight and passenger services",
                        "Volumes are growing but remain below design capacity",
                    ],
                },
            ),
            (
                "paragraph",
                "Several constraints recur in conversations with forwarders. Sections of the route through the mountains of southern Georgia have steep gradients that limit train length. The transfer between gauges adds handling time and cost. And connections onward from Kars into the wider Turkish network are not always timed to meet arriving trains, so that containers wait in yards for a path that may not come for a day or more.",
            ),
            (
                "paragraph",
                "Operators also point to the importance of the Caspian crossing upstream. A train from Baku can only leave full if ferries from the eastern shore deliver cargo regularly, and irregular ferry sailings ripple through to the railway. In that sense, the line's performance is tied to improvements far from its own tracks, on the sea itself and at the ports of Kazakhstan and Turkmenistan on the far shore.",
            ),
            ("heading", "What would change the picture"),
            (
                "paragraph",
                "Analysts who follow the route suggest that the most effective measures would be coordinated rather than dramatic. A jointly published timetable for block trains, agreed through-tariffs that give shippers a single price from the Caspian to the Turkish network, and a commitment to reserve train paths for corridor traffic would, they argue, do more than additional investment in track. Some of these measures are under discussion between the railway administrations concerned.",
            ),
            (
                "paragraph",
                "For now, the line occupies an ambiguous position. It is neither the transformative artery some predicted nor the underused white elephant its critics feared. It is a piece of infrastructure whose value depends heavily on decisions made elsewhere, by ferry operators, customs services and railway timetablers. Whether the next few years bring steady growth will depend less on the line itself than on the system around it.",
            ),
        ],
    },
    {
        "slug": "baku-deserves-a-weekend-night-metro",
        "title": "Editorial: Baku deserves a night metro at weekends",
        "standfirst": "Nurses, cleaners, bakers and students finish work after the last train. A six-month trial of all-night running on Fridays and Saturdays would cost little and teach a great deal.",
        "section": "transport",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["metro", "baku", "public transport"],
        "days_ago": 0,
        "body": [
            (
                "paragraph",
                "Baku's metro is one of the city's quiet achievements. Its stations, some of them genuinely beautiful, move hundreds of thousands of people a day at a fare that remains affordable for most residents. Yet for several hours each night the system is closed, and the city that relies on it switches to taxis, private cars and the occasional night bus. We believe the time has come to test a simple change: running the metro through the night on Fridays and Saturdays.",
            ),
            (
                "paragraph",
                "The case rests first on the people who need it most. Baku's night economy is not only bars and restaurants. It includes hospital staff finishing late shifts, cleaners and security guards, bakery workers, airport employees and students. For many of them, the last train leaves before their working day ends, and the alternative is a taxi fare that takes a meaningful bite out of a modest wage. A weekend night service would offer them a safe, predictable journey home.",
            ),
            (
                "paragraph",
                "There are costs, and they should be stated plainly. Night running reduces the window available for maintenance, requires staffing at stations and on trains, and calls for a visible security presence. Cities that have introduced weekend night services typically manage maintenance by concentrating engineering work on weekday nights and by closing individual lines on a rotating basis when major works are needed. None of this is free, but none of it is impossible.",
            ),
            (
                "pull_quote",
                {
                    "text": "A city that asks its workers to keep it running through the night should be able to get them home.",
                    "attribution": "The Editorial Board",
                },
            ),
            ("newsletter", None),
            (
                "paragraph",
                "A trial need not cover the whole network. Running the two busiest lines at reduced frequency, perhaps one train every fifteen or twenty minutes, would test demand without stretching the system. Passenger counts, incident reports and feedback from staff would give the metro's management the evidence it needs to decide whether to continue, expand or stop. A six-month pilot with published results would be a sensible and reversible experiment.",
            ),
            (
                "paragraph",
                "There is also a road safety argument. Late-night driving carries higher risks, and a share of those risks comes from people who would rather not drive at all but see no alternative. Offering a reliable public option in the small hours is one of the few interventions that can reduce night-time traffic without coercion. It complements, rather than replaces, firm enforcement against drink-driving, speeding and other dangerous behaviour on empty roads.",
            ),
            (
                "paragraph",
                "Baku has invested heavily in its metro over decades, extending lines and modernising rolling stock. The system is an asset that sits idle for a significant share of every weekend. Putting it to work when a growing number of residents need it would be a low-cost way to make the city fairer and safer. We urge the metro authorities to announce a trial and to publish its results openly, whatever they turn out to be.",
            ),
        ],
    },
    # ------------------------------------------------------------------ culture
    {
        "slug": "mugham-at-the-kitchen-table",
        "title": "Mugham at the kitchen table: how a classical art survives between concerts",
        "standfirst": "The concert hall is only part of the story. Much of mugham's life happens at family gatherings, in music schools and in clips shared on phones.",
        "section": "culture",
        "type": "analysis",
        "authors": ["anna-kowalczyk"],
        "tags": ["mugham", "music", "heritage"],
        "days_ago": 15,
        "body": [
            (
                "paragraph",
                "Mugham is usually presented to outsiders in its most formal setting: a singer holding a frame drum, flanked by players of the tar and the kamancha, performing in a concert hall before an attentive audience. That image is accurate as far as it goes. But spend time with families in Baku, Sheki or the villages of Shirvan and it becomes clear that much of the life of this classical art happens elsewhere, far from stages and recording studios.",
            ),
            (
                "paragraph",
                "It happens at weddings, certainly, but also at kitchen tables late in the evening, when an uncle who once studied with a respected teacher is persuaded to sing a few phrases, and the younger generation listen with a mixture of embarrassment and fascination. It happens in music schools where children practise modal patterns for years before they are trusted with improvisation. It happens on phones, in short clips shared among friends who argue about which singer handled a passage best.",
            ),
            (
                "paragraph",
                "This informal circulation matters because mugham is not a fixed repertoire in the way a symphony is. Each performance is a structured improvisation within a mode, guided by conventions about how the melody should ascend, where it should rest and how it should return. Those conventions are learned as much by listening as by formal instruction. A child who has heard a grandmother hum a phrase a hundred times has absorbed something a textbook cannot easily convey.",
            ),
            (
                "image",
                {
                    "caption": "An abstract composition of a tar's long neck and a frame drum in warm lamp light",
                    "alt": "Stylised tar and frame drum",
                },
            ),
            ("heading", "Teachers, pupils and recordings"),
            (
                "paragraph",
                "The traditional path to mastery ran through a long apprenticeship with a single teacher, and that relationship remains central. But teachers today describe students who arrive having already listened to dozens of recorded masters, from historic archival recordings to contemporary performers. Some welcome this breadth. Others worry that students imitate surface flourishes without understanding the underlying logic of the mode, producing performances that are technically dazzling but structurally thin.",
            ),
            (
                "pull_quote",
                {
                    "text": "A child who has heard a grandmother hum a phrase a hundred times has absorbed something a textbook cannot easily convey.",
                    "attribution": "Anna Kowalczyk, culture writer",
                },
            ),
            (
                "paragraph",
                "Recognition by international heritage bodies brought prestige and funding, and it helped to secure archives and support festivals. Yet recognition can also encourage a museum-like approach, in which an art form is preserved rather than practised. The more interesting question is whether mugham continues to be used, in the everyday sense, by people who are not professionals. The evidence from kitchens, courtyards and phones suggests that, for now at least, it is.",
            ),
            (
                "paragraph",
                "Cultural policy could take that into account. Support for amateur circles, community singing evenings and small local recordings might do as much for the future of the art as another gala concert. Mugham has survived political upheavals, changes of alphabet and the arrival of every new musical fashion. It has done so because it lived in homes as well as halls. Keeping that domestic life healthy is the quiet work of its preservation.",
            ),
        ],
    },
    {
        "slug": "reading-a-shirvan-carpet-as-a-map",
        "title": "Reading a Shirvan carpet as a map of its makers",
        "standfirst": "Knots, dyes and small mistakes record where a carpet was woven and by whom. Teaching buyers and visitors to read them may do more for the craft than any design revival.",
        "section": "culture",
        "type": "analysis",
        "authors": ["anna-kowalczyk"],
        "tags": ["carpets", "crafts", "heritage"],
        "days_ago": 34,
        "body": [
            (
                "paragraph",
                "A carpet from the Shirvan region, in eastern Azerbaijan, can be admired simply for its colour and balance: deep blues and reds, crisp geometric medallions, borders that frame the field like a careful sentence. But weavers, dealers and scholars read these objects more closely. For them, a carpet is a document. Its knots, dyes, motifs and small irregularities record where it was made, by whom, and sometimes under what circumstances.",
            ),
            (
                "paragraph",
                "The first clues lie in structure. The density of knots, the type of wool and the way the warp threads are arranged vary between workshops and villages, and experienced eyes can often place a carpet within a few valleys by turning it over and examining the back. Dyes add another layer. Natural madder, indigo and local plant yellows age in recognisable ways, while synthetic dyes introduced in the late nineteenth century fade and bleed differently.",
            ),
            (
                "paragraph",
                "Motifs are harder to interpret, and claims about their meanings should be treated with caution. Some designs have recognisable names within weaving communities, and some recur across generations in particular places. But the romantic idea that every symbol carries a fixed, ancient message is mostly a dealer's story. Weavers borrowed, adapted and combined patterns freely, and a motif that meant one thing in a village might have been purely decorative a few kilometres away.",
            ),
            (
                "fact_box",
                {
                    "title": "How specialists read a carpet",
                    "items": [
                        "Knot count and structure, examined from the back",
                        "Wool quality and spinning direction",
                        "Dye chemistry and patterns of fading",
                        "Border design and the handling of corners",
                        "Small asymmetries that reveal a weaver's choices",
                    ],
                },
            ),
            ("heading", "The weaver's signature"),
            (
                "paragraph",
                "The most moving details are often the mistakes. A border that does not quite resolve at a corner, a colour that changes halfway up the field because a batch of wool ran out, a small figure woven into the margin that has nothing to do with the main design. These are the traces of a person working at a loom, making decisions in real time. Collectors once saw them as flaws. Many now value them as signatures.",
            ),
            (
                "image",
                {
                    "caption": "An abstract pattern of geometric medallions and a border that does not quite meet at the corner",
                    "alt": "Stylised geometric carpet pattern",
                },
            ),
            (
                "paragraph",
                "Contemporary weaving in the region faces a familiar tension. Workshops that produce for export are pushed towards standardised designs, consistent colour and predictable quality, which are exactly the qualities that erase local character. Some cooperatives have responded by encouraging weavers to work from older village designs and to use natural dyes, accepting higher costs in exchange for carpets that carry a recognisable origin. Their buyers are fewer but more committed.",
            ),
            (
                "paragraph",
                "Museums have a role to play in keeping the reading skills alive. Displaying carpets flat on walls, as if they were paintings, invites viewers to look only at the front. Exhibitions that show the back, explain the dyes and point out the irregularities teach visitors to read rather than merely admire. That kind of literacy, spread among buyers and visitors, may do more to sustain the craft than any single design revival.",
            ),
        ],
    },
    {
        "slug": "patient-revival-of-caucasian-documentary-film",
        "title": "The patient revival of documentary film in the Caucasus",
        "standfirst": "Small crews with modest cameras are recording lives that rarely reach television. They need domestic funding and a proper archive more than festival prizes.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk"],
        "tags": ["film", "documentary"],
        "days_ago": 57,
        "body": [
            (
                "paragraph",
                "Feature films from the South Caucasus occasionally reach international festivals and win attention, often for their visual beauty and their unhurried storytelling. Less visible, but in some ways more interesting, is the steady growth of documentary filmmaking in the region. Small crews with modest cameras are recording lives that rarely appear on television: shepherds moving flocks between summer and winter pastures, fishermen on a shrinking shoreline, families in towns emptied by migration.",
            ),
            (
                "paragraph",
                "Part of the explanation is technical. Equipment that once required a studio budget now fits in a backpack, and editing software runs on an ordinary laptop. But the deeper reason is a generation of filmmakers who grew up or studied abroad and returned with a desire to look at their own societies with patience rather than spectacle. Their films tend to be observational, allowing scenes to run long and letting subjects speak without narration.",
            ),
            (
                "paragraph",
                "The audience for this work remains small at home. Cinemas show mostly commercial imports, television favours entertainment formats, and streaming platforms rarely commission regional documentaries. Screenings happen at festivals, cultural centres and, increasingly, at informal evenings in cafes and university halls. Filmmakers describe the experience of showing a film in the village where it was shot as both the most rewarding and the most nerve-racking part of their work.",
            ),
            ("newsletter", None),
            ("heading", "Funding without strings"),
            (
                "paragraph",
                "Money is the persistent problem. International co-production funds provide much of the financing, and with that financing come expectations about which stories will interest foreign juries. Filmmakers speak frankly about the temptation to emphasise hardship or conflict because those themes travel well. Some resist; others compromise. A domestic funding stream, even a small one, would give them more freedom to make the films their own communities need to see.",
            ),
            (
                "paragraph",
                "There is also an archival question. Documentary footage is a record of how places looked and how people spoke at a particular moment. Much of the region's twentieth-century documentary heritage survives in fragile state archives, some of it deteriorating. New work will face the same fate unless someone takes responsibility for preserving digital files, which are more fragile than their makers tend to assume. A national documentary archive with open access would serve filmmakers and historians alike.",
            ),
            (
                "paragraph",
                "The revival is patient because it has to be. It will not produce box office hits, and its best films may only find their full audience years after they are made. But a region that is constantly described by outsiders needs people who describe it from within, carefully and without haste. The documentary makers working today with borrowed cameras and small grants are doing exactly that, and they deserve more support than they currently receive.",
            ),
        ],
    },
    {
        "slug": "sheki-caravanserai-who-heritage-is-for",
        "title": "Sheki's caravanserai and the question of who heritage is for",
        "standfirst": "Tourism has brought income and crowds to one of the Caucasus's finest historic towns. The challenge is keeping residents at the centre of its monuments' life.",
        "section": "culture",
        "type": "analysis",
        "authors": ["anna-kowalczyk", "leyla-hasanova"],
        "tags": ["heritage", "sheki", "tourism"],
        "days_ago": 75,
        "body": [
            (
                "paragraph",
                "The great caravanserai of Sheki, with its thick stone walls, its arcaded courtyard and its massive wooden gates, was built to shelter merchants travelling the trade routes that crossed the southern slopes of the Caucasus. Today it shelters tourists, many of whom arrive by coach, photograph the courtyard, and leave within the hour. The building has survived centuries of change. The question now is what kind of life it should have in the century ahead.",
            ),
            (
                "paragraph",
                "Sheki's historic centre, including its palace and old town, has gained international heritage recognition, and with it a surge of visitors. Local guesthouses have multiplied, souvenir shops line the approaches to the main sites, and the town's famous sweets are sold in packaging designed for airport luggage. For many residents this has brought welcome income. For others it has brought rising prices, crowded streets in summer and a sense that their town is being arranged for someone else.",
            ),
            (
                "image",
                {
                    "caption": "An abstract impression of an arcaded stone courtyard with wooden galleries in afternoon light",
                    "alt": "Stylised arcaded courtyard",
                },
            ),
            (
                "paragraph",
                "Heritage specialists often frame the dilemma as preservation versus use. In practice, buildings like the caravanserai have always been used, and their survival depended on it. A caravanserai left empty decays; one turned into a hotel or cultural centre is maintained because it earns its keep. The harder question is not whether the building should be used, but by whom, and whether local people have a meaningful place in its life.",
            ),
            ("heading", "Residents as custodians"),
            (
                "paragraph",
                "Some of the most successful heritage towns in the wider region have involved residents directly. Craft workshops in historic buildings give local artisans space to work and sell. Community festivals use courtyards for events that are primarily for residents, with visitors welcome but not central. Rules on renovation protect facades while allowing families to modernise interiors. These approaches require patience and consultation, which are often in short supply when tourism revenue is growing quickly.",
            ),
            (
                "pull_quote",
                {
                    "text": "A caravanserai left empty decays; the harder question is who gets to fill it.",
                    "attribution": "Anna Kowalczyk and Leyla Hasanova",
                },
            ),
            (
                "paragraph",
                "There is also a regional dimension. The caravanserai belongs to a network of trading posts that once linked towns across the Caucasus, Iran and Anatolia. Presenting it only as a local landmark misses that story of connection, which is arguably its most important meaning. Cooperation with heritage institutions in neighbouring countries, on research, exhibitions and even joint travel itineraries, would restore some of that wider context for visitors and residents alike.",
            ),
            (
                "paragraph",
                "Sheki has an advantage that many heritage towns lack: it is still a living town, with schools, markets and workshops alongside its monuments. Keeping it that way should be the central aim of heritage policy. The caravanserai was built to receive strangers, and it should continue to do so. But its gates were also, for centuries, part of the daily life of the people who lived around it. That relationship is worth protecting as much as the stones.",
            ),
        ],
    },
    {
        "slug": "dictionaries-are-infrastructure-too",
        "title": "Dictionaries are infrastructure too",
        "standfirst": "A region with a remarkable density of languages should fund open, living reference tools with the seriousness it brings to roads and ports.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["sarah-whitfield"],
        "tags": ["language", "education"],
        "days_ago": 108,
        "body": [
            (
                "paragraph",
                "When governments talk about infrastructure they mean roads, pipelines, power lines and ports. Rarely do they mean dictionaries. Yet a good dictionary does for a language something very like what a road does for a region: it connects people, makes exchange easier and lowers the cost of doing ordinary things. The South Caucasus, with its remarkable density of languages, has a particular interest in taking that idea seriously.",
            ),
            (
                "paragraph",
                "The region is home to the state languages of three countries and to dozens of smaller languages spoken in mountain villages, border districts and diaspora communities. Some of these smaller languages have rich oral traditions but limited written resources. A student wanting to write a school essay, a translator preparing a legal document or a software developer building a keyboard app may find that basic reference tools are incomplete, outdated or simply missing.",
            ),
            (
                "paragraph",
                "Even the larger languages face gaps. Technical vocabulary in fields such as medicine, engineering and computing often enters through Russian or English, and usage varies widely between professionals. Without authoritative, regularly updated terminology resources, specialists invent their own terms, documents become inconsistent and learners struggle. The cost of that inconsistency is invisible but real, paid in misunderstandings, duplicated effort and reliance on foreign-language sources.",
            ),
            (
                "pull_quote",
                {
                    "text": "A good dictionary does for a language something very like what a road does for a region.",
                    "attribution": "Sarah Whitfield, contributing editor",
                },
            ),
            ("heading", "What a modern dictionary needs"),
            (
                "paragraph",
                "A modern dictionary is not a single printed volume. It is a living database, built on large collections of real texts, updated continuously, and available freely online. It records how words are actually used, not only how authorities think they should be used. Building one requires linguists, programmers, editors and a steady budget over many years. It is the kind of long-term project that rarely survives short funding cycles.",
            ),
            (
                "paragraph",
                "Universities and academies in the region already hold much of the expertise required. What they often lack is sustained funding and the mandate to publish openly. Modest, predictable grants tied to measurable outputs, such as the number of entries revised or terminology lists published, could change that. Partnerships with neighbouring institutions would help too, since many languages cross borders and share a great deal of vocabulary with their neighbours.",
            ),
            (
                "paragraph",
                "There is a final argument, and it is not only practical. A language with good reference tools is a language that young people can use confidently in every part of their lives, from school to work to creative writing. That confidence is a form of resilience. Investing in dictionaries is cheap compared with most infrastructure, and its benefits last for generations. It deserves a place on the list alongside the roads and the ports.",
            ),
        ],
    },
    {
        "slug": "provincial-museum-handwritten-ledger-exhibition",
        "title": "A provincial museum turns its handwritten ledger into an exhibition",
        "standfirst": "In the far south of Azerbaijan, a small local history museum is showing the pages of its acquisitions book alongside the objects they describe.",
        "section": "culture",
        "type": "news",
        "authors": ["anna-kowalczyk"],
        "tags": ["museums", "history"],
        "days_ago": 137,
        "body": [
            (
                "paragraph",
                "For most of its existence, the Astara Valley Museum of Local History, a modest institution near Azerbaijan's southern border, kept its acquisitions in a single handwritten ledger. Each entry recorded an object, its donor, a date and, often, a few lines about where it had come from. This season the museum's small staff have turned that ledger into an exhibition, displaying its pages alongside a selection of the objects they describe.",
            ),
            (
                "paragraph",
                "The result is an unusual show. Visitors see a copper tray, a child's embroidered cap, a tea glass holder and a set of agricultural tools, but they also see the handwriting of the people who catalogued them, changing over the decades as curators came and went. Some entries are brisk and bureaucratic. Others include personal notes: a donor's remark that the cap belonged to her grandmother, or a curator's observation that a tool was still in use in a neighbouring village.",
            ),
            (
                "paragraph",
                "The museum's director, who took up the post a few years ago after a long career as a schoolteacher, said the idea came from volunteers helping to digitise the collection. Reading the ledger entry by entry, they realised it told a story that the display cases did not: the history of how a community decided what was worth keeping. The exhibition invites visitors to ask the same question about their own homes.",
            ),
            ("newsletter", None),
            ("heading", "Small museums, large questions"),
            (
                "paragraph",
                "Provincial museums across the region face similar pressures. Budgets are tight, staff are few and buildings often need repair. Many collections were assembled in the Soviet period according to ideological priorities, with certain kinds of objects collected enthusiastically and others ignored. Curators now work to fill those gaps, often relying on donations from local families and on the knowledge of older residents who remember how objects were made and used.",
            ),
            (
                "paragraph",
                "The ledger exhibition has drawn more visitors than the museum usually receives, including school groups from neighbouring districts. Staff have begun recording oral histories from donors and their descendants, and they hope to publish the digitised ledger online so that families who moved away can find objects associated with their relatives. Several people have already come forward with new information about items whose origins had been recorded only briefly.",
            ),
            (
                "paragraph",
                "The exhibition will remain open until the end of the year. Its organisers say they would like other small museums to try something similar, and they have offered to share their methods, templates and volunteer training materials with colleagues elsewhere. A museum's records, they argue, are not merely administrative paperwork to be filed away. They are part of the collection itself, and sometimes the most revealing part of it.",
            ),
        ],
    },
    {
        "slug": "nizami-couplets-and-the-problem-of-translation",
        "title": "Nizami's couplets and the stubborn problem of translation",
        "standfirst": "The twelfth-century poet of Ganja shaped storytelling across half a continent. Reaching new readers will take many translations, not one definitive version.",
        "section": "culture",
        "type": "op-ed",
        "authors": ["anna-kowalczyk"],
        "tags": ["literature", "translation", "poetry"],
        "days_ago": 152,
        "body": [
            (
                "paragraph",
                "Nizami Ganjavi, the twelfth-century poet of Ganja, wrote in Persian some of the most influential narrative poems of the medieval world. His Khamsa, a set of five long poems, shaped centuries of storytelling across Iran, the Caucasus, Central Asia and India, and its tales of lovers, kings and philosophers were illustrated in manuscripts of extraordinary beauty. Yet for most readers today, especially outside the region, Nizami is a name rather than a voice.",
            ),
            (
                "paragraph",
                "Translation is the obvious bridge, and there have been distinguished translations into many languages. But anyone who has tried to carry Nizami across knows the difficulty. His couplets depend on rhyme, metre, wordplay and a dense web of allusion to earlier poetry, religious tradition and science. A literal rendering keeps the meaning and loses the music. A free one keeps the music and often loses the precision that made the original dazzling.",
            ),
            (
                "paragraph",
                "Different generations have solved the problem differently. Some translators chose rhymed verse and accepted that they would sometimes bend the sense. Others chose prose and wrote extensive notes. Still others produced adaptations that retell the stories in modern idiom, more like a novelist's retelling than a translation. Each approach reaches a different audience, and none reaches all of them. The question is not which is correct but which readers are being served.",
            ),
            (
                "pull_quote",
                {
                    "text": "A literal rendering keeps the meaning and loses the music. A free one keeps the music and often loses the precision.",
                    "attribution": "Anna Kowalczyk, culture writer",
                },
            ),
            ("heading", "A case for many versions"),
            (
                "paragraph",
                "The most useful position may be pluralism. A great poem can sustain many translations, and readers benefit from having several versions side by side. A scholarly prose translation with notes can sit alongside a rhymed version that captures the rhythm and a retelling for younger readers. Digital editions make this easier than ever: a reader could move between versions line by line, consult notes and hear the original recited.",
            ),
            (
                "paragraph",
                "The region's universities and publishers could play a larger role here. Nizami is claimed with pride in Azerbaijan, revered in Iran and studied across the Persian-speaking world, and that shared inheritance is an opportunity for collaboration. Joint translation projects, bringing together scholars of Persian, poets working in the target languages and historians of the period, would produce better work than any single institution could manage alone.",
            ),
            (
                "paragraph",
                "There is something fitting about such cooperation. Nizami's own poems are full of journeys, encounters between strangers and conversations across difference. His characters learn from teachers of other faiths and other lands. Translating him well is itself an act in that spirit: a long conversation between languages, conducted with patience and humility. The more voices join it, the more of his voice we will finally hear.",
            ),
        ],
    },
    # ------------------------------------------------------------------ opinion
    {
        "slug": "south-caucasus-needs-more-working-lunches",
        "title": "The South Caucasus needs fewer summits and more working lunches",
        "standfirst": "Grand diplomatic gatherings make headlines. The dull, frequent contacts between technical officials are what make agreements possible and keep daily life running.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["regional affairs", "diplomacy"],
        "days_ago": 7,
        "body": [
            (
                "paragraph",
                "Diplomacy in the South Caucasus has a habit of arriving in large formats. Heads of delegation gather in distant capitals, communiques are drafted overnight, and photographs of handshakes circulate the next morning. These occasions matter, and some have produced real agreements. But the region suffers from a shortage of the smaller, duller, more frequent contacts that make big meetings productive: the working lunch, the technical committee, the phone call between officials who know each other by first name.",
            ),
            (
                "paragraph",
                "Consider how much of daily regional life depends on cooperation below the level of high politics. Electricity grids are interconnected. Rivers cross borders. Railway wagons move from one network to another. Veterinary authorities need to coordinate on animal diseases, and meteorologists share data about storms and floods. In each of these areas, practical progress depends on officials who meet regularly, trust each other's data and can resolve small problems before they become large ones.",
            ),
            (
                "paragraph",
                "Where such channels exist, they tend to work quietly and well. Where they do not, minor frictions accumulate. A border crossing closes for an afternoon because of a paperwork dispute that nobody present has the authority to settle. A shipment of medicines waits for a certificate that one side does not recognise. None of these incidents makes the news, but together they shape how ordinary people experience their neighbours.",
            ),
            ("newsletter", None),
            ("heading", "The value of boring meetings"),
            (
                "paragraph",
                "The argument for investing in technical cooperation is sometimes dismissed as naive, on the grounds that deeper political disputes will always override it. That is partly true. Technical channels cannot resolve questions of sovereignty or historical grievance. But they can create habits of contact, build networks of people who have solved problems together and demonstrate that cooperation produces tangible benefits. Those habits become valuable precisely when political relations are strained.",
            ),
            (
                "pull_quote",
                {
                    "text": "Habits of contact become valuable precisely when political relations are strained.",
                    "attribution": "Leyla Hasanova, senior columnist",
                },
            ),
            (
                "paragraph",
                "International partners could help here more than they usually do. Donor attention tends to follow high-level diplomacy, funding conferences and declarations. Modest, sustained support for joint technical bodies, exchange programmes for officials and shared databases would be less visible but more durable. Think tanks and universities could contribute by convening specialists from across the region on practical questions, well away from the cameras and the pressure to announce results.",
            ),
            (
                "paragraph",
                "None of this replaces the need for political leadership on the hardest issues. But leaders who eventually reach agreements will need bureaucracies capable of implementing them, and that capacity cannot be built overnight. The South Caucasus would be better served by a hundred unremarkable working lunches this year than by another grand summit. The lunches are where the groundwork is laid, and where trust is quietly accumulated.",
            ),
        ],
    },
    {
        "slug": "municipal-councils-most-neglected-institutions",
        "title": "Municipal councils are the region's most neglected institutions",
        "standfirst": "Commentary looks upwards to presidents and parliaments. Yet weak local government leaves citizens without a place to learn participation or to get a streetlight fixed.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["rustam-karimov"],
        "tags": ["governance", "local government"],
        "days_ago": 28,
        "body": [
            (
                "paragraph",
                "Political commentary in the South Caucasus tends to look upwards, towards presidents, parliaments and foreign ministries. That focus is understandable: decisions of national consequence are made there. But it leaves a large blind spot. Municipal councils, the institutions closest to citizens, are widely ignored by analysts, underfunded by governments and little understood by the people they are supposed to serve. Their weakness has consequences that reach far beyond potholes and park benches.",
            ),
            (
                "paragraph",
                "In much of the region, local bodies have limited budgets, narrow responsibilities and little ability to raise their own revenue. Important services such as water, schools and public transport are often run by national agencies or centrally appointed executives, leaving elected councils with a residual role. Turnout in local elections is frequently low, and few residents can name their councillors. The result is a layer of democracy that exists on paper but rarely in practice.",
            ),
            (
                "paragraph",
                "This matters for several reasons. First, local problems are best solved by people who understand them. A national ministry cannot know which bus route a neighbourhood needs or which courtyard floods every spring. Second, local government is where citizens learn the habits of participation: attending meetings, petitioning, holding officials to account. Without that training ground, national politics becomes something that happens far away, to be watched rather than shaped.",
            ),
            ("heading", "What reform could look like"),
            (
                "paragraph",
                "Reform need not be radical to be meaningful. Councils could be given clear responsibility for a limited set of services, with budgets to match, and required to publish those budgets in a simple format. Participatory budgeting, in which residents vote on how a small share of local spending is used, has been tried successfully in many countries and could be piloted in a few districts. Regular public hearings would give residents a predictable place to raise concerns.",
            ),
            (
                "paragraph",
                "Sceptics argue that decentralisation risks inefficiency or capture by local elites. Those risks are real and should be addressed with transparency rules, audit requirements and training for councillors. But the alternative, a highly centralised system in which every small decision travels to the capital, has its own costs: slow responses, poor information and a public that feels disconnected from the decisions that most directly affect daily life.",
            ),
            (
                "paragraph",
                "The strength of a political system is often measured by its most visible institutions. A better measure might be how well it handles the ordinary: whether a broken streetlight gets fixed, whether a school roof is repaired before winter, whether residents feel they can influence what happens on their street. By that measure, municipal councils deserve far more attention than they currently receive, from governments and commentators alike.",
            ),
        ],
    },
    {
        "slug": "the-kura-is-running-low",
        "title": "Editorial: The Kura is running low, and planning must catch up",
        "standfirst": "Falling summer flows and saltwater near the delta are warnings. The river's countries need shared data, agreed minimum flows and serious investment in irrigation efficiency.",
        "section": "opinion",
        "type": "editorial",
        "authors": ["editorial-board"],
        "tags": ["water", "climate", "rivers"],
        "days_ago": 49,
        "body": [
            (
                "paragraph",
                "The Kura, the great river of the South Caucasus, rises in the mountains of northeastern Turkey, flows through Georgia and crosses Azerbaijan before reaching the Caspian Sea. Along its course it supplies drinking water to cities, irrigates farmland and supports wetlands that shelter migratory birds. In recent summers its flow in the lower reaches has dropped to levels that alarm farmers and ecologists alike, and seawater has pushed further upstream near the delta.",
            ),
            (
                "paragraph",
                "The causes are several, and they compound one another. Rising temperatures increase evaporation and reduce snowpack in the mountains that feed the river. Irrigation draws heavily on its water and that of its tributaries, often through canals that lose a large share to leakage. Reservoirs upstream regulate the flow for power generation and agriculture, with limited coordination across borders. Each factor might be manageable alone. Together, they leave the lower river increasingly vulnerable in dry years.",
            ),
            (
                "fact_box",
                {
                    "title": "The Kura basin",
                    "items": [
                        "Shared by several countries, including Georgia and Azerbaijan",
                        "Joined by the Araz before reaching the Caspian",
                        "Supplies drinking water and irrigation to millions",
                        "Low summer flows allow saltwater to intrude near the delta",
                    ],
                },
            ),
            (
                "paragraph",
                "We do not believe this is a problem that any single government can solve. Water that falls as snow in one country irrigates fields in another, and decisions about reservoir releases upstream shape conditions hundreds of kilometres downstream. A basin-wide approach, with shared monitoring data, agreed minimum flows in dry seasons and joint planning for new infrastructure, is the only realistic path. Frameworks for such cooperation have been discussed for years. They need to be completed.",
            ),
            (
                "pull_quote",
                {
                    "text": "A river that crosses borders cannot be managed as if it stopped at each one.",
                    "attribution": "The Editorial Board",
                },
            ),
            (
                "paragraph",
                "There is also much that each country can do within its own borders. Irrigation efficiency is the largest single opportunity. Lining canals, switching to drip systems where crops allow and pricing water in ways that reward conservation would reduce demand substantially. Cities can cut losses from ageing water networks, which in some places leak a significant share of treated water before it ever reaches a household tap.",
            ),
            (
                "image",
                {
                    "caption": "An abstract landscape of a wide, low river with exposed sandbanks under a pale summer sky",
                    "alt": "Stylised low river with sandbanks",
                },
            ),
            (
                "paragraph",
                "Farmers must be part of the solution rather than its scapegoats. Many already understand the problem better than officials do, because they see it in their fields every summer. Support for the investment that efficient irrigation requires, along with reliable information about expected water availability each season, would help them adapt. Punitive measures without such support would simply shift hardship onto rural communities that have least capacity to absorb it.",
            ),
            (
                "paragraph",
                "The Kura has sustained civilisations in this region for thousands of years. Its decline is not inevitable, but reversing it requires planning that matches the scale of the challenge. We urge governments in the basin to treat water as a shared strategic priority, to publish river data openly and to invest in efficiency now, before a drought year turns a slow crisis into an acute one.",
            ),
        ],
    },
    {
        "slug": "absheron-solar-ambitions-rise-or-fall-on-the-grid",
        "title": "Absheron's solar ambitions will rise or fall on the grid",
        "standfirst": "New solar and wind farms around Baku are welcome. Without transmission, flexibility and clear rules on grid access, much of their power risks going to waste.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["daniel-moreau"],
        "tags": ["energy", "solar", "grid"],
        "days_ago": 84,
        "body": [
            (
                "paragraph",
                "The Absheron peninsula, where Baku sits, is best known to the world for oil. Its landscape still bears the marks of more than a century of extraction, from rusting derricks to fields of nodding pumps. Increasingly, though, it is also the setting for a different energy story. The peninsula enjoys long hours of sunshine and steady winds off the Caspian, and solar and wind projects are moving from plans to construction across the region.",
            ),
            (
                "paragraph",
                "Announcements of new generating capacity attract attention, and rightly so. But those who work in the power sector know that the harder question is not how many panels can be installed but whether the electricity they produce can be used. Solar output peaks at midday and vanishes at night. Wind is variable by nature. A grid designed around large, steady thermal plants must change substantially to absorb these new sources without waste or instability.",
            ),
            (
                "paragraph",
                "That change has several components. Transmission lines must be built or upgraded to carry power from where it is generated to where it is used. Grid operators need forecasting tools to anticipate fluctuations in renewable output. Flexible resources, such as gas plants that can ramp up and down quickly, hydroelectric reservoirs and, increasingly, battery storage, must be available to balance supply and demand from minute to minute.",
            ),
            ("newsletter", None),
            ("heading", "Interconnection as insurance"),
            (
                "paragraph",
                "Regional interconnection offers another tool. When neighbouring grids are linked, surplus power in one country can be exported and shortfalls can be covered by imports. Ambitious proposals envisage cables carrying renewable electricity from the Caspian region towards Europe. Those projects deserve careful study, but they should not distract from the more immediate task of strengthening links between neighbouring systems, which would make each national grid more resilient.",
            ),
            (
                "paragraph",
                "Regulation matters as much as hardware. Private investors in renewable generation need confidence that they will be able to sell their power at predictable prices and that the grid operator will not curtail their output without compensation. Clear rules on grid access, transparent pricing and independent regulators are prerequisites for attracting the investment that the transition requires. They are also the areas where progress is often slowest.",
            ),
            (
                "paragraph",
                "None of this argues against the solar and wind projects now under way. They are welcome, and they will reduce the domestic consumption of gas that can instead be exported or conserved. But policymakers should talk about grids with the same enthusiasm they bring to generation. An unglamorous substation may determine the success of a celebrated solar farm. On the Absheron, as elsewhere, the wires are where the transition will be won or lost.",
            ),
        ],
    },
    {
        "slug": "region-needs-honest-forecasting",
        "title": "The region needs honest forecasting, not comfortable predictions",
        "standfirst": "Forecasts about corridors, growth and energy demand are rarely checked against what actually happened. Analysts, this publication included, should keep score.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["sarah-whitfield", "rustam-karimov"],
        "tags": [],
        "days_ago": 121,
        "body": [
            (
                "paragraph",
                "Every year, think tanks, consultancies and international organisations publish forecasts about the South Caucasus and the Caspian region: growth rates, trade volumes, energy demand, the likelihood of political change. Few of these forecasts are ever revisited. When the predicted boom in a transport corridor fails to arrive on schedule, or a projected economic slowdown turns out to be milder, the original forecast quietly disappears and a new one takes its place.",
            ),
            (
                "paragraph",
                "This is not unique to the region, but it has particular consequences here. Governments and investors make decisions about ports, pipelines and railways on the basis of projected demand. If forecasts are systematically optimistic, resources are committed to projects that struggle to justify themselves. If they are systematically alarmist, opportunities are missed. Without a habit of checking predictions against outcomes, nobody learns which sources deserve to be trusted.",
            ),
            (
                "paragraph",
                "There are well-established methods for doing better. Forecasters can state their predictions in precise, measurable terms rather than vague language. They can assign probabilities instead of offering a single confident scenario. And they can keep public records of their past predictions, so that readers can judge their track record. These practices are common in some fields, such as weather forecasting, and almost absent from political and economic commentary about the region.",
            ),
            (
                "pull_quote",
                {
                    "text": "Without a habit of checking predictions against outcomes, nobody learns which sources deserve to be trusted.",
                    "attribution": "Sarah Whitfield and Rustam Karimov",
                },
            ),
            ("heading", "Incentives for comfortable answers"),
            (
                "paragraph",
                "Why does this not happen? Part of the answer lies in incentives. Research institutions depend on funders, and funders often prefer reports that support projects they have already decided to pursue. Consultancies are hired to make the case for investment. Analysts who predict disappointment are less likely to be invited back. The result is a market for comfortable predictions, in which caution is unrewarded and overconfidence carries little cost.",
            ),
            (
                "paragraph",
                "We include ourselves in this critique. Commentators, including those who write for this publication, often make claims about where events are heading without returning to check whether they were right. Starting this year, we intend to keep a simple public log of the specific predictions made in our analysis pieces, and to review it annually in print. We expect to be wrong fairly often. That is rather the point of the exercise.",
            ),
            (
                "paragraph",
                "Honest forecasting is not about being right every time. It is about being clear enough to be proven wrong, and humble enough to learn from it. A region where investors, governments and citizens face genuine uncertainty deserves analysis that acknowledges that uncertainty rather than disguising it. Better forecasts will not remove the risks, but they will help everyone make decisions with their eyes open.",
            ),
        ],
    },
    {
        "slug": "diaspora-summer-return-tells-us-about-home",
        "title": "What the diaspora's summer return tells us about home",
        "standfirst": "Each summer, emigrants come back with a double vision of what has changed. Their observations are an informal audit that governments would be wise to hear.",
        "section": "opinion",
        "type": "op-ed",
        "authors": ["leyla-hasanova"],
        "tags": ["diaspora", "migration", "society"],
        "days_ago": 180,
        "body": [
            (
                "paragraph",
                "Every summer, the arrivals halls of airports in Baku, Tbilisi and Yerevan fill with families returning from abroad. They come from Moscow and Istanbul, from Berlin and London, from Los Angeles and Toronto. Children who speak their parents' language hesitantly are introduced to grandparents, cousins and neighbours. For a few weeks, villages that have grown quiet through emigration fill again with noise, weddings and long dinners in the courtyard.",
            ),
            (
                "paragraph",
                "These returns are usually described in sentimental terms, and there is plenty of genuine emotion in them. But they also tell us something important about the societies people left. The diaspora sees home with a double vision, noticing what has improved since the last visit and what has not. Their observations, shared over dinner tables and on social media, amount to an informal audit of how the region is changing.",
            ),
            (
                "paragraph",
                "What do they notice? Often, infrastructure first: new roads, renovated squares, better airports. They also notice prices, which may have risen faster than local wages. They notice who has left since last summer and who has stayed. And they notice the small frustrations that residents have stopped seeing, such as bureaucratic procedures that take days, or services that still depend on knowing the right person.",
            ),
            (
                "image",
                {
                    "caption": "An abstract scene of a long courtyard table set for a summer dinner beneath a grapevine",
                    "alt": "Stylised courtyard dinner table under vines",
                },
            ),
            ("heading", "From visitors to participants"),
            (
                "paragraph",
                "Governments across the region have developed programmes to engage their diasporas, ranging from cultural festivals to investment incentives. The results have been mixed. Many emigrants are willing to contribute skills and capital but are deterred by uncertainty about property rights, tax rules and the reliability of institutions. Others would consider returning permanently if they believed their children would have good schools and their professional qualifications would be recognised.",
            ),
            (
                "paragraph",
                "A more practical approach would treat the diaspora less as a source of investment and more as a source of information. Emigrants who work in hospitals, universities and companies abroad know how institutions function elsewhere and can identify specific improvements. Structured ways of gathering that knowledge, through professional networks, short-term fellowships and advisory roles, would be cheap and potentially valuable, provided the advice is genuinely heard.",
            ),
            (
                "paragraph",
                "The summer returns will continue, as they have for generations. The question is whether they remain a seasonal ritual or become part of a continuous relationship. A region that loses many of its young people to emigration cannot afford to treat those who left as simply absent. They are observers, critics and potential partners. Listening to what they see each summer is one of the easiest reforms available.",
            ),
        ],
    },
]
