// Demo seed content for "Weekly Outlook", a fictional independent policy magazine
// covering Central and Eastern Europe. All authors, quotes and articles are invented.

export type SeedVisibility = "public" | "members" | "paid";
export type SeedAuthor = { slug: string; name: string; email: string; bio: string; location: string };
export type SeedTopic = { slug: string; name: string; description: string };
export type SeedArticle = {
  slug: string;
  title: string;
  excerpt: string;
  body: string; // Markdown: 5–9 paragraphs, some with ## subheadings, occasionally a > blockquote or a short bullet list; 450–900 words
  teaser?: string; // only for members/paid articles: an editor-written teaser (1–2 sentences) shown to non-members
  authorSlugs: string[]; // 1 author mostly, sometimes 2
  topicSlugs: string[]; // 1–3 topics
  visibility: SeedVisibility;
  status: "published" | "draft" | "scheduled";
  daysAgo: number; // publication offset from "now" in days (negative = in the future, for scheduled)
};
export type SeedIssueSection = {
  heading: string;
  body: string /* Markdown, 1-3 paragraphs */;
  visibility: SeedVisibility;
  teaser?: string /* for members sections: 1 sentence */;
};
export type SeedIssue = {
  number: number;
  subject: string;
  preheader: string;
  daysAgo: number;
  sections: SeedIssueSection[];
  articleSlugs: string[];
};
export type SeedComment = {
  articleSlug: string;
  authorEmail: string;
  body: string;
  daysAgo: number;
  replies?: { authorEmail: string; body: string; daysAgo: number }[];
};

export const authors: SeedAuthor[] = [
  {
    slug: "halina-dreszer",
    name: "Halina Dreszer",
    email: "halina.dreszer@example.com",
    bio: "Halina Dreszer is Weekly Outlook's Poland correspondent. She writes about local government, housing and the defence build-up, and previously spent a decade covering regional politics for a Silesian daily.",
    location: "Warsaw",
  },
  {
    slug: "tomas-vrabec",
    name: "Tomáš Vrabec",
    email: "tomas.vrabec@example.com",
    bio: "Tomáš Vrabec covers Czechia and Slovakia, with a focus on coalition politics, industrial policy and public institutions. He trained as an economist and still reads budget annexes for pleasure.",
    location: "Bratislava",
  },
  {
    slug: "ieva-kalnina",
    name: "Ieva Kalniņa",
    email: "ieva.kalnina@example.com",
    bio: "Ieva Kalniņa is the magazine's Baltic editor. She writes about energy infrastructure, defence and the digital state, and is a former analyst at a Riga think tank on regional security.",
    location: "Riga",
  },
  {
    slug: "radu-costinescu",
    name: "Radu Costinescu",
    email: "radu.costinescu@example.com",
    bio: "Radu Costinescu reports on Romania, Bulgaria and the Western Balkans. His beat is public finance, energy markets and the slow mechanics of EU accession.",
    location: "Bucharest",
  },
  {
    slug: "dora-szentesi",
    name: "Dóra Szentesi",
    email: "dora.szentesi@example.com",
    bio: "Dóra Szentesi is Weekly Outlook's culture and society editor. Based in Budapest, she writes about cultural funding, literature, the arts economy and Hungarian politics beyond the capital.",
    location: "Budapest",
  },
  {
    slug: "oleksandr-havryliuk",
    name: "Oleksandr Havryliuk",
    email: "oleksandr.havryliuk@example.com",
    bio: "Oleksandr Havryliuk covers Ukraine and Moldova. He writes about the wartime economy, defence technology and reform, and divides his time between Kyiv and Chișinău.",
    location: "Kyiv",
  },
];

export const topics: SeedTopic[] = [
  {
    slug: "politics",
    name: "Politics",
    description: "Elections, coalitions, institutions and the contest over the rule of law across the region.",
  },
  {
    slug: "economy",
    name: "Economy",
    description: "Budgets, growth models, labour markets, investment and the politics of money.",
  },
  {
    slug: "energy",
    name: "Energy",
    description: "Grids, gas, nuclear and renewables: how the region is rewiring its energy system.",
  },
  {
    slug: "security",
    name: "Security",
    description: "Defence spending, deterrence on NATO's eastern flank, hybrid threats and the war in Ukraine.",
  },
  {
    slug: "society",
    name: "Society",
    description: "Demography, migration, education, health and the way people actually live.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Literature, theatre, film, media and the institutions that pay for them.",
  },
  {
    slug: "technology",
    name: "Technology",
    description: "Digital government, cybersecurity, industrial technology and the start-up economy.",
  },
];

