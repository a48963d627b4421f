from lib import p, sh, prov, out, asp, table
from common import cover, intro, heading, ending

T = "old"
NAME = "Aleksander Nowak"
CW = "Gareth Lomax"
DATE = "11 April 2025"
KP = "Olek's key person (Level 3 early years practitioner, Becky Shaw), trained by the Teacher of the Deaf"
TOD = "Qualified Teacher of the Deaf, Riverton Sensory Support Service (Rachel Whitfield)"

blocks = []
blocks += intro(T, NAME, "Aleksander", "final")
blocks += [
 heading(T, "A"),
 sh("How Olek's views were gathered"),
 p("Aleksander, known to everyone as Olek, is three. His views were gathered by his key person Becky Shaw and his Teacher of the Deaf Rachel Whitfield through observation at Rainbow Corner Nursery in February 2025, using a \"talking mat\" with photographs of nursery activities, and by his parents Marta and Piotr at home. Marta helped to write this part in Olek's voice."),
 sh("About me"),
 p("My name is Olek. I live with my mama Marta, my tata Piotr and my sister Zofia, who is seven. We speak Polish and English at home. My babcia (grandma) lives in Kraków and we talk to her on the tablet every Sunday."),
 p("I love tractors, diggers and anything with wheels. I love the sand tray, the mud kitchen and riding the bikes in the nursery garden. I like books about animals and I can make lots of the animal noises. I like bath time and splashing. My favourite food is pierogi."),
 p("I wear two hearing aids. I like my blue ones with the dinosaur stickers. I can hear people best when they are close to me and it is quiet. When it is noisy I can't hear and I go off and play on my own. I don't like it when people talk to me from behind, or when my hearing aids whistle."),
 sh("What people like and admire about me"),
 p("Becky says I am a cheeky, happy boy with a great laugh and that I am brilliant at building. Zofia says I am a good little brother (most of the time). Rachel says I watch faces very carefully and that I am a clever problem solver."),
 sh("My history"),
 p("I was born at Riverton General Hospital. The newborn hearing screening found that I had a hearing loss in both ears, and I was diagnosed at six weeks old with a moderate sensorineural hearing loss (a permanent hearing loss caused by the inner ear) in both ears. I have worn hearing aids since I was four months old. A Teacher of the Deaf has visited my family since I was diagnosed. I started at Rainbow Corner Nursery in September 2024 and I go every weekday morning, 8.30am to 11.30am."),
 sh("What my family says"),
 p("Marta and Piotr say: \"We want Olek to talk well in both of our languages, to make friends and to go to school with his sister at St Cuthbert's. Sometimes he takes his hearing aids out and we worry he is missing words. We want nursery to help him to keep them in and to understand what he needs when it is noisy.\""),
 sh("Aspirations"),
 p("Olek's family hope that he will be a confident communicator in English and Polish, that he will go to his local primary school and enjoy learning, and that he will grow up proud of who he is. In the next year they want him to use longer sentences, to join in play with other children and to keep his hearing aids in all day."),

 heading(T, "B"),
 p("Olek has a moderate permanent hearing loss in both ears, which affects his language, listening and play with other children. His needs are set out below. Levels are from the nursery's EYFS (Early Years Foundation Stage) tracking in March 2025 and the Teacher of the Deaf's language assessment in February 2025, when Olek was 3 years 1 month."),
 sh("Communication and interaction"),
 p("Strengths: Olek is a keen communicator who uses gesture, facial expression and a growing number of words. He understands familiar routines and simple instructions in quiet conditions. He uses about 60 words in English and 40 in Polish and is starting to put two words together (\"more car\", \"daddy gone\")."),
 p("Needs: Olek's language (understanding and talking) is at around the 20-24 month level in English, about a year behind his age. He misses quiet sounds at the ends of words (s, t, f) and cannot follow speech in background noise or at a distance. He needs adults to get his attention first, face him, speak clearly at a normal pace, and reduce background noise. He needs a radio aid in group times. Rachel Whitfield, Teacher of the Deaf, advises: \"Olek needs an acoustically good environment and daily focused language and listening work, with his family's home language valued.\""),
 sh("Cognition and learning"),
 p("Strengths: Olek's non-verbal skills (building, problem solving, matching and jigsaws) are at the level expected for his age."),
 p("Needs: Olek's learning is affected by his language delay. He is not yet able to learn new words and concepts incidentally from listening, as hearing children do, so new vocabulary for each nursery topic needs to be pre-taught and repeated."),
 sh("Social, emotional and mental health"),
 p("Strengths: Olek is happy, settled and has a secure relationship with his key person. He enjoys being near other children."),
 p("Needs: Olek plays alone or alongside others and rarely joins in with group play because he cannot follow what other children say. He sometimes snatches or pushes when he cannot make himself understood (about twice a week, according to nursery records). He needs adult help to join games and learn the words used in play."),
 sh("Sensory and/or physical needs"),
 p("Olek's hearing loss is described above and in Part 3. He needs his hearing aids checked every morning and support to keep them in. His physical development is typical for his age."),

 heading(T, "C"),
 p("Olek's health needs are:"),
 p("Permanent moderate sensorineural hearing loss in both ears. Olek wears two behind-the-ear hearing aids. He is under the care of Riverton Children's Audiology Service and his hearing aids and earmoulds need to be checked and replaced as he grows (usually every six to eight weeks at his age).", bullet=True),
 p("Olek has had investigations into the cause of his hearing loss with the paediatrician. No cause has been found, and he has no other health conditions.", bullet=True),
 p("Olek's vision was checked in January 2025 and is normal (children with hearing loss should have their eyes checked).", bullet=True),

 heading(T, "D", "nil"),
 p("Olek has no social care needs relating to his SEN or disability. His family meet all of his care needs. The family have not needed Early Help support. They have been given information about the Riverton Local Offer and the deaf children's family group."),

 heading(T, "E"),
 p("These outcomes were agreed at the planning meeting on 18 March 2025 with Marta and Piotr, Becky Shaw, Rachel Whitfield and the nursery manager and SENCo (special educational needs co-ordinator), Louise Okafor. Long-term outcomes are for the end of Olek's time at nursery (July 2026). Short-term steps are for July 2025 and will be reviewed at the summer term review at nursery."),
 sh("Communication and interaction"),
 out("Long-term outcome", "By July 2026, Olek will use sentences of three to four words in English to ask for things, tell an adult what has happened and join in play, at least 10 times in a session, as recorded in a language sample by his Teacher of the Deaf.",
     subj="Olek", beh="use sentences of three to four words in English to ask for things, tell an adult what has happened and join in play", crit=["at least 10 times in a session", "as recorded in a language sample by his Teacher of the Deaf"], time="By July 2026"),
 out("Short-term steps", "By July 2025, Olek will understand and use 30 new topic words (from his nursery word lists) in English, checked by his key person using his picture word book.",
     subj="Olek", beh="understand and use 30 new topic words (from his nursery word lists) in English", crit=["30 new topic words", "checked by his key person using his picture word book"], time="By July 2025"),
 out("Long-term outcome", "By July 2026, Olek will tell an adult, using words or a sign, when his hearing aids are not working or are whistling, on every occasion noticed by staff over a half-term.",
     subj="Olek", beh="tell an adult, using words or a sign, when his hearing aids are not working or are whistling", crit="on every occasion noticed by staff over a half-term", time="By July 2026"),
 sh("Cognition and learning"),
 out("Long-term outcome", "By July 2026, Olek will understand and use the concept words needed for Reception (for example big/little, in/on/under, first/last, same/different) with 80% accuracy on the Teacher of the Deaf's concept checklist.",
     subj="Olek", beh="understand and use the concept words needed for Reception", crit="with 80% accuracy on the Teacher of the Deaf's concept checklist", time="By July 2026"),
 sh("Social, emotional and mental health"),
 out("Long-term outcome", "By July 2026, Olek will join a game with two or more children and keep playing for 10 minutes, using words rather than pushing or snatching, on three days a week as recorded by his key person.",
     subj="Olek", beh="join a game with two or more children and keep playing", crit=["for 10 minutes", "using words rather than pushing or snatching", "on three days a week as recorded by his key person"], time="By July 2026"),
 out("Short-term steps", "By July 2025, Olek will play better with other children.",
     subj="Olek", beh="play better with other children", time="By July 2025", spec=False, note="Lapse: vague verb, no criterion."),
 sh("Hearing and independence"),
 out("Long-term outcome", "By July 2026, Olek will keep his hearing aids in for the whole session and put them in with adult help at the start of the day, on four out of five days.",
     subj="Olek", beh="keep his hearing aids in for the whole session and put them in with adult help at the start of the day", crit=["for the whole session", "on four out of five days"], time="By July 2026"),

 heading(T, "F"),
 p("The provision below will be made at Rainbow Corner Nursery and at home. The nursery receives Riverton Early Years SEN Inclusion Funding at Band 2 for the additional adult time described below."),
 sh("Communication and interaction"),
 prov("Focused language and listening session following the Teacher of the Deaf's programme (listening games, vocabulary and sentence building with real objects), in a quiet room.",
      f="Daily (five times a week)", d="15 minutes", g="1:1", by=KP, r="Every half-term by the Teacher of the Deaf"),
 prov("Pre-teaching of the vocabulary for each nursery topic using a picture word book, which also goes home so that the words can be practised in English and Polish.",
      f="Twice a week, at the start of each topic week", d="10 minutes", g="1:1", by=KP, r="Word book checked every half-term by the Teacher of the Deaf"),
 prov("Teacher of the Deaf visits to the nursery to assess Olek's language and listening, set targets, check the listening environment and radio aid, and train staff.",
      f="Fortnightly during term time", d="1 hour", g="1:1 with key person present", by=TOD, r="Written report each term; language assessment each February"),
 prov("Teacher of the Deaf home visit to support Marta and Piotr with language at home and hearing aid management.",
      f="Once each half-term", d="1 hour", g="Family", by=TOD, r="Each term with the family", sp={"group": []}, ng=True),
 prov("Speech and language therapy with a therapist specialising in deafness: assessment of both languages, advice on speech sounds and a joint programme with the Teacher of the Deaf.",
      f="Once a term", d="45 minutes", g="1:1 with parent and key person", by="HCPC-registered Speech and Language Therapist (deafness), Riverton Children's Therapy Service (Jamie Oduya)", r="Written advice after each visit"),
 prov("Communication-friendly adult behaviour: adults gain Olek's attention before speaking, face him at about one metre, speak clearly at a normal pace, check his understanding and repeat other children's comments to him.",
      f="Every session, every interaction", g="Whole room", by="All staff in the room, led by " + KP, r="Checked by the Teacher of the Deaf at each visit", nd=True),
 sh("Hearing equipment and environment"),
 prov("Hearing aid check (listening check and visual check) at the start of each session, with spare batteries and a drying kit kept at nursery.",
      f="Every morning on arrival", d="5 minutes", g="1:1", by=KP + " or a named deputy trained by the Teacher of the Deaf", r="Log checked by the Teacher of the Deaf at each visit"),
 prov("Radio aid (remote microphone) worn by the adult leading group times and story time, so that Olek can hear the adult's voice above background noise.",
      f="Every group time and story time", g="Group time with one adult", by="Adult leading the group, trained by the Teacher of the Deaf; radio aid provided by Riverton Sensory Support Service", r="Checked by the Teacher of the Deaf at each visit", nd=True, sp={"group": []}, ng=True),
 prov("Acoustic improvements to the pre-school room (soft furnishings, felt pads on chair legs, a carpeted quiet corner) following an acoustic check.",
      f="Completed by 31 May 2025; maintained throughout each session", g="Whole room", by="Nursery manager (Louise Okafor) following the Teacher of the Deaf's acoustic report", r="Acoustic check repeated in September 2025", nd=True),
 sh("Social, emotional and mental health"),
 prov("Adult-supported small-group play in the quieter room, with the adult modelling the words for joining in (\"Can I play?\", \"My turn\") and helping Olek follow what the others say.",
      f="Three times a week", d="15 minutes", g="Group of 3 children", by=KP, r="Termly at the nursery review"),
 prov("Photo-based visual timetable and visual prompts at transitions.", f="Every session", g="Whole room", by="Nursery staff", r="As appropriate", nd=True, sp={"who": []},
      note="Lapse: 'nursery staff' and 'as appropriate' (review) are vague; the item is otherwise simple."),
 sh("Transition to school"),
 prov("Transition plan for Reception: a meeting with the receiving school, the Teacher of the Deaf's acoustic check of the Reception classroom, and four extra visits with his key person.",
      f="Meeting by March 2026; visits in June and July 2026", d="Meeting 1 hour; visits 45 minutes", g="1:1 with key person", by="Nursery SENCo (Louise Okafor) with the Teacher of the Deaf", r="At the annual review in spring 2026"),

 heading(T, "G"),
 prov("Audiology review: hearing tests, hearing aid checks and new earmoulds.", f="Every three months, with earmoulds replaced every six to eight weeks as needed", by="Riverton Children's Audiology Service", r="Results shared with the Teacher of the Deaf and nursery", nd=True, ng=True,
      note="Earmould timing is a range, but the three-monthly review is definite."),
 prov("Paediatric review of hearing loss investigations and general development.", f="Once a year (next due January 2026)", by="Consultant Community Paediatrician, Riverton Child Development Centre (Dr Kwame Osei)", r="Clinic letter to family and GP", nd=True, ng=True),
 prov("Health visitor contact as part of the Healthy Child Programme.", f="At the three-and-a-half-year review (by July 2025)", by="Health visitor, Riverton 0-19 Public Health Nursing Service (Ayesha Rahman)", r="Report shared with the nursery", nd=True, ng=True),

 heading(T, "H1", "nil"),
 p("Olek does not need any provision under section 2 of the Chronically Sick and Disabled Persons Act 1970."),
 heading(T, "H2", "nil"),
 p("Olek does not need any other social care provision."),

 heading(T, "I"),
 p("Rainbow Corner Nursery, 2 Mill Lane, Riverton (private, voluntary and independent early years setting)."),
 heading(T, "J"),
 p("No personal budget has been requested."),
 heading(T, "K"),
 p("Parent views: Marta and Piotr Nowak, 10 February 2025.", bullet=True),
 p("Early years setting advice: Becky Shaw, key person, and Louise Okafor, nursery manager and SENCo, Rainbow Corner Nursery, 14 February 2025.", bullet=True),
 p("Sensory support advice: Rachel Whitfield, Teacher of the Deaf, Riverton Sensory Support Service, 17 February 2025.", bullet=True),
 p("Educational psychology advice: Dr Owen Pritchard, Educational Psychologist, 24 February 2025.", bullet=True),
 p("Speech and language therapy advice: Jamie Oduya, Speech and Language Therapist, 20 February 2025.", bullet=True),
 p("Medical advice: Dr Kwame Osei, Consultant Community Paediatrician, and Riverton Children's Audiology Service, 26 February 2025.", bullet=True),
 p("Social care advice: Riverton Children's Social Care Front Door, confirming no involvement or assessed needs, 21 February 2025.", bullet=True),
]
blocks += ending("Olek", CW, DATE, manager="under5")