export const articles: SeedArticle[] = [
  {
    slug: "the-baltic-grid-goes-it-alone",
    title: "The Baltic Grid Goes It Alone",
    excerpt:
      "Cutting the last synchronous link to the Russian-run power system was the easy part. Keeping the lights steady with fewer friends, more wind and vulnerable seabed cables is the real test.",
    body: `For three decades, the electricity that kept Baltic kettles boiling was balanced, second by second, by a control room that answered to Moscow. The frequency of the grid, the invisible heartbeat that every generator must match, was set inside a ring of power systems stretching from Tallinn to Smolensk. Leaving that ring and synchronising with continental Europe was a project of such political weight that it acquired the feel of a second independence day. Now comes the less photogenic part: running a small, exposed power system that must be able to stand on its own.

## A grid that must be ready to be an island

Synchronisation with the continental system does not mean the Baltic states are simply plugged into a vast European socket. Their synchronous connection runs through a single land corridor via Poland, supplemented by direct-current links under the Baltic Sea to Finland and Sweden. Direct-current cables move energy, but they do not transmit inertia, the physical resistance to sudden changes in frequency that large spinning machines provide. If the Polish link were lost, the three countries would have to keep their frequency stable with whatever is spinning inside their own borders.

Grid operators have prepared for exactly that scenario. Synchronous condensers, essentially large flywheels connected to the network, have been installed at several substations. Battery parks have been commissioned to respond within fractions of a second. Island-mode tests, once regarded as a theoretical exercise, are now rehearsed with the seriousness of a military drill. One engineer at a Latvian substation described the new mindset plainly:

> We used to plan for what happens if a power plant trips. Now we plan for what happens if the sea floor is cut and the neighbours go dark at the same time.

## The seabed problem

That is not paranoia. Over the past two winters, anchors dragged across the floor of the Gulf of Finland and the central Baltic have damaged power cables and data lines, and investigators have struggled to prove intent. Each incident has reminded planners that the interconnectors on which the region relies for imports and price stability sit in shallow water crossed by thousands of vessels a year, some of them ageing tankers of uncertain ownership. The policy response has combined the obvious with the expensive. Naval patrols have been stepped up under an allied framework, and the operators are stockpiling spare cable sections so that repairs take weeks rather than months. Less discussed is the economic cost of redundancy. A grid designed to survive the loss of any single link must carry more reserve capacity than one that assumes its neighbours will always be there, and consumers ultimately pay for that insurance.

## Prices, wind and the balancing bill

The balancing market, where operators buy the flexible capacity they need to keep supply and demand matched, has become the most scrutinised corner of Baltic energy policy. In the first months after the switch, balancing costs rose sharply, and regulators came under pressure to explain why households were paying for a geopolitical achievement. Prices have since eased as new batteries and gas-fired reserve units entered the market, but the structural question remains: how much security is the region willing to buy, and who should pay for it?

The answer is complicated by the region's ambitions in renewables. Lithuania and Estonia in particular are planning large offshore and onshore wind capacity, which will make the system greener and, in principle, less dependent on imports. Wind, however, does not spin in step with the grid the way a steam turbine does. Every megawatt of inverter-based generation that replaces a conventional plant makes the inertia problem slightly harder. Operators are betting on grid-forming inverters and storage to close the gap, a technology that is promising but still young at scale.

## What to watch

Three questions will shape the next phase:

- **A second synchronous link.** Plans for an additional connection to the continental system have been discussed for years. Without it, the Polish corridor remains a single point of failure.
- **Cost allocation.** Whether the European Union continues to co-finance the security premium, or whether it lands entirely on Baltic bills, will influence public support.
- **Regional cooperation.** Estonia, Latvia and Lithuania operate one frequency area but three political systems. Disagreements over where to place reserves and how to share costs are already visible.

Going it alone was the point of synchronisation. The Baltic states no longer depend on a neighbour that has shown its willingness to use energy as a weapon. But independence in electricity, as in everything else, turns out to be less a single act than a running cost, paid daily and largely out of sight.`,
    authorSlugs: ["ieva-kalnina"],
    topicSlugs: ["energy", "security"],
    visibility: "public",
    status: "published",
    daysAgo: 3,
  },
  {
    slug: "inside-the-coalition-talks-in-bratislava",
    title: "Inside the Coalition Talks in Bratislava",
    excerpt:
      "Behind the choreographed press conferences, Slovakia's would-be partners are bargaining over ministries, prosecutors and the public broadcaster. The outcome will define the country's relationship with Brussels.",
    teaser:
      "Who wants which ministry, what the smaller partners are really demanding, and why the fight over the prosecution service matters more than the programme statement. Our Bratislava correspondent reconstructs the talks.",
    body: `The coalition talks in Bratislava have followed a familiar rhythm. Party leaders emerge from a government building near the castle, offer a few sentences about constructive discussions and responsibility to the citizens, and retreat before the questions become specific. The real negotiation happens elsewhere: in late-evening phone calls between party secretaries, in drafts of the coalition agreement that circulate with tracked changes, and in the quiet lobbying of regional party bosses who want their share of state-owned companies.

## The arithmetic of a narrow majority

Whatever shape the next government takes, its majority will be thin. That gives disproportionate leverage to the smallest partner, whose votes are indispensable and whose leadership knows it. According to people familiar with the drafts, the junior party has asked for control of the ministry responsible for regional development, which administers a significant share of European cohesion money, and for the chairmanship of the parliamentary committee that oversees the intelligence services.

Neither demand is unusual in Slovak coalition politics. What is unusual is the combination. A partner that controls both a large pool of investment funds and oversight of the services that might investigate misuse of those funds would enjoy a level of insulation that senior figures in the larger party privately describe as uncomfortable. One negotiator put it bluntly over coffee: the question is not whether to give them something, but whether to give them both keys to the same room.

## Prosecutors as the real prize

Much of the public commentary has focused on the allocation of ministries. Inside the talks, the more sensitive issue is the prosecution service. Slovakia's criminal justice system has been restructured several times in recent years, with special units created, merged and abolished as governments changed. Each reorganisation was presented as a matter of efficiency. Each was understood by everyone involved as a decision about which cases would be pursued.

The draft coalition agreement reportedly contains a commitment to a new review of the prosecution service, with wording that remains contested. One version speaks of strengthening independence and aligning with European standards. Another speaks of ending politicised prosecutions, a phrase that critics read as a promise to close cases against allies. The difference between these two sentences may shape Slovakia's next rule-of-law report from the European Commission more than any other line in the agreement.

> In Slovakia, the coalition agreement is where you learn what the government is afraid of. The programme statement is where you learn what it wants you to believe.

## The broadcaster and the budget

Two further issues have slowed the talks. The first is the public broadcaster, whose funding and governance were changed by a previous parliament. One prospective partner wants to return to a licence-fee model, arguing that direct budget financing makes editors vulnerable to pressure. Another regards the current arrangement as settled and sees no reason to spend political capital on it. The second issue is money. Slovakia faces a consolidation programme to bring its deficit within European limits, and every partner would prefer that the painful measures fall on someone else's voters. The finance ministry is therefore the least coveted of the major portfolios, and the party that takes it will effectively sign up to be blamed for tax increases and spending restraint for the next two years.

## What Brussels is watching

European officials have been careful to avoid comment on the negotiations, but their priorities are not a secret. Recovery fund disbursements are tied to milestones that include anti-corruption measures and judicial reform. A coalition agreement that weakens the prosecution service or curtails the independence of oversight bodies would make those milestones harder to meet, and the loss of funds would widen the very deficit the new government must close.

The likely outcome, according to several participants, is a compromise that defers the hardest questions to working groups and legislative drafts to be published months after the government is sworn in. That would allow every partner to claim victory at the signing ceremony. It would also mean that the decisive battles over Slovakia's institutions will be fought later, with less public attention and in the committee rooms where the junior partner has asked to hold the chair.`,
    authorSlugs: ["tomas-vrabec"],
    topicSlugs: ["politics"],
    visibility: "members",
    status: "published",
    daysAgo: 5,
  },
  {
    slug: "procurement-goes-digital-in-kyiv",
    title: "Procurement Goes Digital in Kyiv",
    excerpt:
      "Ukraine's public tender systems were built to fight corruption in peacetime. Wartime reconstruction is testing whether transparency and speed can coexist.",
    body: `Few things in Ukrainian public life are as quietly revolutionary as the procurement portal. Built a decade ago by a coalition of civic activists, software developers and reform-minded officials, the electronic tender system made almost every public purchase visible to anyone with an internet connection. Journalists used it to find overpriced road repairs. Competitors used it to challenge rigged specifications. Local councils used it, sometimes reluctantly, to prove they were not stealing. The system became a point of national pride and a standard exhibit for visiting delegations.

## When speed beats scrutiny

The full-scale invasion changed the calculus. In the first months of the war, the government suspended or simplified many procurement rules, arguing that a hospital generator or a replacement transformer could not wait for a thirty-day tender. Much of the defence procurement moved behind a curtain of classification, for reasons that were understandable and sometimes abused. Several scandals involving overpriced military rations and winter jackets showed what happens when urgency and opacity combine.

Reconstruction has brought the debate back into the open. Rebuilding a school in the Chernihiv region or repairing a water station near Kharkiv does not require military secrecy, but it does require speed, and municipal procurement offices are short of engineers and lawyers. The temptation is to design around the tender system: to use direct contracts, framework agreements with preferred suppliers, or donor-managed projects that bypass national rules altogether.

## A new layer on top of the old one

The response from the reform community has been to build rather than merely object. A digital ecosystem for reconstruction now links damage assessments, project budgets, tender documents and payment records into a single public map. In principle, a resident can click on a damaged bridge and follow its story from the first inspection to the final invoice. Donors like the system because it offers them an auditable trail; municipalities tolerate it because it makes it easier to attract foreign money. An official involved in the design described the logic this way:

> We cannot ask every village council to become an expert in procurement law. So we try to put the expertise into the software, and let the public check the results.

The approach has its limits. Data quality depends on the people entering it, and an overloaded municipal clerk may not update a project status for weeks. Some contractors have learned to split large projects into smaller lots that fall below scrutiny thresholds. Monitoring organisations report that the most frequent problem is not outright theft but inflated estimates, where a project costs more than it should because the initial assessment was generous and nobody had the time to challenge it.

## The European dimension

Ukraine's procurement framework will also need to converge with European Union rules as accession talks progress. On paper, the two systems are compatible: both rely on open competition, published criteria and the right to appeal. In practice, EU procurement law is heavy on procedure and light on the kind of real-time transparency that Ukrainian reformers prize. Some officials in Kyiv worry that harmonisation could mean importing paperwork without improving outcomes, while some European auditors worry that the Ukrainian model's reliance on public scrutiny is no substitute for rigorous internal controls.

The most constructive voices on both sides argue that this is a false choice. Ukraine can adopt European procedural safeguards while keeping its open data; the EU, for its part, has something to learn from a system in which every contract is searchable by default. Several member states are now studying whether elements of the Ukrainian model could be adapted for their own municipal procurement.

## What success would look like

For the reform community, the test is not whether every reconstruction contract is perfect. It is whether problems are found quickly, by people outside the institutions that caused them, and whether findings lead to consequences. On that measure the record is mixed but encouraging. Anti-corruption bodies have opened cases based on red flags identified by the monitoring tools, and several municipalities have cancelled tenders after public complaints. The larger question is political. Transparency survives when those in power see it as an asset rather than an obstacle. As reconstruction money grows, so will the incentives to make it less visible. Whether Ukraine's digital procurement culture outlasts the emergency that tested it will say a great deal about what kind of state emerges from the war.`,
    authorSlugs: ["oleksandr-havryliuk"],
    topicSlugs: ["technology", "economy"],
    visibility: "public",
    status: "published",
    daysAgo: 1,
  },
  {
    slug: "polands-regional-towns-are-quietly-emptying",
    title: "Poland's Regional Towns Are Quietly Emptying",
    excerpt:
      "Poland's big cities are booming, but dozens of mid-sized towns that lost their administrative status a generation ago are shrinking fast. The policy tools to slow the decline remain timid.",
    body: `On a weekday morning in a former provincial capital in eastern Poland, the railway station is quieter than it should be. The trains still run, and the station building was renovated with European money a few years ago, but the platforms are mostly occupied by pensioners and teenagers heading to school in the next larger city. The town's population has fallen by roughly a fifth since the turn of the century. The maternity ward at the local hospital closed last year. The secondary schools are merging.

This is not a story of collapse. The streets are clean, the market square has been repaved, and unemployment is low by historical standards. It is a story of slow subtraction, repeated in dozens of places across the country, and it is one of the least discussed features of Poland's otherwise remarkable economic transformation.

## The towns that lost their status

Many of the most affected places share a specific history. When Poland's administrative map was redrawn at the end of the 1990s, the number of provinces was cut dramatically. Towns that had served as regional capitals lost their provincial offices, courts, and the steady middle-class employment that came with them. Some adapted by attracting manufacturing or logistics investment. Others drifted, watching their young people leave for Warsaw, Kraków, Wrocław, or abroad.

Demographers point out that the decline is now self-reinforcing. When the cohort of women in their late twenties and thirties shrinks, births fall regardless of fertility rates. When births fall, schools close, and families with young children become more likely to move. The local labour market tilts towards care and retail jobs, which pay less and make it harder to retain graduates. A mayor of one such town told me that his most important economic indicator is no longer the unemployment rate but the number of children enrolled in the first grade.

## What has been tried

Successive governments have recognised the problem, at least rhetorically. Special economic zones were extended to cover the whole country, removing the geographical advantage that some smaller towns had enjoyed. Programmes to support medium-sized towns losing their socio-economic functions have financed planning exercises, infrastructure and small business support. Regional rail connections have been restored in some areas after years of closures. The results are uneven. Local officials describe a familiar pattern: funding arrives for visible projects such as renovated squares, sports halls and cycle paths, while the harder structural issues go unaddressed. A refurbished cultural centre does little if there is no regular bus service in the evening and the nearest specialist doctor is an hour away.

> We have beautiful infrastructure and nobody to use it. The money was easy to spend on concrete. It is much harder to spend on people.

## The remote work dividend that never quite arrived

During the pandemic, there was optimism that remote work would reverse the flow. Some professionals did move back to their hometowns, buying cheaper houses and working for employers in Warsaw or Berlin. The effect was real but small, and it has partly faded as companies recalled staff to offices. More importantly, the returnees tended to settle in towns within easy reach of a large city, which reinforced the advantage of suburban belts rather than helping more distant places.

## Rethinking the goal

A growing number of planners argue that the policy goal itself needs to change. Rather than promising to restore population growth, which is unrealistic for most shrinking towns, governments should help them shrink well. That means consolidating services intelligently, investing in transport links that connect residents to jobs elsewhere, and maintaining the quality of life for the people who stay, many of whom are elderly.

Such an approach is politically awkward. No mayor wants to campaign on managed decline, and national politicians prefer announcements of new factories. Yet the alternative is a continuation of what is happening now: slow erosion accompanied by occasional bursts of investment that do not change the trajectory. Poland's regional towns are not dying. But they are becoming quieter, older and more dependent on decisions made elsewhere. How the country responds will shape not only its economic geography but its politics, since the sense of being left behind has proved a potent force in elections across the region.`,
    authorSlugs: ["halina-dreszer"],
    topicSlugs: ["society", "economy"],
    visibility: "public",
    status: "published",
    daysAgo: 8,
  },
  {
    slug: "romanias-budget-arithmetic-meets-its-deadline",
    title: "Romania's Budget Arithmetic Meets Its Deadline",
    excerpt:
      "Romania has run the European Union's largest budget deficit for several years. The adjustment now under way will test the coalition, the public sector unions and the patience of voters.",
    body: `Romania's public finances have been the subject of polite warnings from Brussels for so long that many in Bucharest had come to treat them as background noise. That has changed. With the deficit stubbornly among the highest in the European Union, rating agencies signalling impatience and borrowing costs well above those of regional peers, the government has begun an adjustment that is large by any standard. The question is no longer whether consolidation will happen, but who will bear it and whether the political system can hold together while it does.

## How the gap opened

The roots of the problem are not mysterious. Romania collects less tax relative to the size of its economy than almost any other EU member. Compliance with value-added tax is weak, and a range of exemptions and special regimes, some introduced for good reasons and kept for bad ones, erode the base further. At the same time, public sector wages and pensions were increased repeatedly in the years before recent elections. Each increase was defensible on its own: teachers were underpaid, pensions for many were meagre. Together they created a structural gap between what the state promises and what it collects.

Economists in Bucharest like to point out that Romania's debt level remains moderate compared with western European countries. That is true, and it is why the situation is serious rather than critical. But a deficit of this size, sustained over several years, would push the debt ratio up quickly, and Romania pays a premium to borrow because investors doubt that governments will keep their promises.

## The measures on the table

The consolidation package combines revenue and spending measures. On the revenue side, the government has raised VAT rates, trimmed several exemptions and increased excise duties. On the spending side, it has frozen some public sector wages, cut bonuses and allowances, and promised to reduce the number of vacant positions in the administration. A reform of special pensions, the generous schemes enjoyed by magistrates, military personnel and some other categories, has been announced several times and remains politically explosive.

The composition matters. Measures that raise revenue quickly, such as VAT increases, are also the most regressive and the most visible in shop prices. Measures that improve efficiency, such as better tax collection and digitalisation of the tax authority, are more sustainable but take years to pay off. The government is attempting both, but the early weight of the adjustment falls on consumers.

> The problem is not that we do not know what to do. Every finance minister for fifteen years has had the same list. The problem is that every list ends with an election.

## Unions, magistrates and the street

Opposition to the package has come from predictable directions. Public sector unions have organised protests in Bucharest and several regional cities, arguing that the wage freeze penalises workers for decisions made by politicians. Magistrates' associations have warned that changes to their pensions would threaten judicial independence, an argument that sits uneasily with public opinion but carries legal weight because of past constitutional rulings. The coalition itself is a more immediate risk. Its partners come from different political traditions and compete for overlapping voters. Each has an incentive to be seen resisting the most unpopular measures while allowing them to pass. Observers in Bucharest are watching for signs that one partner might use a dispute over special pensions or local government funding as a pretext to leave.

## Why it matters beyond Romania

Romania is the largest economy in south-eastern Europe and an increasingly important NATO ally, hosting allied troops and a growing defence industry. A prolonged fiscal crisis would constrain its ability to invest in infrastructure and defence at a time when both are strategic priorities. It would also strengthen the hand of political forces that blame Brussels for austerity, a narrative that has found a receptive audience in parts of the country.

The most optimistic reading is that Romania is finally addressing its revenue problem in a serious way, and that better tax collection will eventually allow some of the most painful measures to be reversed. The most pessimistic is that the adjustment will be abandoned halfway, as has happened before, leaving the country with higher prices, angry public servants and a deficit that has barely moved. The next budget cycle will show which reading is closer to the truth.`,
    authorSlugs: ["radu-costinescu"],
    topicSlugs: ["economy", "politics"],
    visibility: "public",
    status: "published",
    daysAgo: 11,
  },
  {
    slug: "budapests-independent-theatres-learn-to-live-without-the-state",
    title: "Budapest's Independent Theatres Learn to Live Without the State",
    excerpt:
      "Squeezed out of public funding, Hungary's independent companies are experimenting with memberships, foreign co-productions and touring. The art is surviving; the institutions are fragile.",
    body: `The rehearsal room is on the third floor of a former printing works in Budapest's eighth district, and the heating is switched on only an hour before the actors arrive. The company that rents it has existed for almost twenty years, has toured festivals across Europe, and has received exactly nothing from the national cultural funding system for the past several seasons. Its director keeps a spreadsheet of every forint that comes in, colour-coded by source. Green is ticket sales. Blue is foreign grants. Yellow is what the company calls its friends: a few hundred people who pay a monthly contribution in return for early booking and a sense of belonging.

## How the money moved

Hungary's cultural funding system has been reorganised repeatedly over the past decade. Decisions about grants for the performing arts were centralised in bodies whose leadership reflects the priorities of the governing majority. Large repertory theatres, particularly those with conservative or national-historical programming, have generally fared well. Independent companies, many of which emerged from the alternative scene of the 1990s and 2000s and produce politically or formally provocative work, have seen their support shrink or disappear.

Officials describe the changes as a correction of past imbalances and point to increased overall spending on culture. Independent artists describe them as a slow strangulation. Both statements can be true at the same time: more money in the system, distributed according to different criteria, with a particular part of the sector left outside.

## The membership model

The response of the independents has been inventive. Several companies now operate something close to a membership model borrowed from independent media. Supporters pay a small monthly amount, often the price of two or three coffees, and the aggregate provides a predictable base that ticket sales cannot. One company told me that membership income now covers its rent and the salary of its producer, which means that productions can be planned more than a few months ahead. Crowdfunding for individual productions has also become routine, although fatigue is setting in. The same audiences are asked to contribute to theatres, independent newspapers, civil society organisations and election campaigns. A producer who has run several campaigns observed:

> We are all fishing in the same pond. The pond is generous, but it is not getting any bigger.

## Looking abroad

The second strategy is internationalisation. Hungarian independent theatre has long enjoyed a reputation abroad, and companies increasingly build their seasons around co-productions with partners in Germany, Austria, Belgium and the Nordic countries. A production might premiere at a festival in Vienna, tour to three or four other cities, and only then play a short run in Budapest. European cultural programmes and foreign municipal funds fill part of the gap left at home.

This brings its own tensions. Work made for international festivals must be legible to audiences without Hungarian, which pushes companies towards physical theatre, music and visual storytelling. Some directors welcome that; others feel that the most urgent local subjects, which depend on language and context, are being sidelined. There is also a risk that the companies become better known in Brussels than in Debrecen.

## Touring the provinces

A smaller but interesting trend runs in the other direction. Several independent groups have started touring Hungarian towns, performing in community halls, schools and libraries. These tours are cheap to run, draw audiences that rarely see contemporary theatre, and create relationships outside the capital's familiar circles. They are also a quiet political statement, challenging the idea that independent culture is a Budapest phenomenon.

## Fragile, not finished

The overall picture is one of resilience rather than recovery. Companies that survive have become leaner, more entrepreneurial and more dependent on a small number of committed people. Burnout is common. Younger artists often combine theatre with teaching, film work or jobs outside the sector, and some have left the country. What is at stake is not only a set of institutions but a kind of cultural ecosystem in which experimental work can feed into the mainstream. Many of Hungary's best-known actors and directors came out of the independent scene. If it shrinks to a handful of surviving companies, the loss will be felt on the larger stages as well, even by those who never climbed the stairs to a cold rehearsal room in the eighth district.`,
    authorSlugs: ["dora-szentesi"],
    topicSlugs: ["culture", "society"],
    visibility: "public",
    status: "published",
    daysAgo: 14,
  },
  {
    slug: "moldovas-long-winter-without-transit-gas",
    title: "Moldova's Long Winter Without Transit Gas",
    excerpt:
      "The end of Russian gas transit through Ukraine exposed Moldova's most sensitive vulnerability: a breakaway region that produces most of the country's electricity. The crisis is not over.",
    teaser:
      "How Chișinău kept the lights on after the gas stopped, why the Transnistrian power plant remains the key to everything, and what Moldova's government is doing differently this year.",
    body: `For most of its independent history, Moldova lived with an energy arrangement that made little sense on paper and a great deal of sense in practice. Russian gas flowed through Ukraine to the breakaway region of Transnistria, where a large Soviet-era power station burned it to produce electricity. That electricity was sold to the rest of Moldova at prices that were low enough to keep consumers calm and opaque enough to sustain a whole ecosystem of intermediaries. The gas itself was rarely paid for in full, and the debt accumulated on a ledger that Moscow could invoke whenever it wished.

## When the pipeline went quiet

The end of gas transit through Ukraine broke that arrangement. Transnistria lost its main fuel supply almost overnight, and with it the ability to run its power plant at full capacity. The region's industry shut down, and residents faced rolling blackouts and unheated apartments. On the right bank of the Dniester, the government in Chișinău had to replace the cheap electricity it had relied on with imports from Romania and the wider European market, at considerably higher prices.

The government had prepared, up to a point. Interconnections with Romania had been strengthened, the state gas company had diversified its supply, and emergency reserves had been built up. But the price shock was real, and it landed on households that were already among the poorest in Europe. Compensation schemes softened the blow for the most vulnerable, financed partly by European assistance, but public frustration was palpable.

## The humanitarian lever

The crisis in Transnistria created a dilemma. The region's authorities, closely aligned with Moscow, presented the shortages as the fault of Chișinău and Kyiv. Moscow offered to finance gas deliveries through intermediaries, on terms that would deepen the region's dependence. Moldova's government, for its part, offered humanitarian assistance and access to European gas, conditioned on a degree of transparency and cooperation that the Transnistrian leadership had long resisted. A senior official in Chișinău described the government's thinking:

> We will not let people freeze to prove a point. But we also will not pay to restore a system that was designed to keep us dependent.

The result has been a series of temporary arrangements, in which limited gas volumes reach the region through routes that Chișinău can at least monitor. The power station runs below its former capacity, and the electricity it produces no longer dominates the Moldovan market.

## Building the alternative

The longer-term strategy has three pillars. The first is further integration with the Romanian and European electricity systems, including a new high-voltage line that will reduce the dependence on lines that cross Transnistrian territory. The second is domestic generation, particularly solar and wind, which has grown quickly from a small base thanks to auctions and net-metering rules for households. The third is efficiency: Moldova's building stock is old and poorly insulated, and every megawatt-hour saved is one that does not need to be imported.

Progress on all three is real but gradual. New transmission lines take years to build, renewable capacity needs balancing, and insulation programmes depend on donor funding that competes with other priorities.

## The political calendar

Energy is also politics. Pro-Russian parties have campaigned on the promise of returning to cheap gas, a message that resonates with pensioners who remember lower bills and do not follow the details of transit contracts. The government's argument, that cheap gas came with strings attached and that energy independence is a condition for European integration, is correct but harder to fit on a poster. The next winter will be another test. If supplies remain stable and prices moderate, the government can claim that Moldova has survived the end of an era without a collapse. If a cold snap coincides with an interruption in imports, the political consequences could be severe. Either way, the old arrangement is gone, and the question is what replaces it.`,
    authorSlugs: ["oleksandr-havryliuk"],
    topicSlugs: ["energy", "security", "politics"],
    visibility: "members",
    status: "published",
    daysAgo: 17,
  },
  {
    slug: "why-czech-industry-fears-the-electricity-bill-more-than-tariffs",
    title: "Why Czech Industry Fears the Electricity Bill More Than Tariffs",
    excerpt:
      "Trade wars make headlines, but for Czech manufacturers the more persistent threat is the cost of power. The country's energy-intensive industrial model is under quiet strain.",
    body: `Ask a Czech factory director about tariffs and you will get a thoughtful answer about supply chains, German car makers and the uncertainty of American trade policy. Ask about electricity and the answer becomes more animated. For a large part of Czech industry, the cost of energy has become the single most important variable in long-term planning, and the comparison with competitors elsewhere is not flattering.

## A heavy industrial economy

Czechia remains one of the most industrialised economies in the European Union. Manufacturing accounts for a larger share of output than in almost any other member state, and much of that manufacturing is energy-intensive: chemicals, glass, steel, ceramics, paper, and the supplier networks of the automotive sector. For decades, the country benefited from relatively cheap domestic power generated by coal and nuclear plants, combined with a geographical position at the heart of the European grid.

That advantage has eroded. Coal plants are closing as carbon prices rise and the national phase-out timetable approaches. Nuclear new build is planned but years away. Wholesale prices on the Central European market, to which Czechia is tightly coupled, are increasingly shaped by German renewables and gas-fired generation, which makes them volatile. Grid fees, meanwhile, have risen as transmission operators invest in the network.

## The view from the shop floor

A manager at a glassworks in northern Bohemia explained the arithmetic. Energy used to account for about a tenth of production costs. At the height of the energy crisis it approached a third, and even now it remains well above its historical level. The company has hedged its purchases and invested in efficiency, but it competes with producers in regions where industrial power is significantly cheaper.

> Tariffs are a storm. You batten down the hatches and wait. Electricity prices are the climate. You have to decide whether you can live here.

Several firms have responded by postponing investments or shifting new production lines to other countries. Others have accelerated electrification and on-site generation. Rooftop solar installations on industrial buildings have multiplied, and a handful of companies have signed long-term power purchase agreements with renewable developers, locking in prices for a decade or more.

## What the state can do

The government's options are constrained. Direct subsidies for industrial electricity run into European state aid rules and fiscal limits. The country has used temporary price caps and compensation for indirect carbon costs, but these are expensive and time-limited. Structural measures, such as faster permitting for renewables and grid connections, are more durable but slower. There is also a debate about the nuclear programme. Supporters argue that new reactors will provide stable, low-carbon power at predictable prices for decades. Critics point to the history of cost overruns at nuclear projects elsewhere in Europe and warn that the financing model, which involves long-term state support, could lock consumers into high costs. Both sides agree that new nuclear capacity will not help manufacturers in the next five years.

## Beyond price

The more interesting discussions in Czech industry are not only about price but about the business model itself. If energy-intensive production becomes structurally less competitive, the question is what replaces it. Some economists argue that Czechia needs to move up the value chain, towards engineering, design and services, rather than trying to preserve every furnace. Others warn that a rapid deindustrialisation would hollow out regions whose identity and employment depend on manufacturing.

The likely path lies somewhere in between: a gradual shift towards less energy-intensive activities, supported by investments in efficiency and domestic clean generation, with some painful closures along the way. For the glassworks in northern Bohemia, the calculation is simpler. It needs a predictable price for the next decade. Tariffs will come and go, but without that predictability, the furnaces may not stay lit.`,
    authorSlugs: ["tomas-vrabec"],
    topicSlugs: ["economy", "energy"],
    visibility: "public",
    status: "published",
    daysAgo: 20,
  },
  {
    slug: "the-digital-state-grows-up",
    title: "The Digital State Grows Up",
    excerpt:
      "Estonia's e-government was built by young reformers for a young country. Three decades on, it faces the problems of middle age: legacy systems, security threats and citizens who expect more.",
    body: `Estonia's digital state has been told as a founding myth so often that it is easy to forget it was once a practical response to scarcity. A small country with little money and few civil servants decided in the 1990s that it could not afford the paper-heavy bureaucracy of its larger neighbours. It built a secure national identity system, a data exchange layer that let government databases talk to one another, and a culture in which citizens expected to file taxes, sign contracts and access health records online. The result became a global brand and a destination for visiting delegations.

## Middle-aged infrastructure

The systems that made Estonia famous are now decades old, and some of them show it. Officials speak candidly about legacy databases written in outdated languages, maintained by a shrinking pool of specialists. The data exchange layer has been modernised several times, but the applications that sit on top of it vary widely in quality. Some ministries run sleek, user-friendly services. Others still rely on interfaces that would not look out of place in the early 2000s.

This is not unique to Estonia; every digital government eventually accumulates technical debt. What makes it sensitive is the national narrative. When a service fails or a system goes down, the disappointment is sharper because expectations are so high. Citizens who have grown up with digital services compare them not with the bureaucracy of the past but with the apps on their phones.

## Security as a permanent condition

Estonia's digital identity has also been a target. The country suffered one of the first large-scale cyber attacks against a state in 2007, and it has since lived with a constant background of probing, phishing and disruption. A vulnerability discovered in the chips of national ID cards some years ago forced the suspension and replacement of hundreds of thousands of certificates, an episode that officials now cite as a lesson in humility. The state's response has emphasised resilience rather than invulnerability. Critical data is backed up in a so-called data embassy abroad, a server facility in an allied country that enjoys diplomatic protection. Systems are designed on the assumption that some components will be compromised. A senior official in the information system authority put it this way:

> The question is not whether we will be attacked. It is whether the citizen notices.

## Beyond the showcase

A newer debate concerns what the digital state should do next. For years, the emphasis was on digitising existing procedures: taking a form and putting it online. Reformers now talk about proactive services, in which the state anticipates needs rather than waiting for applications. When a child is born, for example, family benefits can be assigned automatically without parents filling in anything. The same logic is being applied to unemployment, pensions and business registration.

Proactive services require more data sharing between agencies, which raises questions about privacy and consent. Estonia's principle that citizens can see who has accessed their data has been an important safeguard. Whether it is sufficient as systems become more automated, and as artificial intelligence tools are introduced into decision-making, is an open question that the country's data protection authorities are beginning to explore.

## The export question

Estonia has also become an exporter of digital governance, advising governments from Ukraine to parts of Africa and Latin America. Some Estonian companies have built substantial businesses around this expertise. Critics within the country argue that the emphasis on exporting the model has occasionally distracted from maintaining it at home, and that the best engineers are drawn to lucrative foreign contracts rather than to domestic public service.

The digital state is not in crisis. It remains one of the most effective in the world, and most Estonians would not trade it for anything resembling a paper-based system. But it is no longer a start-up. Like any mature institution, it needs steady investment, careful maintenance and a willingness to admit that some of its foundations need rebuilding. That is less exciting than the founding story, but it is the work that will determine whether the story continues.`,
    authorSlugs: ["ieva-kalnina"],
    topicSlugs: ["technology", "politics"],
    visibility: "public",
    status: "published",
    daysAgo: 24,
  },
  {
    slug: "bulgarias-euro-debate-decoded",
    title: "Bulgaria's Euro Debate, Decoded",
    excerpt:
      "For Bulgaria, the single currency was always more a political question than a monetary one. Understanding the arguments on both sides explains a great deal about the country's politics.",
    body: `Bulgaria has been preparing to join the euro for so long that the preparation itself became part of the country's political landscape. The lev has been pegged to the German mark and then to the euro since the late 1990s, when a currency board was introduced to end a devastating bout of hyperinflation. In monetary terms, Bulgarians have effectively lived with the euro for a generation. Yet the decision to adopt it formally has generated more emotion than almost any other economic question in recent years.

## The economic case, briefly

Supporters of adoption make a straightforward argument. Because the lev is already fixed to the euro, Bulgaria has no independent monetary policy to lose. Joining the eurozone would give the country a seat at the table where monetary decisions are made, access to the backstops of the banking union, lower transaction costs for trade and tourism, and, over time, lower borrowing costs for the state and businesses. The currency board, which has served the country well, would be replaced by full membership of the system it has been shadowing.

Economists also note that the reputational effect matters. Investors tend to see eurozone membership as a sign of institutional maturity. For a country that has struggled with perceptions of corruption and weak rule of law, that signal has value.

## Why the opposition runs deeper

The arguments against adoption are partly economic, but mostly about trust. The most common fear is inflation: that retailers will round up prices when they are converted, as many consumers believe happened in other countries. Statistical evidence from earlier changeovers suggests that the overall effect was small, but the perception was strong, and perceptions are what voters remember. A pensioner in Plovdiv told me she did not care about the European Central Bank; she cared about the price of bread and cheese.

There is also a sovereignty argument, amplified by nationalist and pro-Russian parties. The lev, they argue, is a symbol of statehood, and giving it up is a step towards dissolving Bulgaria into a European project that does not serve its interests. These parties have collected signatures, organised protests and attempted to force referendums on the issue.

> People do not reject the euro because they have read the convergence report. They reject it because they do not trust the people who will manage the changeover.

## The institutional test

Much of the debate therefore turns on the capacity of the state. Can regulators monitor prices effectively during the conversion? Will the competition authority act against opportunistic rounding? Are the rules on dual price display enforced in small shops as well as large supermarkets? The government has passed legislation on all of these, but implementation depends on institutions that have not always enjoyed public confidence.

Bulgaria's political instability has not helped. A long series of snap elections and short-lived governments made it difficult to pursue a consistent strategy, and euro adoption became a marker in the contest between parties rather than a technical project. When a government was in place long enough to push the process forward, its opponents framed the decision as illegitimate.

## What the debate reveals

The euro debate is ultimately a mirror of Bulgarian politics. It pits a pro-European establishment, confident that the country's future lies in deeper integration, against a sceptical public that has seen many promises of prosperity fall short. It exposes the weakness of institutions that are supposed to protect consumers, and the strength of parties that thrive on distrust. Whatever the monetary mechanics, the political work is not finished. The success of the currency will be judged in shops and markets, in the pensions and wages that people receive, and in whether the state shows that it can manage a complex transition honestly. If it does, the euro may become as unremarkable as the currency board before it. If it does not, the sceptics will have a story to tell for years.`,
    authorSlugs: ["radu-costinescu"],
    topicSlugs: ["economy", "politics"],
    visibility: "public",
    status: "published",
    daysAgo: 28,
  },
  {
    slug: "the-drone-factories-of-western-ukraine",
    title: "The Drone Factories of Western Ukraine",
    excerpt:
      "In converted warehouses and former furniture workshops, hundreds of small firms are building the drones that now define the war. The industry is booming, chaotic and increasingly strategic.",
    teaser:
      "A rare look inside the small workshops that have turned Ukraine into a drone superpower, and the hard questions about scale, standards and export that the industry now faces.",
    body: `The workshop occupies half of a former furniture factory on the edge of a city in western Ukraine. At one end, young technicians solder circuit boards at long tables. At the other, finished drones are stacked in crates marked only with serial numbers. The owner, who asked that neither he nor the city be named, started the company with four friends in a garage. It now employs more than a hundred people and delivers several thousand units a month to front-line brigades.

## From volunteers to an industry

Ukraine's drone industry began as a volunteer movement. In the early months of the full-scale invasion, enthusiasts modified commercial quadcopters, crowdfunded purchases and delivered them to soldiers who had learned to use them for reconnaissance and artillery spotting. The first-person-view attack drone, a cheap racing quadcopter carrying an explosive charge, emerged from the same culture of improvisation.

Within two years, the improvisation had become an industry. The government created procurement channels that allowed small firms to sell directly to the military, simplified certification, and offered guaranteed orders. Hundreds of companies registered as drone manufacturers. Some produce complete systems; others specialise in components such as frames, motors, radios or software for navigation and targeting. Many cluster in western regions, which are further from Russian missiles and closer to European supply chains.

## Speed as doctrine

What distinguishes the Ukrainian industry is the speed of iteration. A design change requested by a unit at the front can be tested, manufactured and delivered within weeks. Electronic warfare, which jams the radio links between drones and their operators, forces constant adaptation: new frequencies, new antennas, new software, and increasingly autonomous terminal guidance that allows a drone to complete its attack after losing its link. One engineer described the cycle:

> Every month the enemy learns something and we learn something. The company that stops learning for one month is finished.

This tempo is difficult to reconcile with traditional defence procurement, which values standardisation, documentation and long production runs. The Ukrainian Ministry of Defence has tried to combine the two, using digital marketplaces where brigades can order from a catalogue of approved systems, and a points-based system that rewards units for verified hits with credits to buy more equipment.

## The component problem

The industry's biggest vulnerability is its dependence on imported components, many of them from China. Motors, cameras, batteries and flight controllers often originate in Chinese factories, and supply has been disrupted by export restrictions. Ukrainian firms have responded by developing domestic production of some parts, and by sourcing from Taiwan, Europe and elsewhere. Full independence remains distant, particularly for electronics and magnets. Investors and European governments have noticed. Several European defence companies have formed partnerships with Ukrainian drone makers, and some governments are funding production in Ukraine for delivery to the Ukrainian army, a model that is faster and cheaper than buying from their own industries. There is also growing interest in setting up joint production facilities in neighbouring EU countries, which would reduce the risk of strikes on factories.

## Scale, standards and the future

As the industry matures, consolidation is likely. Not all of the hundreds of small firms will survive a market that increasingly rewards scale and reliability. The government is under pressure to set clearer standards for quality and interoperability, which could squeeze out the smallest producers but improve the consistency of what reaches the front.

The most sensitive question is export. Ukrainian manufacturers argue that access to foreign markets would allow them to grow, attract investment and keep engineers employed when the war ends. The government has so far restricted exports to ensure that production goes to its own forces, but there are signs that a controlled opening, perhaps through joint ventures with allied countries, is under discussion. Whatever happens, the drone industry has already changed the way the war is fought and the way European militaries think about their own needs. The workshop in the former furniture factory is a small part of that change. Its owner is already planning a second site. When asked where, he smiled and changed the subject.`,
    authorSlugs: ["oleksandr-havryliuk"],
    topicSlugs: ["security", "technology"],
    visibility: "members",
    status: "published",
    daysAgo: 31,
  },
  {
    slug: "warsaws-housing-squeeze-and-the-limits-of-subsidy",
    title: "Warsaw's Housing Squeeze and the Limits of Subsidy",
    excerpt:
      "Successive Polish governments have tried to help young buyers with subsidised mortgages. Each time, prices rose faster than the support. The real bottleneck lies elsewhere.",
    body: `There is a familiar ritual in Warsaw whenever the government announces a new programme to help young people buy their first home. Developers update their price lists. Estate agents report a surge in enquiries. Within a few months, prices in the most popular districts have risen by roughly the amount of the subsidy. Young couples who were supposed to benefit find that they are no better off, and those who do not qualify find that they are considerably worse off.

## A decade of demand-side help

Poland has tried several versions of this policy. Subsidised mortgage rates, guarantees that replace the down payment, and direct grants to first-time buyers have all been used. The details differ, but the logic is the same: make borrowing cheaper or easier so that more households can afford to buy. The political attraction is obvious. Home ownership is deeply valued in Polish society, and a programme that helps young families buy a flat produces visible beneficiaries and grateful voters.

The economic result has been less impressive. When the supply of housing is constrained, helping buyers bid more mostly raises prices. Studies by Polish economists and the central bank have found that price increases in the largest cities accelerated during the periods when subsidies were most generous. Developers' margins widened. Some of the benefit went to sellers and landowners rather than to buyers.

## The bottleneck of land and planning

The underlying problem is supply, and in Warsaw supply is limited by land and planning. Large parts of the city are not covered by local zoning plans, which means that every new project must go through a lengthy individual approval process. Infrastructure, from sewers to tram lines, often lags behind construction in new districts, leading residents to resist further development. Much of the land that could be built on is held in fragmented ownership or by public bodies that move slowly. A planning official in one of the city's districts described the situation:

> We are not short of people who want to build. We are short of plots that can be built on tomorrow, with a road, a school and a bus stop next to them.

A reform of the planning system, which requires municipalities to adopt comprehensive general plans, is meant to address part of this problem. It will take years to take full effect, and its impact will depend on how ambitious the plans are. There is a risk that municipalities, responding to existing residents, will use the new system to restrict rather than enable construction.

## Rental housing, the missing piece

For years, Polish housing policy has focused almost exclusively on ownership. The rental market has been small, informal and often of poor quality. Institutional investors have begun to build rental blocks in the largest cities, and social rental housing is being expanded through state and municipal programmes. Both are welcome but remain small relative to demand. Housing experts argue that a stronger rental sector would take pressure off the ownership market and give young people more flexibility, particularly those who move to Warsaw for work and are not ready to commit to a thirty-year mortgage. It would also reduce the tendency of small investors to buy flats as a store of value, which adds to demand in the most desirable areas.

## What a different policy might look like

A housing policy focused on supply would look less glamorous than subsidies. It would involve:

- faster adoption of local plans in areas well served by public transport;
- public investment in infrastructure ahead of construction rather than after it;
- mobilising public land for mixed development, including social and affordable rental;
- tax rules that discourage holding empty flats as investments.

None of these produces an immediate photo opportunity. All of them would do more for young people in Warsaw than another round of mortgage support. The danger is that the political cycle continues to favour the ritual: an announcement, a surge, a price rise, and another announcement a few years later.`,
    authorSlugs: ["halina-dreszer"],
    topicSlugs: ["economy", "society"],
    visibility: "public",
    status: "published",
    daysAgo: 35,
  },
  {
    slug: "hungarian-literatures-quiet-export-boom",
    title: "Hungarian Literature's Quiet Export Boom",
    excerpt:
      "Hungarian novelists are being translated, prized and discussed abroad as never before. Behind the success is a small network of translators, publishers and stubborn agents.",
    body: `Walk into a serious bookshop in Berlin, Paris or New York and there is a reasonable chance you will find a Hungarian novel on the front table. A generation ago that would have been surprising. Hungarian is a difficult language with few speakers outside the country, and its literature was known abroad through a handful of classic names and the occasional dissident. Today, contemporary Hungarian writers are reviewed in major newspapers, shortlisted for international prizes and studied in comparative literature seminars.

## Why now

There is no single explanation. Part of the answer lies in the writing itself. Hungarian prose has a reputation for long, dense sentences, dark humour and a preoccupation with history and its aftermath, qualities that international readers have come to value as distinctive rather than forbidding. Several writers who began publishing in the 1980s and 1990s have produced bodies of work that invite sustained attention, and a younger generation has followed with novels that travel more lightly across borders.

Another part of the answer lies in the infrastructure of translation. A small number of dedicated translators, some Hungarian and some foreign, have spent decades learning how to carry this prose into English, German, French and other languages. Their names are increasingly printed on book covers, a sign of their importance. Publishers who took early risks on Hungarian writers have built loyal readerships for them. Prizes that honour translated fiction have given the work visibility it would not otherwise have had.

## The role of the state, and its limits

Hungary has a translation funding programme that subsidises foreign editions of Hungarian books, and it has supported some of this success. But the relationship between the state and the most celebrated writers is uneasy. Several of the best-known novelists are openly critical of the government, and some live partly or wholly abroad. Their international reputation is, in part, a reputation as voices of another Hungary. A translator who has worked with many of these authors observed:

> Foreign readers come for the politics and stay for the sentences. But the politics gets them through the door.

This creates a paradox. The government funds the promotion of Hungarian literature abroad, while some of the writers who benefit most from international attention are those who reject its vision of national culture. Officials have responded by emphasising other authors, particularly those writing historical fiction with a national theme, with mixed results abroad.

## Publishers at home

Inside Hungary, the literary ecosystem is under pressure. Publishing houses face rising paper and printing costs, a shrinking book market and competition for readers' attention. Consolidation has left a smaller number of independent publishers, some of which depend on grants that have become less predictable. Bookshop chains have closed branches in smaller towns. Yet there are signs of vitality. Literary festivals in Budapest and regional cities draw large audiences. Small publishers experiment with new formats and subscription models. Online literary magazines have created spaces for new voices that traditional outlets neglected. The success of Hungarian writers abroad has also raised their profile at home, sometimes in ways that surprise the authors themselves.

## What travels, and what does not

The export boom is selective. Novels travel better than poetry, which remains largely untranslated despite its central place in Hungarian literary culture. Writers from Budapest are overrepresented compared with those from the provinces or from Hungarian communities in neighbouring countries. Women writers, while increasingly visible, are still underrepresented in translation.

Translators and agents are working to broaden the picture, but the economics of translated fiction are unforgiving. A publisher who takes a chance on an unknown Hungarian author needs support for the translation, a persuasive sample and a critic willing to champion the book. The network that makes this possible is small and depends on personal commitment. That network is perhaps the real story. Behind every Hungarian novel on a foreign bookshop table is a chain of people who spent years making it possible, often for little money. Their work has given a small literature an outsized presence in the world, and it deserves more recognition than it usually receives.`,
    authorSlugs: ["dora-szentesi"],
    topicSlugs: ["culture"],
    visibility: "public",
    status: "published",
    daysAgo: 39,
  },
  {
    slug: "slovakias-media-law-and-the-public-broadcaster",
    title: "Slovakia's Media Law and the Public Broadcaster",
    excerpt:
      "Changes to the governance of Slovakia's public broadcaster have been presented as modernisation. Journalists inside the institution describe a quieter shift in what gets covered and how.",
    body: `The newsroom of Slovakia's public broadcaster looks much as it did a few years ago. The same anchors read the evening news, the same correspondents file from regional studios, and the same logo appears in the corner of the screen. What has changed is harder to see: the way the institution is governed, the way its leadership is appointed, and, according to people who work there, the atmosphere in which editorial decisions are made.

## What the law changed

The legislation that reshaped the broadcaster was presented by its sponsors as a necessary correction. The previous structure, they argued, had allowed the institution to become politically one-sided and insufficiently accountable to the public that funds it. The new law created a new governing council, changed the procedures for appointing the director general, and introduced provisions on the balance of programming.

Critics, including European journalists' associations and media freedom organisations, saw the changes differently. By altering the composition of the governing bodies and the appointment procedures, the law gave the governing majority greater influence over the broadcaster's leadership. The funding model, which had already moved from licence fees to direct state budget allocations, left the institution dependent on decisions made annually by the finance ministry.

## Inside the newsroom

Journalists at the broadcaster describe a climate of caution rather than open censorship. No one, they say, has been instructed to drop a story. But several experienced editors and presenters have left, some voluntarily and some after their programmes were cancelled or restructured. Their replacements tend to be less experienced and less willing to challenge the leadership. One reporter, who asked not to be named, described the effect:

> Nobody tells you what not to do. You just notice which stories get a good slot and which ones end up at midnight. After a while you learn.

The broadcaster's management rejects this characterisation, arguing that programming decisions reflect audience research and the need to serve viewers outside the capital. It points to new regional programmes and increased coverage of rural issues as evidence of a broader public service mission.

## The audience and the market

Slovakia's media market is small, and the public broadcaster competes with commercial television stations, online news portals and a vigorous ecosystem of social media channels, some of which spread disinformation. Trust in media is low by European standards, and surveys show that Slovaks are more likely than most Europeans to believe conspiracy theories. In this environment, the role of a public broadcaster is particularly important. It can offer a shared reference point for citizens who otherwise consume very different information. It can also become a target for those who want to shape that reference point. The debate over the broadcaster's independence is therefore about more than one institution; it is about the information environment of the whole country.

## The European dimension

The European Media Freedom Act, which applies across the EU, sets out requirements for the independence of public service media, including transparent appointment procedures and adequate, predictable funding. The European Commission has signalled that it will monitor compliance, and Slovakia's arrangements are likely to be scrutinised. Whether the Commission has the tools or the political will to enforce these standards remains to be seen.

For now, the broadcaster continues to function. Its news bulletins are professional, its documentaries are often excellent, and many of its journalists remain committed to public service values. The question is whether that commitment can survive a governance structure that makes it easier for those in power to shape the institution over time. Media independence is rarely destroyed in a single act. It is more often worn away by appointments, budgets and the quiet lessons that journalists learn about which stories are worth the trouble.`,
    authorSlugs: ["tomas-vrabec"],
    topicSlugs: ["politics", "culture"],
    visibility: "public",
    status: "published",
    daysAgo: 43,
  },
  {
    slug: "lithuanias-conscription-experiment",
    title: "Lithuania's Conscription Experiment",
    excerpt:
      "Lithuania reintroduced compulsory military service as a stopgap. A decade later, it has become a pillar of national defence and a mirror of the country's social contract.",
    body: `When Lithuania brought back conscription, the decision was framed as temporary. The country had abolished compulsory service only a few years earlier, in the optimistic period after joining NATO, when the threat from Russia seemed remote and professional armies were fashionable. The annexation of Crimea changed that calculation abruptly. Within months, the parliament voted to restore a limited form of conscription, selecting young men by lottery to serve for nine months.

## From lottery to expectation

The temporary measure has become permanent. Each year, thousands of young Lithuanians complete their service, and the system has been adjusted repeatedly: volunteers are taken first, exemptions have been tightened, and university students can defer or complete their service in shorter modules. The armed forces have expanded their training capacity, and the reserve has grown accordingly.

Public support has been consistently high. Polls show that a large majority of Lithuanians regard conscription as necessary, and the proportion of volunteers among each year's intake has grown. For many young people, service has become a normal part of life, something to be planned around rather than feared. A student in Kaunas told me that she volunteered because her friends had done so, and because she wanted to know what she would do if the worst happened.

## Debating universal service

The current debate is about whether to move from selective to universal service, in which all young men, and potentially women, would be expected to serve. Supporters argue that universal service would create a larger trained reserve, spread the burden fairly and reinforce a culture of national defence. Critics point to the costs of training and equipping a much larger intake, and question whether the armed forces have the instructors and infrastructure to absorb it.

The question of women's service is particularly sensitive. Women can volunteer and increasingly do, but extending compulsory service to them would be a significant change. Advocates point to the Nordic countries, where gender-neutral conscription has been introduced. Opponents argue that the priority should be making service more effective for those already called up.

> The point of conscription is not only to train soldiers. It is to make defence something that belongs to everyone, not just to the professionals.

## What conscripts actually learn

Military officials emphasise that the content of service has changed since the early years. Training now draws heavily on lessons from Ukraine: dispersed operations, drone use and counter-drone techniques, camouflage against thermal imaging, and the basics of first aid under fire. Conscripts spend more time in the field and less on parade grounds. Some are trained for specific roles in territorial defence units that would operate in their home regions. There are also civilian benefits. Employers report that former conscripts tend to be more disciplined and better at working in teams. The armed forces offer driving licences, language courses and technical qualifications. For some young people from rural areas, service provides opportunities they would not otherwise have had.

## Society and the state

Conscription also reflects a broader shift in Lithuanian society. Civil defence organisations, such as the riflemen's union, have seen rising membership. Schools teach basic civil defence. Municipalities are updating shelter plans and evacuation procedures. The idea of total defence, in which the whole of society contributes to national security, has moved from strategy documents into everyday life. This is not without tension. Some young people resent the interruption to their studies or careers, and there are persistent complaints about bureaucracy and the quality of some training units. Emigration remains a concern, and there are worries that conscription could encourage some young people to leave.

Still, the experiment has largely succeeded. What began as an emergency measure has become an accepted part of Lithuanian life, and other European countries are studying it closely. The lesson is that conscription works best when it is seen not as a burden imposed by the state but as a shared commitment, and that such a commitment can be built remarkably quickly when a country believes its freedom is at stake.`,
    authorSlugs: ["ieva-kalnina"],
    topicSlugs: ["security", "society"],
    visibility: "public",
    status: "published",
    daysAgo: 47,
  },
  {
    slug: "romanias-gas-windfall-from-the-black-sea",
    title: "Romania's Gas Windfall from the Black Sea",
    excerpt:
      "Deep-water gas fields off the Romanian coast could make the country the EU's largest gas producer. The windfall raises questions about taxes, security and who benefits.",
    teaser:
      "Romania is about to become a serious gas producer. We look at the fiscal rules, the security risks at sea and the regional politics of a resource that could reshape south-eastern Europe.",
    body: `For years, the deep-water gas fields off Romania's Black Sea coast were a source of more political argument than energy. Discovered more than a decade ago, they remained undeveloped while governments, investors and parliament argued about taxes, royalties and the rules for selling the gas. Foreign companies left the projects in frustration. Now, with production from the largest field approaching, Romania is preparing to become one of the most significant gas producers in the European Union, and the arguments have taken a new form.

## Why the delay mattered

The original dispute was about how to share the rewards. Romanian politicians, wary of accusations that they were giving away national resources, introduced an offshore law with high taxes and requirements to sell part of the production on the domestic market at regulated prices. Investors argued that the terms made the projects uneconomic. After several years of stalemate, the law was amended to offer more stable fiscal conditions, and the projects moved forward with a Romanian state-controlled company taking a leading role. The delay had costs. Had production started earlier, Romania would have been better placed during the energy crisis that followed the invasion of Ukraine. It also meant that the regional infrastructure to transport the gas, including interconnectors with Bulgaria, Hungary and Moldova, developed without the certainty of supply.

## What the gas will change

Once the largest field is in full production, Romania is expected to be self-sufficient in gas and to have a surplus for export. That will strengthen its position in regional energy markets and could reduce the dependence of neighbours such as Moldova on other sources. It will also provide significant revenue for the state through royalties and taxes, at a time when Romania's public finances are under severe strain.

> Gas will not fix the budget. But it will give the government some room to breathe, and room to breathe is precisely what Romania has lacked.

The domestic price question remains sensitive. Industrial consumers and households want the gas to lower their bills. The government wants to maximise revenue. Producers want to sell at market prices. Any regulated price regime will have to balance these interests without discouraging investment in further exploration.

## Security in a contested sea

The Black Sea is not a calm place to build offshore infrastructure. Russian naval activity, drifting mines from the war in Ukraine and the risk of sabotage against pipelines and platforms are all real concerns. Romania has invested in maritime surveillance, and NATO allies have increased their presence in the region, but protecting subsea infrastructure is notoriously difficult. The experience of the Baltic Sea, where damage to cables and pipelines has become a recurring problem, is instructive. Protecting infrastructure requires not only naval patrols but also monitoring of commercial shipping, rapid repair capabilities and legal frameworks that allow action against suspicious vessels. Romania and its neighbours are only beginning to build these capabilities.

## Regional implications

Romanian gas could play an important role in the energy security of south-eastern Europe. Moldova, which has struggled since the end of Russian gas transit through Ukraine, could benefit from direct supply through an upgraded pipeline. Bulgaria and Hungary could diversify their sources. Ukraine, which has large storage capacity in its western regions, could become a partner in regional storage and trading arrangements.

There are also climate considerations. The European Union has committed to phasing out fossil fuels, and new gas production sits uneasily with that goal. Romanian officials argue that gas is a transition fuel that will replace coal in power generation and heating, and that domestic production is preferable to imports with a higher carbon footprint. Environmental groups are unconvinced and point out that long-term contracts and infrastructure could lock in gas use for decades.

## Who benefits

Perhaps the most important question is political. Resource windfalls have a mixed record, and Romania's history of corruption in state-owned enterprises gives reason for caution. Transparency in how revenues are collected and spent, and clear rules for the management of state companies in the energy sector, will determine whether the gas becomes a source of national strength or another arena for patronage. The next few years will show which path Romania takes. The gas is real, and so is the opportunity. Whether it is used wisely depends on the institutions that manage it, and on the willingness of politicians to resist the temptation to treat it as a political slush fund.`,
    authorSlugs: ["radu-costinescu", "ieva-kalnina"],
    topicSlugs: ["energy", "economy"],
    visibility: "members",
    status: "published",
    daysAgo: 51,
  },
  {
    slug: "polands-mayors-are-the-new-power-brokers",
    title: "Poland's Mayors Are the New Power Brokers",
    excerpt:
      "In a polarised national politics, Poland's big-city mayors and small-town leaders have built durable, pragmatic power bases. Parties now court them more than they command them.",
    body: `Polish national politics is famously polarised. Two large camps have dominated the past two decades, and elections are fought as existential contests over the direction of the country. Yet below the national level, a different pattern has emerged. Mayors of cities large and small have built political bases that are less dependent on party loyalty, more focused on practical results and, in many cases, remarkably durable.

## Local power, national reach

The reform that introduced direct mayoral elections at the beginning of the century gave local leaders a mandate independent of their councils. Many mayors have used that mandate to stay in office for long periods, winning re-election on their record of roads, schools, parks and investment. Some belong to national parties; others run on local lists or as independents. In either case, their personal brand often matters more than their party label.

This has made mayors valuable to national parties. A popular mayor can deliver votes in a city or region, attract candidates and provide a platform for national ambitions. Several of the most prominent figures in Polish politics began their careers as local leaders, and parties increasingly recruit from town halls rather than from party youth wings.

## The politics of pragmatism

What distinguishes successful mayors is their pragmatism. A mayor of a mid-sized city in western Poland explained that his voters care about whether the trams run on time, whether the kindergartens have places and whether the streets are safe. Ideological disputes over history or culture matter less at this level, and mayors often work across party lines to secure funding and investment.

> In Warsaw they argue about the constitution. Here we argue about the bus timetable. Both matter, but only one of them decides whether I get re-elected.

This pragmatism has also made mayors effective advocates for their cities in dealings with the national government. When central authorities cut local government revenue through tax changes or centralised control over education and health, mayors formed associations and coalitions to push back. Their associations have become significant actors in national policy debates.

## Money and autonomy

The financial relationship between central and local government is a constant source of tension. Local governments depend heavily on shares of national income tax revenue, and changes to tax rates at the national level can have large effects on municipal budgets. Reforms that cut income tax for some groups reduced municipal revenues, and compensation from the central budget was often seen as insufficient or politically motivated. A more recent reform of local government financing tried to stabilise revenues by linking them to broader measures of the economy rather than specific tax rates. Mayors broadly welcomed it but remain wary. The experience of previous years has taught them that financial autonomy can be eroded quickly by decisions made in Warsaw.

## Limits and risks

The power of mayors is not without drawbacks. Long-serving leaders can become entrenched, and local media, often weak and sometimes dependent on municipal advertising, may not provide effective scrutiny. Term limits introduced in recent years will force some long-serving mayors to step down, creating succession battles that could reshape local politics. There is also a risk that the focus on visible investments, which win elections, comes at the expense of less visible needs such as social services, climate adaptation and long-term financial sustainability. Some municipalities have accumulated significant debts through ambitious investment programmes financed partly by European funds, which require local co-financing.

## What it means for national politics

The rise of mayors as power brokers suggests that Polish democracy is more pluralistic than its national polarisation implies. Voters who support opposing camps nationally may share a common satisfaction with their local leaders. Mayors who have built their careers on cooperation and results offer an alternative model of politics, one that is less about identity and more about competence. Whether this model can scale up to the national level is an open question. Mayors who move into national politics often find that the skills that served them locally are less useful in a parliament defined by party discipline and media conflict. But as parties seek candidates with broad appeal and practical records, the town hall is likely to remain an important route to power.`,
    authorSlugs: ["halina-dreszer"],
    topicSlugs: ["politics"],
    visibility: "public",
    status: "published",
    daysAgo: 55,
  },
  {
    slug: "ukraines-cinemas-stay-open",
    title: "Ukraine's Cinemas Stay Open",
    excerpt:
      "Air raid alerts interrupt screenings and power cuts force generators into foyers, yet audiences keep coming. Ukrainian cinema has become a place to grieve, laugh and argue about the war.",
    body: `The screening begins at seven, and by quarter to seven the foyer of the old cinema in central Kyiv is full. Students, couples, pensioners and soldiers on leave queue for tickets and popcorn. A sign next to the entrance explains what happens if the air raid sirens sound: the film will stop, and the audience will be guided to the shelter in the basement. Nobody seems particularly concerned. When the alarm does sound, about forty minutes into the film, people file downstairs with their drinks and chat until the all-clear.

## Cinema as routine

Going to the cinema in wartime Ukraine is an act of normality, and normality has become precious. Cinema operators say that attendance has recovered strongly since the first chaotic months of the full-scale invasion, when most venues closed. Generators keep screenings running during power cuts, and several cinemas have advertised themselves as warm, lit places where people can spend an evening during blackouts.

Audiences have also changed what they want to see. Russian films, which once made up a significant share of the market, disappeared entirely. Hollywood blockbusters remain popular, but Ukrainian productions have gained a much larger share of the audience. Comedies, in particular, have done well, as viewers seek relief from the daily news.

## A new Ukrainian cinema

The war has shaped Ukrainian filmmaking in ways that are visible on screen. Documentaries about the front, the occupation and the experience of refugees have been shown at international festivals and won awards. Feature films have begun to address the war directly, although many filmmakers say that it is too early to tell the story properly. A director who has made several films since the invasion explained:

> We are making films about something that is still happening to us. We do not have the distance. But we have the responsibility to record it now, because memory changes quickly.

Funding for Ukrainian cinema has been disrupted. The state film agency, which supported much of the country's production before the war, has had its budget cut as resources shifted to defence. International co-productions, European film funds and private investors have filled part of the gap. Some filmmakers have joined the armed forces, and several have been killed.

## Culture as defence

The government and cultural institutions increasingly describe culture as part of national defence. The argument is that Russia's war is also a war on Ukrainian identity, and that supporting Ukrainian language, history and art is a form of resistance. Cinema has been part of this effort, with films about Ukrainian history and literature receiving particular attention. This framing has its critics. Some filmmakers worry that culture becomes instrumentalised when it is expected to serve a national purpose, and that the space for ambiguity, criticism and experimentation narrows. Films that question official narratives, or explore uncomfortable subjects such as collaboration or corruption, may find it harder to secure funding or screens.

## The audience in the dark

For audiences, though, the cinema remains something simpler. It is a place to sit with strangers in the dark and share an experience for two hours. Some come to laugh, some to cry, some to see their own lives reflected on the screen. After a screening of a documentary about a front-line town, I watched an elderly woman sit in her seat long after the credits had finished. When the lights came up, she said only that she had recognised the street where her sister used to live.

The cinemas will stay open as long as they can. Their operators have adapted to blackouts, alarms and shortages, and they have found audiences willing to come despite everything. It is a small story in the context of a war, but it says something about the resilience of a society that refuses to give up the ordinary pleasures of life, even when they are interrupted by sirens.`,
    authorSlugs: ["oleksandr-havryliuk"],
    topicSlugs: ["culture", "society"],
    visibility: "public",
    status: "published",
    daysAgo: 59,
  },
  {
    slug: "chisinaus-reform-fatigue",
    title: "Chișinău's Reform Fatigue",
    excerpt:
      "Moldova has a pro-European government, candidate status and generous donor support. It also has tired voters, a slow justice reform and an opposition that thrives on disappointment.",
    body: `Moldova's pro-European government likes to measure its progress in milestones. The country applied for European Union membership, received candidate status and opened accession negotiations with remarkable speed. It has survived an energy crisis, repeated attempts at destabilisation and a war on its border. Foreign officials praise its resilience, and donors have been generous. Yet in the streets of Chișinău and, even more, in the villages beyond, the mood is less triumphant. Many Moldovans feel that their lives have not improved, and some feel that they have got worse.

## The gap between Brussels and the market

The reasons are not hard to find. Energy prices rose sharply after Moldova cut its dependence on Russian gas. Inflation, though it has eased, eroded real incomes for several years. Wages remain among the lowest in Europe, and emigration continues to drain the working-age population. For a pensioner in a village in the south, the opening of accession negotiations is an abstraction. Her heating bill is not. The government's argument is that European integration is a long-term project, and that the benefits will come with investment, trade and better institutions. That argument is correct but difficult to sell to voters who have heard promises of reform from many governments over three decades. A sociologist in Chișinău described the problem:

> Moldovans are not anti-European. They are tired. They have been told for thirty years that things will get better after the next reform.

## The justice reform that was supposed to change everything

The most important test of the government's credibility is justice reform. Moldova's courts and prosecution service have long been regarded as captured by political and business interests, and the theft of a large sum from the banking system a decade ago remains a symbol of impunity. The government promised to clean up the judiciary through a vetting process for judges and prosecutors.

The vetting has been slow and contested. Many judges resigned rather than submit to it, leaving courts understaffed. Legal challenges delayed the process. International experts involved in the vetting have been praised for their independence but criticised for the pace. Meanwhile, prominent cases related to the bank fraud and political corruption have moved slowly, and few senior figures have been convicted.

## The opposition's opportunity

Pro-Russian and populist parties have exploited this disappointment skilfully. They campaign on cost of living, energy prices and the perceived arrogance of a pro-European elite. Some are linked to fugitive oligarchs and financed through networks that the authorities have tried to disrupt. Vote-buying schemes uncovered during recent elections revealed the scale of outside efforts to influence Moldovan politics.

The government has responded with bans on some parties and restrictions on media outlets linked to Russian interests. Supporters argue that these measures are necessary to protect democracy from a hostile foreign power. Critics, including some in the pro-European camp, worry that they risk undermining the democratic norms that the government claims to defend.

## What could break the fatigue

There are no easy answers, but some ideas are gaining traction. Visible improvements in public services, such as roads, hospitals and schools financed by EU funds, could help persuade voters that integration brings tangible benefits. A few high-profile convictions in corruption cases could restore faith in the justice system. Targeted support for rural areas, which have been left behind by growth concentrated in the capital, could reduce the sense of abandonment.

The government also needs to communicate differently. Its messaging has often focused on geopolitics, presenting the choice as one between Europe and Russia. That framing resonates with some voters but leaves others cold. A message focused on jobs, wages and services might reach people who do not think in geopolitical terms. Moldova's European path is not in immediate danger. But reform fatigue is real, and it offers an opening to those who would like to reverse the country's direction. The next few years will show whether the government can convert diplomatic success into improvements that voters can feel.`,
    authorSlugs: ["oleksandr-havryliuk"],
    topicSlugs: ["politics"],
    visibility: "public",
    status: "published",
    daysAgo: 64,
  },
  {
    slug: "latvias-schools-finish-the-language-transition",
    title: "Latvia's Schools Finish the Language Transition",
    excerpt:
      "Latvia is completing the move to Latvian-only instruction in all public schools. The policy is popular with the majority and painful for many Russian-speaking families. Its success depends on teachers.",
    body: `In a school on the outskirts of Daugavpils, a teacher who has taught mathematics in Russian for twenty-five years is preparing her lessons in Latvian. She speaks the language well, having passed the required proficiency exams, but explaining equations in a language that is not her own takes more time and care. Her pupils, most of whom speak Russian at home, are adapting faster than she is. By the end of the transition, every lesson in every public school in Latvia will be taught in Latvian.

## A long-planned change

Latvia's language policy has evolved over three decades. After independence, the country maintained a system of minority schools in which Russian was the main language of instruction, alongside Latvian-language schools. Successive reforms increased the share of teaching in Latvian, first in secondary schools and then in primary schools. After the full-scale invasion of Ukraine, the government accelerated the final stage, setting a deadline for the complete transition.

Supporters of the policy argue that a common language of instruction is essential for social cohesion and equal opportunities. Children who graduate from schools without fluent Latvian are at a disadvantage in higher education and the labour market. A shared school system, they argue, will help integrate Russian-speaking communities into Latvian society and reduce the influence of Russian propaganda.

## The view from Russian-speaking families

For many Russian-speaking families, the transition is a source of anxiety. Parents worry that their children will fall behind academically because they are taught in a language they do not fully master. Some fear that their cultural identity is being erased. Others accept the change as inevitable but criticise the speed and the lack of support for pupils and teachers. A mother in Riga, whose two children attend a school that has recently switched to Latvian, told me:

> I want my children to speak Latvian perfectly. I do not want them to forget who their grandparents were. I do not see why those two things have to be in conflict.

Minority rights organisations and some international bodies have raised concerns about the policy, arguing that it restricts the right of minorities to education in their own language. The Latvian government responds that minority languages and cultures can still be taught as subjects and in extracurricular activities, and that the state's obligation is to ensure that all citizens can participate fully in national life.

## Teachers at the centre

The success of the transition depends heavily on teachers. Many teachers in former minority schools are native Russian speakers, and some have struggled to meet the language requirements. The government has offered language courses, but the workload of teaching while learning is heavy. Some teachers have left the profession, contributing to existing shortages, particularly in mathematics and sciences. School directors report a mixed picture. In some schools, the transition has gone smoothly, with teachers and pupils adapting quickly. In others, particularly in regions where Russian is the dominant language of daily life, the challenges are greater. Pupils who hear little Latvian outside school need more support, and teachers need more training in methods for teaching subject content in a second language.

## Measuring outcomes

It is too early to judge the long-term results. Early data on exam results show some decline in performance among pupils in former minority schools, which critics cite as evidence that the transition is harming education. Supporters argue that the dip is temporary and will be reversed as pupils and teachers adapt. What is clear is that the policy enjoys broad support among ethnic Latvians and a significant share of Russian speakers, particularly younger ones who see fluent Latvian as an asset. The war in Ukraine has hardened attitudes, and the security argument, that a divided society is vulnerable to manipulation by a hostile neighbour, has become central to the public debate.

## Beyond the classroom

Language policy in schools is only one part of integration. Russian speakers in Latvia also face questions about citizenship, media consumption and political representation. A school system that produces fluent Latvian speakers will help, but it will not by itself resolve the sense of alienation that some Russian-speaking communities feel. That requires a broader effort to build trust, one in which the teacher in Daugavpils, patiently explaining equations in her second language, is both a symbol and a participant.`,
    authorSlugs: ["ieva-kalnina"],
    topicSlugs: ["society", "politics"],
    visibility: "public",
    status: "published",
    daysAgo: 68,
  },
  {
    slug: "the-cybersecurity-gap-in-central-european-hospitals",
    title: "The Cybersecurity Gap in Central European Hospitals",
    excerpt:
      "Ransomware attacks have shut down operating theatres and emergency departments across the region. Hospitals remain among the softest targets in the digital state.",
    teaser:
      "Why hospitals in Czechia, Slovakia and beyond keep getting hit by ransomware, what a typical attack looks like from the inside, and the modest measures that would make the biggest difference.",
    body: `The first sign was a printer that would not stop printing. Then the computers in the admissions department froze, and a message appeared on the screens demanding payment in cryptocurrency. Within hours, the regional hospital had diverted ambulances, postponed planned surgery and returned to paper records. It took weeks to restore full operations, and months to rebuild systems that had been encrypted or corrupted. The attack was one of several that have hit hospitals in Central Europe in recent years, and it will not be the last.

## Why hospitals are targets

Hospitals combine three characteristics that make them attractive to criminals. They hold sensitive data that can be sold or used for extortion. They depend on continuous access to their systems, which increases the pressure to pay a ransom quickly. And they are often poorly protected, running outdated software on networks that have grown piecemeal over decades.

The last point is crucial. A typical regional hospital in Czechia or Slovakia runs dozens of different information systems, from patient records and laboratory software to imaging equipment and building management. Many of these were purchased separately, from different suppliers, at different times. Medical devices often run operating systems that can no longer be updated without invalidating their certification. The IT department may consist of a handful of people responsible for everything from helpdesk requests to network security.

## The regulatory response

The European Union's updated network and information security directive has brought many more hospitals under formal cybersecurity obligations. National authorities are implementing it with new requirements for risk management, incident reporting and supply chain security. In Czechia, the national cyber security agency has been active in advising hospitals and has issued warnings about specific threats. Slovakia and other countries have strengthened their own frameworks. Regulation alone does not create capacity, however. Hospital directors point out that compliance costs money, and money for IT competes with money for staff, equipment and buildings. A director of a mid-sized hospital told us:

> I can buy a new CT scanner and everyone sees it. If I spend the same amount on network segmentation, nobody sees anything, until the day it saves us.

## What works

Security experts who have helped hospitals recover from attacks emphasise that the most effective measures are not exotic. They include:

- offline, regularly tested backups of critical systems and data;
- segmentation of networks so that an infection in one area cannot spread everywhere;
- multi-factor authentication for remote access, which many attacks exploit;
- an inventory of devices and software, so that the hospital knows what it needs to protect;
- practised procedures for operating without IT, including paper-based workflows.

None of these is cheap, but all are within reach of most hospitals if they are prioritised. The problem is often governance: cybersecurity is treated as a technical issue for the IT department rather than a strategic risk for the hospital board.

## The regional dimension

Attacks on hospitals in Central Europe have come from criminal groups operating across borders, some with links to states that tolerate or encourage their activities. The war in Ukraine has added a layer of hybrid threats, with pro-Russian hacker groups targeting infrastructure in countries that support Kyiv. Ukrainian hospitals themselves have been targeted, and Ukrainian experts have developed considerable experience in defending critical systems under attack. There is scope for more regional cooperation. Hospitals in neighbouring countries face similar threats and often use similar suppliers. Sharing threat intelligence, pooling resources for security operations centres and joint procurement of security services could help smaller institutions that cannot afford their own capabilities. Some initiatives exist, but they remain fragmented.

## A question of resilience

The deeper lesson from recent attacks is that resilience matters as much as prevention. No hospital can guarantee that it will never be breached. What it can do is ensure that a breach does not become a catastrophe, that patients continue to be treated, and that systems can be restored quickly. That requires investment, planning and a change in mindset. It also requires governments to recognise that the digital infrastructure of hospitals is as critical as their physical infrastructure, and to fund it accordingly. Until that happens, the printers will keep printing, and the ambulances will keep being diverted.`,
    authorSlugs: ["tomas-vrabec", "oleksandr-havryliuk"],
    topicSlugs: ["technology", "security"],
    visibility: "members",
    status: "published",
    daysAgo: 72,
  },
  {
    slug: "hungarys-battery-gamble",
    title: "Hungary's Battery Gamble",
    excerpt:
      "Hungary has bet heavily on becoming a hub for electric vehicle batteries, attracting billions in Asian investment. The plants bring jobs and growth, and questions about water, safety and strategy.",
    body: `On the plains east of Debrecen, a vast industrial complex is rising where there were once fields of maize and sunflowers. When completed, it will produce battery cells for electric vehicles, supplying car makers across Europe. It is one of several such plants in Hungary, which has positioned itself as one of the continent's leading locations for battery production. The government describes the strategy as a historic opportunity. Local residents, environmental groups and some economists are less sure.

## The strategy

Hungary's economic model has long relied on foreign direct investment, particularly in the automotive sector. German car makers built large plants in the country in the 1990s and 2000s, attracted by skilled labour, low costs and generous incentives. As the industry shifts to electric vehicles, the government has sought to secure Hungary's place in the new supply chain by attracting battery manufacturers, most of them from South Korea, China and Japan.

The incentives have been substantial: tax breaks, direct subsidies, infrastructure investment and fast-track permitting. The government argues that these are justified by the scale of investment and the number of jobs created. Battery production could account for a significant share of Hungary's exports in the coming years, and the government has framed the strategy as part of a broader policy of economic openness to both East and West.

## Local concerns

Not everyone is convinced. Residents near several plants have raised concerns about water consumption, air quality and the handling of hazardous chemicals. Battery manufacturing requires large amounts of water, and some of the plants are located in areas that have experienced drought in recent years. There have been reports of safety incidents at existing plants, including worker exposure to chemicals, which have fuelled public anxiety. Local protests have been unusually persistent. In Debrecen, residents organised demonstrations and legal challenges against the plant, arguing that they had not been adequately consulted and that environmental assessments were insufficient. A local activist told me:

> We are not against industry. We are against decisions that are made in Budapest and presented to us as finished facts.

The government has dismissed many of these concerns as politically motivated and insists that the plants meet all environmental standards. Independent verification is difficult, however, because some information about the plants has been classified or not made public.

## Economic questions

Economists have raised different concerns. The battery strategy deepens Hungary's dependence on a single industry, which is itself dependent on the pace of electric vehicle adoption in Europe. If demand for electric vehicles grows more slowly than expected, or if European car makers source batteries elsewhere, the plants could face overcapacity.

There are also questions about the labour market. Hungary has a shrinking working-age population and low unemployment. Filling thousands of new jobs at battery plants has required recruiting workers from abroad, particularly from Asia, which has become a politically sensitive issue in a country whose government has built its identity on opposition to immigration. Finally, there is the question of value. Battery cell production is capital-intensive but does not necessarily generate high-value research and development activity in the host country. Critics argue that Hungary risks becoming an assembly location for technologies developed elsewhere, rather than building its own innovation capacity.

## The geopolitical dimension

Hungary's openness to Chinese investment sets it apart from many other EU members, which have become more cautious about economic dependence on China. The battery strategy is a central part of this approach. It brings investment and jobs, but it also ties Hungary's economy more closely to Chinese companies at a time when EU policy is moving towards reducing risks in strategic supply chains. The battery gamble may pay off. Electric vehicles are the future of the automotive industry, and Hungary has secured a significant share of a growing market. But the strategy carries risks that have not been fully debated, and the costs may fall on communities that had little say in the decision. Whether the fields east of Debrecen become a symbol of prosperity or of overreach will depend on how those risks are managed.`,
    authorSlugs: ["dora-szentesi"],
    topicSlugs: ["economy", "technology"],
    visibility: "public",
    status: "published",
    daysAgo: 77,
  },
  {
    slug: "pensions-in-prague-the-reform-nobody-wants-to-own",
    title: "Pensions in Prague: The Reform Nobody Wants to Own",
    excerpt:
      "Czechia's pension system faces a demographic squeeze that every government acknowledges and none wants to fix. The latest changes buy time rather than solving the problem.",
    body: `Every Czech government of the past two decades has commissioned a study of the pension system. Every study has reached roughly the same conclusion: as the population ages, the pay-as-you-go system will become increasingly expensive, and without changes to the retirement age, contributions or benefits, it will require ever larger transfers from the state budget. And every government has found reasons to postpone the most difficult decisions until after the next election.

## The demographic arithmetic

The numbers are not in dispute. The generation born in the 1970s, one of the largest in Czech history, will begin retiring in the next decade. The cohorts that follow are much smaller. The ratio of workers to pensioners, which determines how much each worker must contribute to support the system, will deteriorate significantly. Without reform, pension spending as a share of the economy will rise steadily, crowding out other priorities or requiring higher taxes.

Czech pensions are relatively modest by Western European standards, and the system has been effective at preventing poverty among the elderly. That makes reform politically sensitive. Any proposal to reduce benefits or raise the retirement age is immediately framed as an attack on pensioners, who vote in large numbers and are courted by every party.

## The latest attempt

The most recent reform package includes a gradual increase in the retirement age, changes to the way pensions are indexed to inflation and wages, and incentives for private retirement savings. Supporters argue that it is a responsible step that will stabilise the system for the next two decades. Opponents, including opposition parties and trade unions, argue that it shifts the burden onto workers in physically demanding jobs who will struggle to work longer. An economist in Prague who has advised several governments on pensions summarised the problem:

> Everyone knows the destination. The fight is over who pays the fare, and whether we travel now or wait until the ticket is more expensive.

The indexation changes are particularly contentious. Czech pensions have been increased in line with inflation and a share of real wage growth, with extraordinary increases during periods of high inflation. The reform slows the pace of increases, which saves money but means that pensions will fall relative to wages over time. Critics warn that this could increase poverty among the oldest pensioners, particularly women who had shorter careers.

## The private pillar

Czechia's voluntary private pension savings system has struggled to attract enough participants or to deliver good returns. Many savers use conservative funds with low yields, and fees have been criticised as too high. The government wants to encourage more people to save privately, through tax incentives and employer contributions, but trust in financial products remains low. Some economists argue for more radical changes, such as automatic enrolment in private pension schemes with the option to opt out, a model used successfully in several countries. Others warn that private savings cannot replace a strong public system and that the focus should be on ensuring that the public pillar remains sustainable.

## Why nobody wants to own it

The political dynamics of pension reform are difficult everywhere, but they are particularly acute in Czechia. Coalition governments are common, and partners have different views on pensions. Opposition parties have every incentive to campaign against unpopular changes and promise to reverse them. The result is that reforms are often watered down, delayed or reversed after elections. This cycle has costs. Every year of delay makes the eventual adjustment larger and more painful. Uncertainty about future pension rules makes it harder for people to plan for retirement. And the repeated failure to address the issue undermines trust in the political system's ability to deal with long-term challenges.

## Buying time

The latest reform will probably buy time, perhaps a decade or more, before the next crisis. That is not nothing. But it falls short of the comprehensive, cross-party agreement that would give the system long-term stability. Such an agreement would require politicians to accept shared responsibility for unpopular decisions, something that has proved elusive. Until then, the studies will keep being commissioned, and the conclusions will keep being the same.`,
    authorSlugs: ["tomas-vrabec"],
    topicSlugs: ["economy", "politics", "society"],
    visibility: "public",
    status: "published",
    daysAgo: 82,
  },
  {
    slug: "kosovo-and-serbia-dialogue-without-momentum",
    title: "Kosovo and Serbia: Dialogue Without Momentum",
    excerpt:
      "The EU-facilitated dialogue between Belgrade and Pristina has produced agreements on paper and little change on the ground. Both sides have reasons to wait, and the costs of waiting are rising.",
    body: `The talks between Serbia and Kosovo, facilitated by the European Union, have been running for more than a decade. They have produced a long list of agreements on issues ranging from freedom of movement and customs to energy and the recognition of diplomas. They have also produced a long list of agreements that were never fully implemented. The most recent framework, agreed with considerable fanfare, was supposed to set the two sides on a path towards normalisation. Progress since then has been slow, and in some respects relations have deteriorated.

## The structure of the stalemate

The fundamental disagreement is unchanged. Kosovo declared independence and is recognised by most EU and NATO members, but not by Serbia or by five EU member states. Serbia regards Kosovo as part of its territory and has campaigned to prevent its membership of international organisations. The dialogue was designed to normalise practical relations without requiring either side to abandon its position on status, an approach that allowed progress on technical issues but left the core question unresolved.

The framework agreement tried to move beyond this by committing both sides to a set of principles, including mutual recognition of documents and symbols, and the establishment of an association of Serb-majority municipalities in Kosovo. Implementation has stalled on both fronts. Serbia has not changed its policy of opposing Kosovo's international membership, and Kosovo has been reluctant to establish the association, fearing that it could become a vehicle for Serbian influence.

## Tensions on the ground

The situation in northern Kosovo, where most Kosovo Serbs live, has been tense. Disputes over vehicle licence plates, municipal elections and police operations have led to protests and violent incidents. A serious armed incident involving a group of Serb fighters and the Kosovo police heightened fears of escalation. International peacekeepers have reinforced their presence. The government in Pristina has pursued a policy of extending state authority in the north, closing Serbian-run parallel institutions and enforcing Kosovo law. It argues that this is a matter of sovereignty and the rule of law. Critics, including some Western diplomats, have warned that unilateral actions without adequate consultation risk alienating the Serb community and undermining the dialogue.

> Each side is convinced that time is on its side. That is the most dangerous belief in any negotiation.

## The EU's limited leverage

The EU has tried to use its leverage, including the prospect of membership, to encourage progress. Both Serbia and Kosovo aspire to join, and normalisation of relations is a condition for their progress. But the prospect of membership is distant for both, and the incentive it provides is correspondingly weak. The EU has also imposed measures on Kosovo in response to actions it regarded as escalatory, a decision that frustrated Pristina and was seen by some as undermining the credibility of the EU as a neutral facilitator. The United States, which has significant influence in Kosovo, has sometimes taken a different approach from the EU, and the coordination between the two has not always been smooth. Russia and China support Serbia's position, reducing the pressure on Belgrade.

## The costs of waiting

The absence of progress has costs for both sides. For Kosovo, it means continued exclusion from international organisations, limited foreign investment and a sense of insecurity. For Serbia, it means an unresolved issue that complicates its EU accession and diverts political energy. For the Serb community in Kosovo, it means living in uncertainty, caught between two states. For the region, it means a persistent source of instability that could flare up at any time.

## Is there a way forward?

Breaking the stalemate would require both sides to take politically risky steps. Serbia would need to accept a degree of de facto recognition that its leaders have so far resisted. Kosovo would need to establish the association of Serb-majority municipalities in a form that guarantees the rights of the community without creating a state within a state. The EU would need to offer more concrete incentives, perhaps through a staged integration process that brings tangible benefits before full membership.

None of this is likely in the near term. The political incentives on both sides favour caution, and the international environment is not conducive to bold initiatives. The dialogue will continue, because neither side wants to be blamed for ending it. But without momentum, it risks becoming a process that manages the conflict rather than resolving it.`,
    authorSlugs: ["radu-costinescu"],
    topicSlugs: ["politics", "security"],
    visibility: "public",
    status: "published",
    daysAgo: 87,
  },
  {
    slug: "bosnias-young-leave-the-old-vote",
    title: "Bosnia's Young Leave, the Old Vote",
    excerpt:
      "Emigration is reshaping Bosnia and Herzegovina faster than any political reform. As young people leave, the electorate grows older and the ethnic parties that dominate politics grow more secure.",
    teaser:
      "A demographic reading of Bosnian politics: who is leaving, who is staying, and why emigration may be the most important force keeping the country's political system frozen.",
    body: `The bus station in Tuzla is busiest on Sunday evenings, when the coaches leave for Germany, Austria and Slovenia. Young men with sports bags and young women with suitcases say goodbye to their parents and board buses that will take them to jobs in construction, care homes, hospitals and restaurants. Some will return for holidays. Many will not return at all. Bosnia and Herzegovina is losing its young people at a rate that demographers describe as among the highest in Europe, and the consequences are reshaping the country's politics.

## Who is leaving

Emigration from Bosnia is not new. War, poverty and political dysfunction have driven people abroad for decades. What has changed is the profile of those leaving. In the past, emigrants were often unskilled workers or refugees. Today, they are increasingly educated young people and families, including doctors, nurses, engineers and IT specialists. Western European countries facing labour shortages have made it easier for them to move, through visa programmes and recognition of qualifications. The reasons for leaving are consistent across surveys: low wages, poor job prospects, corruption, nepotism in public employment and a sense that the political system will never change. Many young Bosnians say that ethnic divisions matter less to them than to their parents, but that the political system forces them to live within those divisions.

## The political effect

Emigration has a direct effect on politics. Those who leave are disproportionately young, educated and dissatisfied with the status quo. Those who remain are disproportionately older and more likely to vote for the ethnic parties that have dominated Bosnian politics since the war. Many emigrants remain on the electoral rolls but do not vote, or vote in smaller numbers than those at home. A political scientist in Sarajevo described the dynamic:

> Every bus that leaves for Germany takes away a few votes for change. The parties in power understand this very well. Emigration is their safety valve.

This is not to say that the ruling parties deliberately encourage emigration. But they have little incentive to address its causes, because the departure of dissatisfied voters reduces pressure for reform. Public sector employment, which is often distributed through party networks, provides a way to reward loyalty among those who stay.

## The economic cost

The economic costs of emigration are substantial. Hospitals in smaller towns struggle to recruit doctors and nurses. Construction companies report shortages of skilled workers. Remittances from emigrants provide an important source of income for many families, but they do not replace the productive capacity of those who left. The country's working-age population is shrinking, and its dependency ratio is worsening. Some businesses have responded by raising wages, and there are signs that wages in some sectors are rising faster than in the past. Others are recruiting workers from further afield, including from Asia. A small number of emigrants are returning, particularly those who have saved money abroad and want to start businesses, but the numbers remain small.

## What could change the picture

Policies to reduce emigration or encourage return have been discussed but rarely implemented seriously. They would include:

- reforms to public employment to reduce nepotism and reward merit;
- investment in public services, particularly health and education;
- incentives for returning emigrants, such as tax breaks and recognition of foreign experience;
- progress on European integration, which could increase investment and confidence.

The last point is crucial. Bosnia received candidate status and the opening of accession negotiations has been conditionally approved, but progress depends on reforms that the political system has struggled to deliver. For young people, the EU represents the possibility of a normal country, but also the option to leave, since membership would make moving abroad even easier.

## A frozen system

Bosnia's political system, designed to end a war, has become a mechanism for preserving the power of ethnic elites. Emigration reinforces that system by removing many of those who would challenge it. Breaking this cycle would require a political shift that is difficult to imagine under current conditions. In the meantime, the buses will keep leaving Tuzla on Sunday evenings, and the country will keep getting older.`,
    authorSlugs: ["radu-costinescu"],
    topicSlugs: ["society", "politics"],
    visibility: "paid",
    status: "published",
    daysAgo: 92,
  },
  {
    slug: "polands-army-buys-big-can-it-staff-it",
    title: "Poland's Army Buys Big. Can It Staff It?",
    excerpt:
      "Poland is spending more on defence, relative to its economy, than almost any other NATO member. Tanks, howitzers and aircraft are arriving. Finding and keeping the people to operate them is the harder task.",
    teaser:
      "Poland's shopping list is the envy of NATO, but recruitment, training and retention are lagging behind the deliveries. We examine the personnel gap and what Warsaw is doing to close it.",
    body: `At a military base in eastern Poland, a row of new tanks stands in a freshly built hangar. They are among the hundreds ordered in recent years as part of the largest rearmament programme in Polish history. The hangar is impressive, the tanks more so. What the visiting journalist notices, however, is the number of crew members: fewer than the vehicles require. An officer explains that the unit is still recruiting, that training takes time and that some of the most experienced soldiers have been poached by other units or by private industry.

## The scale of the build-up

Poland's defence spending has risen dramatically since the full-scale invasion of Ukraine. The country now spends a larger share of its economy on defence than almost any other NATO member, and it has signed contracts for tanks, artillery, rocket launchers, aircraft, helicopters and air defence systems worth tens of billions of dollars. The stated goal is to build one of the largest land armies in Europe, capable of deterring Russia and defending the country's eastern border.

Equipment is only part of the picture. The government has set a target of significantly increasing the size of the armed forces, including professional soldiers, territorial defence volunteers and reservists. Recruitment has increased, and new forms of voluntary service have been introduced. But the targets are ambitious, and the armed forces face competition from a tight labour market.

## The personnel challenge

The challenge has several dimensions. The first is recruitment. Poland's working-age population is shrinking, unemployment is low and young people have many alternatives. The armed forces have raised salaries, offered signing bonuses and launched advertising campaigns, but filling the ranks remains difficult, particularly for technical specialties.

The second is training. Modern weapons systems require skilled operators and maintainers. Training a tank crew, an artillery team or an air defence unit takes months or years. The arrival of large quantities of equipment from different suppliers, including South Korea and the United States, has created a need for multiple training pipelines. The third is retention. Experienced soldiers, especially those with technical skills, are in demand in the private sector and in the defence industry itself, which is expanding rapidly. An officer who left the army to work for a defence company told me:

> The army taught me everything. Then the company offered me twice the salary and a normal schedule. It was not a difficult decision.

## What Warsaw is doing

The government has responded with a range of measures. Voluntary basic military service offers young people a short period of training with pay and benefits, after which they can join the professional forces or the reserve. Territorial defence units provide a way for civilians to train part-time. The armed forces have expanded their training infrastructure and are working with allies to train operators for new systems. There are also discussions about more fundamental changes. Some politicians and experts have called for the reintroduction of conscription, which Poland suspended in 2009. Others argue for a universal training programme in which all adult men would receive basic military instruction. The government has announced plans for large-scale voluntary training of civilians, but compulsory service remains politically sensitive.

## The question of balance

Critics argue that the build-up has been skewed towards equipment purchases, which produce visible results and political credit, at the expense of investment in people, infrastructure and logistics. They point to reports of shortages of ammunition, spare parts and maintenance capacity, and to the risk that some equipment will sit unused for lack of crews. Defenders of the programme respond that equipment has long lead times and must be ordered early, while personnel can be recruited and trained in parallel. They argue that Poland cannot afford to wait, given the threat from Russia, and that the gaps will be closed over time.

## Beyond the numbers

The personnel challenge is not unique to Poland. Armed forces across Europe struggle to recruit and retain soldiers. What makes Poland's case distinctive is the scale and speed of the build-up, and the strategic importance of its army to NATO's eastern flank. If Poland succeeds in matching its equipment with trained personnel, it will become one of the most capable military powers in Europe. If not, the tanks in the hangar will remain a symbol of ambition rather than capability.`,
    authorSlugs: ["halina-dreszer"],
    topicSlugs: ["security"],
    visibility: "members",
    status: "published",
    daysAgo: 97,
  },
  {
    slug: "gdansk-shipyards-get-a-second-life-in-offshore-wind",
    title: "Gdańsk Shipyards Get a Second Life in Offshore Wind",
    excerpt:
      "The shipyards that gave birth to a political movement are finding a new purpose building foundations and components for Baltic wind farms. The transition is real but fragile.",
    body: `The cranes of the Gdańsk shipyards are among the most recognisable industrial landmarks in Europe. They were the backdrop to strikes that changed the course of Polish and European history, and for a long time afterwards they were also a symbol of decline, as shipbuilding shrank and large parts of the yards were turned into offices, apartments and museums. Today, some of those cranes are lifting something new: steel structures for offshore wind turbines destined for the Baltic Sea.

## The Baltic wind boom

Poland has ambitious plans for offshore wind. The government has set targets for several gigawatts of capacity in the Baltic by the end of the decade, with more to follow. The first projects are under construction, and more have been awarded through auctions. For a country that still relies heavily on coal for electricity, offshore wind is a central part of the energy transition, and it offers a way to reduce dependence on imported fuels. The scale of the projects creates opportunities for domestic industry. Offshore wind farms require foundations, towers, cables, substations, vessels and port infrastructure. Polish companies, including some in the shipbuilding sector, have positioned themselves to supply parts of this chain. The government has encouraged local content, and developers have signed agreements with Polish suppliers.

## From ships to foundations

Several firms in Gdańsk and nearby ports have shifted from shipbuilding and steel fabrication to producing components for offshore wind. The skills required, including heavy welding, handling large structures and working to precise specifications, are similar. Workers who once built ship hulls now build transition pieces, the structures that connect turbine towers to their foundations. A welder who has worked in the yards for more than twenty years told me:

> My father built ships here. I built ships here. Now I build things that will stand in the sea and make electricity. It is still steel, and it is still the sea.

Port investments have been significant. A dedicated installation terminal is being built to serve as a base for construction vessels. Logistics companies have expanded their capacity. Training programmes have been set up to prepare workers for new roles.

## The fragility of the transition

The transition is not without risks. The offshore wind industry in Europe has faced difficulties in recent years, including rising costs, supply chain bottlenecks and cancelled projects. Turbine manufacturers have struggled with losses. If Polish projects are delayed or scaled back, the domestic supply chain could suffer.

There is also competition. Ports and manufacturers in Denmark, Germany and the Netherlands have decades of experience in offshore wind, and developers may prefer established suppliers. Polish companies need to demonstrate that they can deliver on time and to specification, and they need continued orders to justify investments in equipment and training. Local content rules, which require a share of the value of projects to come from Polish suppliers, provide some protection but could also raise costs. Developers argue that overly strict requirements could make projects less competitive, while unions and local politicians push for more.

## The wider economic picture

The offshore wind industry could become an important part of the economy of the Polish coast. Beyond manufacturing, it creates jobs in maintenance, operations and services over the decades-long life of wind farms. It also strengthens the case for investment in grid infrastructure, which is needed to bring electricity from the coast to industrial centres in the south. There is a symbolic dimension as well. The shipyards were once at the heart of a political transformation. Their role in the energy transition gives them a new story, one that connects past and future. Local politicians are eager to tell it, and residents seem to appreciate it.

## What comes next

The next few years will be decisive. If the first wind farms are completed on schedule and Polish suppliers prove their capabilities, the industry could grow rapidly and attract further investment. If not, the opportunity could pass to other countries. The cranes in Gdańsk are working again. Whether they keep working depends on decisions made in boardrooms, ministries and auction rooms far from the shipyard gates.`,
    authorSlugs: ["halina-dreszer"],
    topicSlugs: ["energy", "economy"],
    visibility: "public",
    status: "published",
    daysAgo: 102,
  },
  {
    slug: "summer-festivals-and-the-politics-of-culture-funding",
    title: "Summer Festivals and the Politics of Culture Funding",
    excerpt:
      "Music, film and theatre festivals have become a major part of the cultural economy across the region. They also reveal who decides what culture gets public money, and why.",
    body: `Every summer, Central and Eastern Europe hosts hundreds of festivals. There are rock festivals on river islands, film festivals in spa towns, jazz festivals in castle courtyards, theatre festivals in former factories and folk festivals in village squares. Some attract hundreds of thousands of visitors from across Europe; others are local affairs with a few hundred guests. Together, they form a significant part of the region's cultural economy, and they offer a revealing view of how culture is funded and governed.

## The economics of festivals

Large music festivals are commercial businesses, funded by ticket sales, sponsorship and food and drink. They bring substantial revenue to their host cities, filling hotels and restaurants and generating publicity. Municipal and national governments often support them with infrastructure, security and marketing, recognising their value for tourism. Smaller festivals, particularly those focused on film, theatre, classical music or contemporary art, are more dependent on public funding. Their ticket revenues rarely cover costs, and they rely on grants from ministries of culture, municipalities and European programmes. This dependence makes them vulnerable to changes in political priorities.

## When politics enters the programme

In several countries, festival funding has become politically contested. Festivals perceived as aligned with liberal or critical positions have seen their grants reduced or cancelled, while events with national or traditional themes have received increased support. Organisers describe a climate in which programming choices are scrutinised for political content, and in which applications for funding must be framed carefully. A festival director in one country, who asked not to be named, explained:

> We never receive a letter saying that we lost funding because of a play. We just notice that the grant was cut in the year after we staged it. You draw your own conclusions.

Governments typically reject such accusations, arguing that funding decisions are made by independent committees on the basis of artistic merit and public interest. They point to the large number of festivals that continue to receive support, and to the need to support cultural traditions that were neglected in the past.

## Municipal counterweights

Where national funding has been reduced, municipalities have sometimes stepped in. Capital cities and larger regional centres, often governed by parties different from those in national government, have used their budgets to support festivals that lost national funding. This has created a patchwork in which the fate of a festival depends on the politics of its host city as much as on its artistic quality.

European programmes provide another source of support, particularly for festivals with an international dimension. Cooperation projects, which bring together festivals from several countries, can access funding that is insulated from national politics. Some festivals have become adept at combining multiple funding sources to reduce their dependence on any single one.

## The audience question

Festival audiences have their own expectations. Younger audiences are drawn to events that combine music, art and a sense of community. Older audiences may prefer classical music, opera or traditional folk events. Festivals that succeed in attracting diverse audiences tend to be more resilient, because they can demonstrate broad public value. Ticket prices are a concern. As costs have risen, many festivals have increased prices, which risks excluding younger and less affluent visitors. Some have introduced discounted tickets, free events or community programmes to maintain access.

## What festivals tell us

The festival landscape is a microcosm of cultural policy in the region. It shows the importance of public funding for non-commercial culture, the vulnerability of that funding to political pressure, and the role of municipalities and European programmes as counterweights. It also shows the resilience of cultural organisers, who adapt to changing conditions with creativity and determination. For audiences, the politics is often invisible. They see a stage, a screen or a square full of people. Behind that experience, however, is a web of decisions about money and values. Understanding that web is essential for anyone who cares about the future of culture in the region.`,
    authorSlugs: ["dora-szentesi"],
    topicSlugs: ["culture", "economy"],
    visibility: "public",
    status: "published",
    daysAgo: 108,
  },
  {
    slug: "hungarys-opposition-learns-the-countryside",
    title: "Hungary's Opposition Learns the Countryside",
    excerpt:
      "For years, Hungary's opposition won Budapest and lost almost everywhere else. A new generation of campaigners is trying to change that by listening to small-town voters.",
    teaser:
      "What happens when opposition campaigners stop holding rallies in Budapest and start knocking on doors in small towns. A report from the Hungarian provinces on the politics of listening.",
    body: `The community hall in a small town in eastern Hungary is half full on a Thursday evening. About forty people, mostly middle-aged and older, have come to hear a young opposition activist talk about healthcare. There are no flags, no loudspeakers and no attacks on the government. Instead, the activist asks questions. How long do people wait for an appointment with a specialist? How far do they have to travel to the nearest hospital? What happened when the local pharmacy closed? The answers come slowly at first, then in a flood.

## The geography of defeat

For more than a decade, Hungarian elections have followed a consistent pattern. Opposition parties have performed well in Budapest and some larger cities, while the governing party has dominated small towns and rural areas. Because the electoral system rewards winning single-member constituencies, this geographic divide has translated into large parliamentary majorities for the government.

Opposition strategists have long recognised the problem. Their parties were built in the capital, staffed by urban professionals and focused on issues such as the rule of law, media freedom and European values. These issues matter to many voters, but they resonate less in places where the main concerns are jobs, healthcare, schools and the cost of living. Campaigns in the countryside often consisted of a few weeks of activity before an election, led by candidates parachuted in from elsewhere.

## A different approach

A newer generation of campaigners is trying to change this. Their approach is based on sustained local presence: regular meetings, door-to-door conversations, involvement in local issues and the recruitment of candidates who live in the communities they hope to represent. They talk about hospitals, roads and public transport rather than constitutional reform. They avoid the language of moral outrage that, in their view, alienated rural voters. One organiser, who has spent two years working in villages in the north-east, described the approach:

> People here are not stupid and they are not brainwashed. They just never saw us. We came once every four years, told them they were voting wrong, and left.

This approach is slow and labour-intensive, and its results are difficult to measure. Organisers report that attendance at meetings has grown and that some local issues have been taken up by the opposition in parliament. Whether this translates into votes remains to be seen.

## Media and information

One of the biggest obstacles is the information environment. In many rural areas, the main sources of news are public media and regional outlets that are closely aligned with the government. Independent media are largely online and have limited reach among older voters. The opposition's message often does not reach people except through the filter of hostile coverage. Campaigners have responded by relying on personal contact, local Facebook groups and printed newsletters distributed door to door. They argue that face-to-face conversations can overcome media narratives in a way that advertising cannot. But the scale of the challenge is enormous, and resources are limited.

## The healthcare opening

Healthcare has emerged as a particularly promising issue. Rural hospitals have struggled with staff shortages, and some departments have closed. Waiting times for specialist appointments can be long, and travel to larger hospitals is difficult for older people without cars. These problems affect government and opposition voters alike, and they are not easily blamed on external enemies. The government has announced investments in healthcare, including salary increases for doctors and hospital renovations. It argues that the problems are being addressed. Opposition campaigners counter that the improvements are concentrated in certain places and that the experience of patients in rural areas has not changed.

## Patience as strategy

The countryside strategy is a long-term bet. It may not produce dramatic results in a single election, and it requires sustained investment in people and organisation. Its supporters argue that there is no alternative: without competitive performance outside Budapest, the opposition cannot win. Back in the community hall, the meeting ends after two hours. A retired teacher approaches the activist and says that she has voted for the government for twenty years and will probably do so again. But she adds that this is the first time anyone from the other side has asked her opinion. For the campaigners, that is where everything begins.`,
    authorSlugs: ["dora-szentesi"],
    topicSlugs: ["politics", "society"],
    visibility: "members",
    status: "published",
    daysAgo: 113,
  },
  {
    slug: "estonias-ai-tutors-in-the-classroom",
    title: "Estonia's AI Tutors in the Classroom",
    excerpt:
      "Estonia is putting generative AI tools into the hands of secondary school pupils and teachers on a national scale. The experiment is ambitious, closely watched and full of open questions.",
    body: `In a secondary school in Tartu, a class of seventeen-year-olds is working on an essay about the causes of the First World War. Each student has a laptop open to an AI assistant provided under a national programme. The teacher has set rules: the assistant may be used to brainstorm, to check arguments and to explain difficult concepts, but not to write the essay. At the end of the lesson, students must submit a short reflection on how they used the tool and what they learned from it.

## A national experiment

Estonia, which built its reputation on digital government and a strong school system, has decided to embrace generative AI in education rather than resist it. A national programme gives secondary school students and teachers access to AI tools, alongside training and guidance on their use. The stated goal is to prepare young people for a world in which AI is ubiquitous, and to teach them to use it critically and responsibly. The programme reflects a broader philosophy. Estonian education officials argue that banning AI tools would be futile, since students would use them anyway, and that schools have a responsibility to teach students how to use them well. They also see an opportunity to personalise learning, with AI tutors providing explanations and practice tailored to individual students.

## What teachers think

Teachers' reactions are mixed. Some are enthusiastic, seeing AI as a way to give students more individual attention and to reduce the time they spend on routine tasks. Others are sceptical, worried that students will use the tools to avoid thinking, and that the quality of their writing and reasoning will decline. A history teacher at the school in Tartu explained her approach:

> I do not pretend that the tool does not exist. I ask my students to argue with it. If it gives them an answer, they have to find out whether it is right. That is what history is about anyway.

Many teachers say that they need more training and time to adapt their teaching. Designing assignments that cannot simply be completed by AI, or that make productive use of it, requires creativity and effort. Assessment is a particular challenge, since traditional essays and homework are easily produced with AI assistance.

## Questions of equity and data

The programme raises questions about equity. Students from families with more resources may have better access to devices and support at home, and they may be better equipped to use AI tools effectively. The government has tried to address this by providing access through schools, but differences in digital skills and home environments persist.

Data protection is another concern. AI tools process the text that students enter, and questions have been raised about how that data is stored, used and protected. The government has negotiated agreements with providers to limit data use, but privacy advocates remain cautious. There are also questions about dependence on foreign technology companies. The AI tools used in the programme are developed by large international firms, and Estonia has limited influence over their design. Some experts argue that Europe needs its own AI capabilities for education, to ensure that tools reflect European values and languages.

## Measuring success

How will Estonia know whether the programme works? Officials say they will monitor student outcomes, teacher feedback and patterns of use. Researchers at Estonian universities are conducting studies on the effects of AI on learning. Early results are likely to be ambiguous, since the effects of educational interventions take time to emerge and are difficult to isolate. The international attention is significant. Other countries are watching Estonia's experiment closely, and its results could influence education policy across Europe. If the programme succeeds, it could become a model. If it fails, it could provide lessons about what not to do.

## The longer view

For the students in Tartu, the AI assistant is simply another tool, like a calculator or a search engine. They are more comfortable with it than their teachers, and less anxious about its implications. The challenge for Estonia, and for every country grappling with AI in education, is to ensure that the tool serves learning rather than replacing it. That requires not only technology but also thoughtful teaching, clear rules and a willingness to adapt as understanding grows.`,
    authorSlugs: ["ieva-kalnina"],
    topicSlugs: ["technology", "society"],
    visibility: "public",
    status: "published",
    daysAgo: 119,
  },
  {
    slug: "montenegros-accession-sprint",
    title: "Montenegro's Accession Sprint",
    excerpt:
      "Montenegro has become the front-runner among the Western Balkan candidates for EU membership. Closing the remaining chapters will test an administration with very few people to spare.",
    body: `Montenegro has been negotiating to join the European Union for longer than some of its diplomats have been in the foreign service. For much of that time, the process moved slowly, held back by political crises, weak institutions and a justice system that struggled to deliver results in cases involving organised crime. Over the past two years, something has changed. Chapters have been provisionally closed at a faster pace, Brussels has begun to speak of a realistic target date, and officials in Podgorica talk of a sprint to the finish.

## Why the pace picked up

Three factors explain the acceleration. The first is geopolitical. Since the full-scale invasion of Ukraine, EU enlargement has regained strategic importance, and member states are more willing to reward candidates that make progress. A small country that is already a NATO member and uses the euro is an attractive showcase for the credibility of the enlargement process.

The second is domestic. A series of governments, despite their fractious coalitions, have maintained a consensus on European integration as a national priority. Key appointments in the judiciary, long blocked by parliamentary deadlock, were finally made, unblocking the rule-of-law benchmarks on which everything else depends. The third is administrative. The negotiating team has been restructured, and line ministries have been given clearer deadlines. European officials describe a noticeable improvement in the quality of documents arriving from Podgorica.

## The capacity problem

The sprint, however, is being run by a very small team. Montenegro has a population of roughly six hundred thousand, and its public administration must transpose and implement the same body of EU law as a country a hundred times its size. Ministries rely on a handful of specialists for each policy area, and when one of them leaves for a better-paid job in the private sector or in Brussels, institutional memory leaves too.

> We have to do everything that Germany does, with the staff of a German district council.

Donors have provided technical assistance, and twinning projects with member state administrations have helped. But officials acknowledge that there is a difference between adopting a law and building the institutions to apply it, and that the second task will continue long after accession.

## What remains

The remaining chapters include some of the hardest. Judiciary and fundamental rights, justice and security, competition policy and the environment all require not only legislation but a track record. For the rule-of-law chapters, that means convictions in high-profile cases of corruption and organised crime, a demand that has historically proved difficult to meet.

There is also a political risk. Montenegrin politics remains polarised along lines of identity, particularly attitudes towards Serbia and the Serbian Orthodox Church. A government crisis at the wrong moment could slow the process again, and some parties are more enthusiastic about the EU in speeches than in parliamentary votes.

## A test for the Union as well

Montenegro's accession would be the first enlargement of the Union in more than a decade. It would demonstrate that the process still works and that reforms bring rewards. It would also raise questions about how the EU itself must adapt, from voting rules to the budget, before larger candidates such as Ukraine are ready. For now, Podgorica's ambition is simpler: to finish the race before the political weather changes.`,
    authorSlugs: ["radu-costinescu"],
    topicSlugs: ["politics", "security"],
    visibility: "public",
    status: "draft",
    daysAgo: 0,
  },
  {
    slug: "the-new-czech-documentary-wave",
    title: "The New Czech Documentary Wave",
    excerpt:
      "A generation of young Czech documentary makers is winning festival prizes with intimate, formally daring films about work, family and the regions that politics forgets.",
    teaser:
      "Czech documentary film is having a remarkable moment. We look at the filmmakers, the funding model behind them and why their quiet films about ordinary lives are finding audiences abroad.",
    body: `Czech cinema has a long and celebrated history, from the New Wave of the 1960s to the animated films that generations of European children grew up with. In recent years, however, the most interesting Czech films have often been documentaries. A loose generation of young directors, many of them graduates of the same few film schools, has produced a body of work that festival programmers now watch closely and that domestic audiences have begun to seek out.

## Small subjects, big questions

What unites these films is not a style but an attitude. They tend to focus on small, specific subjects: a family running a failing village shop, a group of teenagers in a former mining town, a night shift at a distribution warehouse, an elderly couple preparing to sell the house they built. Through these subjects, they approach larger questions about work, ageing, inequality and the aftermath of the economic transformation of the 1990s.

The films are patient. They spend months or years with their subjects and avoid the explanatory voice-over that once dominated television documentaries. Audiences are trusted to draw their own conclusions. A programmer at a regional festival described the appeal:

> These films do not tell you what to think about the Czech regions. They just make it impossible to ignore them.

## The funding model

The documentary wave rests on a funding model that is unusual in the region. A state cinema fund supports development and production through transparent calls, with decisions made by expert panels. Public television co-produces many documentaries and guarantees broadcast. A dense network of festivals, from a major international documentary festival to small regional events, provides screenings, industry platforms and prizes.

This ecosystem allows young filmmakers to make a first feature-length documentary without commercial pressure, and to build a track record that attracts international co-producers. It is not generous by Western European standards, but it is relatively stable, and stability matters more than size for a form that takes years to complete.

## Risks ahead

The model faces pressures. Public broadcasters across the region are under financial strain, and debates over their funding could affect co-production budgets. Streaming platforms have commissioned some documentaries but tend to favour true crime and celebrity subjects over observational films. Some filmmakers worry that the next generation will face a harder path.

There is also the question of audiences. Documentary screenings at festivals are often sold out, but cinema distribution remains difficult, and television slots for long documentaries are limited. Filmmakers have experimented with touring screenings in the towns where their films were shot, which has proved popular and sometimes emotional.

## Why it matters

The documentary wave offers something that political debate in Czechia often lacks: sustained, empathetic attention to the lives of people outside the prosperous centres. In a period when politics has been shaped by resentment between cities and regions, these films suggest a different way of looking. They do not offer solutions. But they do insist that the people in them deserve to be seen.`,
    authorSlugs: ["dora-szentesi"],
    topicSlugs: ["culture", "society"],
    visibility: "paid",
    status: "draft",
    daysAgo: 0,
  },
  {
    slug: "the-power-line-across-the-prut",
    title: "The Power Line Across the Prut",
    excerpt:
      "A new high-voltage connection between Romania and Moldova is meant to end Chișinău's dependence on electricity routed through Transnistria. It is a small line with large consequences.",
    body: `The Prut river is narrow enough in places that a strong swimmer could cross it in a minute. For most of the past century it has nevertheless functioned as one of the more consequential borders in Europe, separating Romania from the Soviet and then post-Soviet space. Over the coming months, a new high-voltage power line will cross it, and Moldovan officials speak about the project in terms usually reserved for treaties.

## Why one line matters

Moldova's electricity system was built as part of the Soviet grid, with its main transmission corridors running through the left bank of the Dniester, the territory controlled by the breakaway Transnistrian authorities. For decades, that meant that much of the power consumed in Chișinău either came from the large plant in Transnistria or travelled across lines that the Moldovan government did not fully control.

Synchronisation with the continental European grid, which Moldova achieved together with Ukraine under emergency conditions, changed the technical framework. But the physical network still funnels a large share of imports through vulnerable points. The new line, connecting a substation in eastern Romania with one in central Moldova, creates a route that bypasses the left bank entirely.

## Financing and construction

The project has been financed largely by European grants and loans from international financial institutions, with technical support from the Romanian transmission operator. Construction has faced the usual obstacles: land acquisition, environmental permits and the challenge of coordinating two national procedures. Officials say that the remaining work is on schedule, though they are careful not to promise a precise date.

> For us, this line is not about kilowatts. It is about being able to make decisions without asking permission from Tiraspol.

Further lines are planned, and Moldova's operator hopes that the country will eventually have several independent connections to Romania, creating a meshed network that can survive the loss of any single link.

## The market effect

The line will also change the electricity market. More import capacity means more competition, and Moldovan suppliers will be able to buy on the Romanian and wider European market with fewer constraints. In the short term, that may not reduce prices, since European wholesale prices are higher than the electricity Moldova once bought from Transnistria. In the longer term, it should make prices more transparent and reduce the scope for intermediaries.

## Politics on both banks

The project has political significance on both sides of the river. In Romania, it is presented as part of a special relationship with Moldova, grounded in shared language and history. In Moldova, it is a symbol of European integration, though pro-Russian parties have tried to frame it as a step towards dependence on Bucharest. In Transnistria, it is a reminder that the leverage once provided by the power plant is diminishing.

When the line is energised, there will be a ceremony, speeches and a ribbon. The more important moment will come later, probably unnoticed, on the first winter night when Moldova keeps its lights on without a single kilowatt-hour crossing the left bank.`,
    authorSlugs: ["oleksandr-havryliuk"],
    topicSlugs: ["energy", "politics"],
    visibility: "public",
    status: "scheduled",
    daysAgo: -3,
  },
  {
    slug: "polands-nuclear-timetable",
    title: "Poland's Nuclear Timetable",
    excerpt:
      "Poland's first nuclear power plant is moving from plans to concrete. The schedule is ambitious, the financing complex, and the political consensus behind it unusually broad.",
    teaser:
      "Poland has promised its first nuclear reactor within about a decade. We examine the financing model, the supply chain and the milestones that will show whether the timetable is credible.",
    body: `Poland has talked about nuclear power for longer than most of its citizens have been alive. A plant was under construction on the Baltic coast in the 1980s, abandoned after the political changes of 1989 and the shock of Chernobyl. Plans were revived, announced and postponed several times in the decades that followed. Now, for the first time, the project has a selected technology, a site, a state-owned investor, a financing plan approved in principle in Brussels and preparatory works under way. The question is no longer whether Poland will build nuclear power, but when.

## An unusually broad consensus

In a country where almost every policy becomes a battlefield between two political camps, nuclear energy enjoys rare cross-party support. Governments of different colours have maintained the programme, and public opinion is strongly in favour. The reasons are clear. Poland still generates a large share of its electricity from coal, faces rising carbon costs and wants to reduce dependence on imported fuels. Nuclear power offers stable, low-carbon generation that complements the rapid growth of wind and solar.

That consensus is an asset, but it can also discourage scrutiny. Questions about cost, schedule and risk allocation are sometimes treated as disloyalty to a national project rather than as part of normal democratic oversight.

## The money

The financing model combines a large equity injection from the state budget, loans backed by state guarantees and a contract for difference that guarantees a price for the electricity the plant will produce. The European Commission has examined the arrangement under state aid rules, which require that support be proportionate and that the project does not distort competition excessively.

Experience elsewhere in Europe is sobering. Several recent nuclear projects have been delivered years late and far over budget. Supporters of the Polish programme argue that lessons have been learned, that the chosen reactor design has been built elsewhere and that a series of units will bring down costs. Sceptics note that first-of-a-kind projects in a country without recent nuclear construction experience carry particular risks.

> Every nuclear project in Europe has promised to be the one that finally stays on budget. Poland needs to prove it, not just say it.

## Milestones to watch

The credibility of the timetable will become clearer as the project reaches specific milestones:

- the issuing of a construction licence by the national nuclear regulator;
- the first safety-related concrete, which marks the formal start of construction;
- contracts with Polish suppliers for a meaningful share of the work;
- recruitment and training of operators and regulators, whose numbers must grow substantially.

## Beyond the first plant

The government's plans go further than a single site. A second large plant and a number of small modular reactors, promoted by private industrial groups, are also under discussion. Whether the country can manage several nuclear projects at once, each competing for the same limited pool of engineers, welders and inspectors, is an open question.

Poland's nuclear timetable is ambitious but not implausible. Its success will depend less on political declarations, which are plentiful, than on the unglamorous work of licensing, procurement and project management. The concrete is about to be poured. The next decade will show whether it sets.`,
    authorSlugs: ["halina-dreszer"],
    topicSlugs: ["energy", "economy"],
    visibility: "members",
    status: "scheduled",
    daysAgo: -7,
  },
];

export const issues: SeedIssue[] = [
  {
    number: 1,
    subject: "Weekly Outlook #1: Languages, ransomware and batteries",
    preheader: "Our first issue: Latvia's school transition, why hospitals keep getting hacked, and Hungary's industrial bet.",
    daysAgo: 65,
    sections: [
      {
        heading: "Welcome to the Weekly Outlook",
        body: `This is the first issue of our weekly newsletter, and we want to say briefly what it is for. Every week we will send you a short, opinionated guide to what mattered in Central and Eastern Europe, what we published, and what we think deserves your attention in the days ahead. We will try to be useful rather than comprehensive, and analytical rather than breathless.

The region rarely gets the sustained attention it deserves in international coverage. It tends to appear when something dramatic happens, and disappears when the story becomes complicated. Our aim is the opposite: to stay with the complicated stories, because that is where the important decisions are made.`,
        visibility: "public",
      },
      {
        heading: "The week in brief",
        body: `**Latvia** has entered the final stage of its move to Latvian-only instruction in public schools. Ieva Kalniņa visited classrooms in Riga and Daugavpils and found teachers working hard, parents anxious and pupils adapting faster than anyone else. The policy is popular, but its success depends on support for teachers that is still patchy.

**Hungary** continues to welcome battery investment at a pace that surprises even its supporters. Dóra Szentesi looks at the economics and at the residents of Debrecen who feel they were never asked. Meanwhile, in **Czechia**, another regional hospital spent the week on paper records after a ransomware attack, a reminder of a problem we examine in depth for members.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: what a hospital attack looks like from the inside",
        body: `Our members-only report by Tomáš Vrabec and Oleksandr Havryliuk reconstructs a typical ransomware incident, from the first strange printer behaviour to the weeks of recovery. The most striking finding is how ordinary the fixes are. Offline backups, network segmentation and multi-factor authentication would have limited most of the damage we documented.

The harder problem is governance. Hospital boards still treat cybersecurity as an IT matter, and IT budgets lose every argument against visible equipment. We also spoke to Ukrainian specialists, whose experience of defending hospitals under wartime conditions offers lessons that Central European administrators have been slow to learn.`,
        visibility: "members",
        teaser: "Why ransomware keeps hitting Central European hospitals, and the unglamorous measures that would stop most attacks.",
      },
      {
        heading: "What we're watching",
        body: `Recovery fund milestones in **Slovakia** and **Hungary**, where the Commission's assessment of rule-of-law commitments will determine the flow of significant sums. Gas storage levels across the region ahead of the heating season. And the budget drafting season in **Romania**, where the deficit is about to become the defining political question.`,
        visibility: "public",
      },
    ],
    articleSlugs: [
      "latvias-schools-finish-the-language-transition",
      "the-cybersecurity-gap-in-central-european-hospitals",
      "hungarys-battery-gamble",
    ],
  },
  {
    number: 2,
    subject: "Weekly Outlook #2: Moldova's tired voters and Kyiv's full cinemas",
    preheader: "Reform fatigue in Chișinău, culture under the sirens, and a members' note on Balkan demography.",
    daysAgo: 58,
    sections: [
      {
        heading: "The week in brief",
        body: `**Moldova** is the region's favourite success story in Brussels and a more complicated place at home. Oleksandr Havryliuk spent time in Chișinău and in villages to the south, and found a population that is not turning against Europe so much as running out of patience. The justice reform that was supposed to change everything is moving slowly, and the opposition is making the most of it.

In **Ukraine**, he also went to the cinema. Screenings continue through air raid alerts and blackouts, and Ukrainian films are drawing audiences that once watched mostly foreign productions. It is a small story about a large thing: the stubbornness of everyday life.`,
        visibility: "public",
      },
      {
        heading: "Supporters' briefing: the demography behind Balkan politics",
        body: `For members this week, Radu Costinescu's analysis of emigration from Bosnia and Herzegovina connects two trends that are usually discussed separately. Young, educated Bosnians are leaving in large numbers, and the electorate that remains is older and more loyal to the ethnic parties that have governed since the war.

The argument is not that anyone planned this. It is that the system has little incentive to stop it. We include data on who leaves, where they go and how rarely they vote from abroad, along with a short list of policies that might change the calculation.`,
        visibility: "paid",
        teaser: "Why emigration may be the most important force keeping Bosnia's political system frozen.",
      },
      {
        heading: "What we're watching",
        body: `Coalition arithmetic in **Bratislava**, where a thin majority is giving small partners large leverage. The next round of the **Kosovo–Serbia** dialogue, which is scheduled but not expected to produce much. And the first signs of the winter energy market in **Moldova**, where prices will shape the political mood as much as any speech.`,
        visibility: "public",
      },
    ],
    articleSlugs: ["ukraines-cinemas-stay-open", "chisinaus-reform-fatigue"],
  },
  {
    number: 3,
    subject: "Weekly Outlook #3: Mayors, cinemas and Black Sea gas",
    preheader: "Why Polish mayors matter more than ever, and what Romania's offshore gas will and will not fix.",
    daysAgo: 51,
    sections: [
      {
        heading: "The week in brief",
        body: `Polish national politics looks like a permanent war between two camps. Halina Dreszer argues that the more interesting story is happening in town halls, where mayors with long tenures and practical records have built power bases that national parties now court rather than command. Her piece is a useful corrective to the idea that Polish democracy is nothing but polarisation.

Our piece on Ukrainian cinemas drew more reader mail than anything we have published so far. Several of you wrote to describe similar experiences in other cities. Thank you; we read all of it.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: Romania's gas windfall",
        body: `Romania is about to become a significant gas producer, and our members-only analysis by Radu Costinescu and Ieva Kalniņa looks at what that means. The fiscal benefits are real but will not close the deficit on their own. The security risks in the Black Sea are considerable, and the region has much to learn from the Baltic experience of protecting subsea infrastructure.

The most important variable, though, is governance. Resource revenues have a poor record in countries with weak oversight of state companies. We set out what to look for in the management of the new income.`,
        visibility: "members",
        teaser: "What Romania's offshore gas means for its budget, its neighbours and its security at sea.",
      },
      {
        heading: "One number",
        body: `**Four.** That is the number of different national procedures a single cross-border electricity project in the region can need to clear before construction begins, according to one transmission operator we spoke to this week. Every grid planner in the region has a version of this complaint, and it explains why interconnectors take so long to build.`,
        visibility: "public",
      },
      {
        heading: "What we're watching",
        body: `The **Czech** pension reform, which returns to parliament with amendments that would soften the indexation changes. Municipal finance negotiations in **Poland**. And a set of court rulings in **Moldova** that will show whether the justice vetting process is finally producing results.`,
        visibility: "public",
      },
    ],
    articleSlugs: [
      "polands-mayors-are-the-new-power-brokers",
      "ukraines-cinemas-stay-open",
      "romanias-gas-windfall-from-the-black-sea",
    ],
  },
  {
    number: 4,
    subject: "Weekly Outlook #4: Conscription that works",
    preheader: "Lithuania's military service has become part of national life. Plus: Black Sea security and a note on Slovak media.",
    daysAgo: 44,
    sections: [
      {
        heading: "The week in brief",
        body: `When Lithuania brought back conscription, it was supposed to be temporary. Ieva Kalniņa's report shows how it became a pillar of national defence and, more surprisingly, a broadly popular one. The debate now is whether to make service universal and whether to include women. Other European governments, several of which are reconsidering their own models, are watching closely.

Elsewhere, the question of subsea infrastructure security keeps coming up in our reporting, from the Baltic to the Black Sea. It is one of those topics that sounds technical until the day a cable is cut.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: protecting what lies on the seabed",
        body: `For members, a short note drawing on our Black Sea and Baltic reporting. The lesson from recent cable incidents is that navies alone cannot protect subsea infrastructure. What works is a combination of surveillance of commercial shipping, legal tools to inspect suspicious vessels, stockpiled spare parts and rapid repair capacity.

Most countries in the region have invested in the first element and neglected the others. We list the gaps we consider most serious and the cooperation formats that could close them quickly.`,
        visibility: "members",
        teaser: "Why protecting pipelines and cables is less about warships and more about spare parts and legal powers.",
      },
      {
        heading: "What we're watching",
        body: `The appointment procedures at **Slovakia's** public broadcaster, which our correspondent is following closely ahead of a longer piece. Progress on the second synchronous grid link for the **Baltic states**. And early signs of how the **Romanian** coalition will divide the pain of budget consolidation.`,
        visibility: "public",
      },
    ],
    articleSlugs: ["lithuanias-conscription-experiment", "romanias-gas-windfall-from-the-black-sea"],
  },
  {
    number: 5,
    subject: "Weekly Outlook #5: Hungarian novels abroad, Slovak news at home",
    preheader: "How a small literature went global, and how a public broadcaster changes without anyone announcing it.",
    daysAgo: 37,
    sections: [
      {
        heading: "The week in brief",
        body: `Two pieces this week about culture and institutions. Dóra Szentesi traces the remarkable international success of Hungarian fiction, and credits the people who usually go unmentioned: translators, small publishers and agents who spent years carrying dense, difficult prose into other languages.

Tomáš Vrabec, meanwhile, looks at Slovakia's public broadcaster after changes to its governance. The most revealing line comes from a reporter who says that nobody tells you what not to cover; you simply notice which stories end up at midnight. Media freedom is rarely lost in a single act.`,
        visibility: "public",
      },
      {
        heading: "Supporters' briefing: the European Media Freedom Act in practice",
        body: `The EU's new media freedom rules set standards for the independence of public service media, from appointment procedures to predictable funding. For members, we summarise what the rules require, where the arrangements in Slovakia and Hungary are most likely to be questioned, and what tools the Commission actually has.

Our conclusion is cautious. The law gives Brussels a clearer vocabulary for criticism, but enforcement will be slow, and national governments retain wide discretion over how their broadcasters are financed.`,
        visibility: "paid",
        teaser: "What the EU's media freedom rules require, and where Central European broadcasters are most exposed.",
      },
      {
        heading: "From our readers",
        body: `Several of you asked for a reading list on Hungarian literature in translation. We will publish one in a future issue, compiled with the help of translators we interviewed. Suggestions are welcome; reply to this email.`,
        visibility: "public",
      },
    ],
    articleSlugs: ["hungarian-literatures-quiet-export-boom", "slovakias-media-law-and-the-public-broadcaster"],
  },
  {
    number: 6,
    subject: "Weekly Outlook #6: Drones and dwellings",
    preheader: "Inside Ukraine's drone workshops, and why Warsaw's housing subsidies keep pushing prices up.",
    daysAgo: 30,
    sections: [
      {
        heading: "The week in brief",
        body: `Every time the Polish government helps first-time buyers, prices in Warsaw rise by roughly the amount of help. Halina Dreszer explains why, and argues that the bottleneck is land, planning and infrastructure rather than mortgage costs. Her list of supply-side reforms is not glamorous, which is precisely why it is rarely tried.

In Ukraine, Oleksandr Havryliuk visited one of the hundreds of small firms building drones for the front. The industry has grown from a volunteer movement into a strategic sector in less than three years. Our full report is for members; a short summary follows below.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: the drone industry's next phase",
        body: `The Ukrainian drone sector faces three transitions at once. It must scale up while keeping its extraordinary speed of iteration. It must reduce its dependence on Chinese components, which is easier said than done for motors and electronics. And it must decide, together with the government, whether and how to open to exports.

Our members' report includes interviews with founders and engineers, and a look at the European partnerships that are beginning to fund production in Ukraine. The model is faster and cheaper than buying from European suppliers, and it is quietly reshaping defence procurement debates in several capitals.`,
        visibility: "members",
        teaser: "How Ukraine's drone makers are preparing for scale, component independence and a possible opening to exports.",
      },
      {
        heading: "What we're watching",
        body: `Poland's new planning rules, which require municipalities to adopt general plans: watch whether they enable or restrict construction. Negotiations over **EU defence financing**, where joint procurement with Ukrainian producers is on the table. And the **Bulgarian** debate on consumer protection during the currency changeover.`,
        visibility: "public",
      },
      {
        heading: "A correction",
        body: `In last week's members' briefing we implied that the European Media Freedom Act requires licence-fee funding for public broadcasters. It does not; it requires funding that is adequate and predictable, whatever the model. We regret the error.`,
        visibility: "public",
      },
    ],
    articleSlugs: ["the-drone-factories-of-western-ukraine", "warsaws-housing-squeeze-and-the-limits-of-subsidy"],
  },
  {
    number: 7,
    subject: "Weekly Outlook #7: The euro, the state and the app",
    preheader: "Bulgaria's currency debate decoded, and what happens when a famous digital state reaches middle age.",
    daysAgo: 23,
    sections: [
      {
        heading: "The week in brief",
        body: `Bulgaria's euro debate has never really been about monetary policy. As Radu Costinescu explains, the lev has been tied to the euro for a generation; what voters doubt is whether the state can manage the changeover honestly. His piece is the clearest account we have read of why a technically simple decision became so politically charged.

Estonia's digital state, meanwhile, is no longer a start-up. Ieva Kalniņa writes about legacy systems, security and the shift towards proactive services, and about the uncomfortable fact that citizens now compare government services with the apps on their phones.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: price monitoring in currency changeovers",
        body: `What actually happens to prices when a country adopts the euro? For members, we summarise the evidence from earlier changeovers in the region. The aggregate effect on inflation has usually been small, concentrated in restaurants, cafés and services with frequent small purchases. The perceived effect has been much larger, and it has lasted for years.

The lesson for Bulgaria is that enforcement in small shops and services matters more than headline statistics, and that public trust is built or lost in the first few months.`,
        visibility: "members",
        teaser: "What earlier changeovers tell us about prices, perceptions and the months that matter most.",
      },
      {
        heading: "What we're watching",
        body: `Electricity contracts for Czech industry for the coming year, which several manufacturers tell us will decide investment plans. The next steps in **Moldova's** winter energy preparations. And a parliamentary debate in **Estonia** on the use of automated decision-making in public administration.`,
        visibility: "public",
      },
    ],
    articleSlugs: ["the-digital-state-grows-up", "bulgarias-euro-debate-decoded"],
  },
  {
    number: 8,
    subject: "Weekly Outlook #8: Power bills and pipelines",
    preheader: "Why Czech factories worry about electricity more than tariffs, and how Moldova survives without transit gas.",
    daysAgo: 16,
    sections: [
      {
        heading: "The week in brief",
        body: `Trade wars make headlines, but the manager of a glassworks in northern Bohemia put it best in our piece this week: tariffs are a storm, electricity prices are the climate. Tomáš Vrabec examines why energy costs have become the decisive variable for Czech industry, and why neither subsidies nor the nuclear programme will help in the next five years.

Energy was also the theme of our Moldova reporting. The end of Russian gas transit through Ukraine broke an arrangement that had kept the country dependent for decades. What replaces it is still being built.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: Moldova's energy winter",
        body: `Our members' report from Oleksandr Havryliuk looks at the winter ahead. Transnistria's power plant is running below its former capacity, and the government in Chișinău is trying to balance humanitarian concerns with a refusal to restore a system designed to keep it dependent.

We explain the temporary gas arrangements, the new transmission lines to Romania and the compensation schemes for households. We also assess the political risk: if a cold snap coincides with an interruption in imports, pro-Russian parties are ready to capitalise.`,
        visibility: "members",
        teaser: "How Chișinău plans to get through the winter, and what could go wrong.",
      },
      {
        heading: "One number",
        body: `**A third.** That is roughly the share of production costs that energy reached at one Czech glassworks at the height of the energy crisis, up from about a tenth before it. Even after prices eased, the company's planning assumptions have permanently changed.`,
        visibility: "public",
      },
      {
        heading: "What we're watching",
        body: `Budget consolidation votes in **Bucharest**. A regional summit on interconnectors in **Vilnius**. And the **Slovak** coalition talks, where we hear that the distribution of ministries is close to settled but the fight over the prosecution service is not.`,
        visibility: "public",
      },
    ],
    articleSlugs: ["why-czech-industry-fears-the-electricity-bill-more-than-tariffs", "moldovas-long-winter-without-transit-gas"],
  },
  {
    number: 9,
    subject: "Weekly Outlook #9: Austerity in Bucharest, theatre in Budapest",
    preheader: "Romania's budget arithmetic meets its deadline, and Hungary's independent stages learn to survive.",
    daysAgo: 9,
    sections: [
      {
        heading: "The week in brief",
        body: `Romania's deficit has been the subject of polite warnings from Brussels for years. That period is over. Radu Costinescu sets out what is in the consolidation package, who pays for it and why the coalition may find it harder to survive than the economy. His quote from a former official is worth repeating: every finance minister for fifteen years has had the same list, and every list ends with an election.

In Budapest, Dóra Szentesi visited independent theatre companies that receive nothing from the national funding system and survive on memberships, foreign co-productions and touring. The art is thriving. The institutions are fragile.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: who wins and loses in Romania's package",
        body: `For members, a closer look at the distributional effects of Romania's consolidation. Higher VAT rates and excise duties hit lower-income households hardest in the short term. The public sector wage freeze falls heavily on teachers and health workers in smaller towns, where the state is the largest employer.

The measures that would improve fairness, such as better tax collection and reform of special pensions, are slower and politically harder. We estimate the timeline on which they could realistically start to pay off.`,
        visibility: "members",
        teaser: "A distributional map of Romania's austerity package, and the reforms that could make it fairer.",
      },
      {
        heading: "What we're watching",
        body: `The **Baltic** balancing market, where prices have eased but the cost allocation debate has not. Final drafts of the **Slovak** coalition agreement. And the **Polish** debate about regional towns, which we will return to next week.`,
        visibility: "public",
      },
    ],
    articleSlugs: [
      "romanias-budget-arithmetic-meets-its-deadline",
      "budapests-independent-theatres-learn-to-live-without-the-state",
    ],
  },
  {
    number: 10,
    subject: "Weekly Outlook #10: The Baltic grid goes it alone",
    preheader: "Keeping the lights steady after leaving the Russian grid, Slovakia's coalition bargain, and Poland's emptying towns.",
    daysAgo: 2,
    sections: [
      {
        heading: "The week in brief",
        body: `Leaving the Russian-run power system was a political triumph for the Baltic states. Running an exposed, small grid that must be able to stand alone is a daily engineering task, and it has a price. Ieva Kalniņa's piece this week explains synchronous condensers, seabed cables and balancing markets in plain language, and asks who should pay for security that nobody sees.

Halina Dreszer travelled to former provincial capitals in eastern Poland that are slowly losing their people. Her argument, that some towns need help to shrink well rather than promises of growth, will be uncomfortable for politicians. It deserves a serious hearing.`,
        visibility: "public",
      },
      {
        heading: "Members' briefing: inside the Bratislava talks",
        body: `Tomáš Vrabec's members-only reconstruction of the Slovak coalition talks is the most detailed account we have seen. The headline disputes concern ministries, but the real prize is the prosecution service, and the wording of one sentence in the coalition agreement may shape Slovakia's next rule-of-law report.

We also explain why the junior partner's request for both a cohesion-funds ministry and the intelligence oversight committee has unsettled senior figures in the larger party, and why the finance ministry is the portfolio nobody wants.`,
        visibility: "members",
        teaser: "Who wants which ministry in Bratislava, and why the fight over prosecutors matters most.",
      },
      {
        heading: "What we're watching",
        body: `The signing of the **Slovak** coalition agreement, and whether its rule-of-law language is precise or vague. Another round of island-mode tests in the **Baltic** grid. The energisation date for the new **Romania–Moldova** power line, which we will cover in detail next week. And the **Polish** nuclear programme, where the next licensing step is expected soon.`,
        visibility: "public",
      },
      {
        heading: "Thank you",
        body: `This is our tenth issue. Your replies, corrections and arguments have made the newsletter better, and we are grateful to the members whose support pays for our reporting. If you know someone who would value a careful weekly read on the region, forwarding this email is the best help you can give us.`,
        visibility: "public",
      },
    ],
    articleSlugs: [
      "the-baltic-grid-goes-it-alone",
      "inside-the-coalition-talks-in-bratislava",
      "polands-regional-towns-are-quietly-emptying",
    ],
  },
];