PLAN = dict(
    id="rv05", stem="rv05_aleksander_nowak", child_name=NAME, plan_date="2025-04-11", plan_date_text=DATE,
    age=3, status="final", template=T, pdf=True, target_grade="good",
    cover=cover(NAME, "15 January 2022", "19 Orchard Way, Millbrook, Riverton RV3 6EN", DATE, "Final", "RV-EHC-25-0118", CW,
                extra=[("Known as", "Known as", "Olek"), ("Home languages", "Languages", "Polish and English")]),
    blocks=blocks,
    rationale=("Good. Older template with the Part-to-Section mapping in the introduction; all sections present. Views gathered and explained "
               "for a three-year-old; bilingual family voice strong. The hearing loss and its effects on language, learning and play are well "
               "described and matched by quantified provision from a Teacher of the Deaf, key person and specialist SALT, with equipment and "
               "environment specified. C/G complete; D, H1, H2 explicitly nil with social care confirmation in K. Outcomes mostly SMART and "
               "linked to aspirations. Lapses: one short-term step is vague ('play better'); the visual timetable item names only 'nursery "
               "staff' with review 'as appropriate'; fewer short-term steps than long-term outcomes."),
    layout="Older template: bold 'Part N: <title>' paragraphs with no section letters, mapping given once in the introduction; cover content controls; provision field-per-line blocks; K as bullets.",
    sections_missing=[],
    faults=[("outcome-not-smart", "E", "Short-term steps: By July 2025, Olek will play better with other children."),
            ("vague-provision", "F", "Review: As appropriate")],
)