export const comments: SeedComment[] = [
  {
    articleSlug: "the-baltic-grid-goes-it-alone",
    authorEmail: "reader@example.com",
    body: "Very clear explanation of inertia, thank you. I had not understood why the direct-current cables to Finland and Sweden do not help with frequency stability.",
    daysAgo: 2,
    replies: [
      {
        authorEmail: "ieva.kalnina@example.com",
        body: "Thanks. In short, they can move a lot of energy but they do not share the rotating mass of the other system. Modern converters can provide some fast frequency support, but it is not quite the same thing.",
        daysAgo: 2,
      },
      {
        authorEmail: "member@example.com",
        body: "Worth adding that the new batteries were partly procured with this exact scenario in mind. Would love a follow-up on how the island-mode tests actually went.",
        daysAgo: 1,
      },
    ],
  },
  {
    articleSlug: "the-baltic-grid-goes-it-alone",
    authorEmail: "member@example.com",
    body: "The cost allocation point is underrated. If households see only higher balancing charges and no explanation, support for the whole project will erode quietly.",
    daysAgo: 1,
  },
  {
    articleSlug: "procurement-goes-digital-in-kyiv",
    authorEmail: "member@example.com",
    body: "Interesting that some EU member states are studying the Ukrainian model. Is there any sign of that in the Commission's own procurement reform?",
    daysAgo: 1,
    replies: [
      {
        authorEmail: "oleksandr.havryliuk@example.com",
        body: "Not formally yet. The interest so far is at municipal and national level, mostly around open data standards rather than the full platform.",
        daysAgo: 0,
      },
    ],
  },
  {
    articleSlug: "polands-regional-towns-are-quietly-emptying",
    authorEmail: "reader@example.com",
    body: "I grew up in one of these towns and recognise every detail, including the renovated station. The point about first-grade enrolment as the real indicator is painfully accurate.",
    daysAgo: 7,
    replies: [
      {
        authorEmail: "halina.dreszer@example.com",
        body: "Thank you for reading. Several mayors told me the same thing independently, which is what convinced me to put it in the piece.",
        daysAgo: 6,
      },
    ],
  },
  {
    articleSlug: "romanias-budget-arithmetic-meets-its-deadline",
    authorEmail: "member@example.com",
    body: "For anyone who wants the numbers behind the VAT compliance gap, this overview is a helpful starting point: https://example.org/report. It supports the argument that collection matters more than rates.",
    daysAgo: 10,
    replies: [
      {
        authorEmail: "radu.costinescu@example.com",
        body: "Good reference. The compliance gap has narrowed a little in recent years, but it remains one of the largest in the EU, which is why digitalisation of the tax authority is the reform to watch.",
        daysAgo: 9,
      },
    ],
  },
  {
    articleSlug: "budapests-independent-theatres-learn-to-live-without-the-state",
    authorEmail: "reader@example.com",
    body: "The membership model is fascinating. I wonder whether companies could share the infrastructure for it, the way some independent media outlets share payment and newsletter tools.",
    daysAgo: 12,
    replies: [
      {
        authorEmail: "editor@example.com",
        body: "A good idea, and one we heard from two producers as well. We may come back to the economics of shared infrastructure in a future piece.",
        daysAgo: 11,
      },
    ],
  },
  {
    articleSlug: "why-czech-industry-fears-the-electricity-bill-more-than-tariffs",
    authorEmail: "member@example.com",
    body: "The storm and climate metaphor is perfect. Do you have a sense of how many firms have actually signed long-term power purchase agreements so far?",
    daysAgo: 19,
    replies: [
      {
        authorEmail: "tomas.vrabec@example.com",
        body: "Only a few dozen sizeable contracts that we know of, mostly with larger companies. Smaller firms struggle with the credit requirements, which is a gap that state guarantees could help close.",
        daysAgo: 18,
      },
      {
        authorEmail: "reader@example.com",
        body: "That credit problem seems like the most practical policy lever in the whole debate. Hoping for a follow-up on it.",
        daysAgo: 17,
      },
    ],
  },
  {
    articleSlug: "bulgarias-euro-debate-decoded",
    authorEmail: "reader@example.com",
    body: "The distinction between measured inflation and perceived inflation deserves more attention everywhere, not just in Bulgaria. People remember the price of coffee, not the index.",
    daysAgo: 26,
    replies: [
      {
        authorEmail: "radu.costinescu@example.com",
        body: "Exactly, and that is why enforcement in cafés and small shops matters so much in the first months after a changeover.",
        daysAgo: 25,
      },
    ],
  },
  {
    articleSlug: "warsaws-housing-squeeze-and-the-limits-of-subsidy",
    authorEmail: "member@example.com",
    body: "A welcome piece. The lack of a functioning rental sector is the part of the story that foreign observers usually miss, and it shapes so many decisions young people make.",
    daysAgo: 34,
  },
  {
    articleSlug: "lithuanias-conscription-experiment",
    authorEmail: "reader@example.com",
    body: "How do the armed forces handle conscripts who are already working in critical civilian jobs, such as nurses or power engineers? That seems like a real trade-off in a small country.",
    daysAgo: 45,
    replies: [
      {
        authorEmail: "ieva.kalnina@example.com",
        body: "There are deferral and exemption rules for some professions, and reservists in critical roles are often assigned to civil defence functions rather than combat units. It remains a live debate.",
        daysAgo: 44,
      },
    ],
  },
  {
    articleSlug: "ukraines-cinemas-stay-open",
    authorEmail: "member@example.com",
    body: "The closing scene with the woman who recognised her sister's street stayed with me all day. Thank you for reporting on this side of life as well.",
    daysAgo: 57,
    replies: [
      {
        authorEmail: "editor@example.com",
        body: "Thank you. We received many similar messages about this piece, and we will continue to cover culture in Ukraine alongside the war itself.",
        daysAgo: 56,
      },
    ],
  },
  {
    articleSlug: "latvias-schools-finish-the-language-transition",
    authorEmail: "reader@example.com",
    body: "A balanced account of a difficult subject. I would be curious to see the exam data broken down by region rather than by school type.",
    daysAgo: 66,
    replies: [
      {
        authorEmail: "member@example.com",
        body: "Agreed. Regional data would show whether the dip is about the language change or about the teacher shortages in Latgale, which predate it.",
        daysAgo: 65,
      },
    ],
  },
  {
    articleSlug: "pensions-in-prague-the-reform-nobody-wants-to-own",
    authorEmail: "dora.szentesi@example.com",
    body: "The Hungarian debate looks strikingly similar, although the political incentives differ. A comparative piece on pension politics across the region would be worth doing.",
    daysAgo: 80,
    replies: [
      {
        authorEmail: "tomas.vrabec@example.com",
        body: "Let's do it together. Indexation rules alone would make an interesting comparison.",
        daysAgo: 79,
      },
    ],
  },
  {
    articleSlug: "estonias-ai-tutors-in-the-classroom",
    authorEmail: "halina.dreszer@example.com",
    body: "Polish teachers I know are watching this closely. The idea of asking students to argue with the tool rather than trust it seems like the right instinct.",
    daysAgo: 117,
    replies: [
      {
        authorEmail: "ieva.kalnina@example.com",
        body: "That was the most common approach among the teachers I met. The harder question is assessment, which nobody has really solved yet.",
        daysAgo: 116,
      },
    ],
  },
];
