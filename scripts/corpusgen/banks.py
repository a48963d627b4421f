"""Hand-written phrase banks. All names, schools, places and professionals are invented.

Placeholders filled per child: {name}; pronouns {He} {he} {him} {his} {His} {himself}; verb
agreement for "they" children: {s} (finds/find), {es} (watches/watch), {is}, {has}, {was},
{does}; {parent} / {Parent} (e.g. "her mum"). Outcome templates also take {by} / {By} (a time
bound such as "by July 2027").

Clean banks must never contain the hedge words listed in ``lint.HEDGES``; the fault banks at the
end hold the deliberately weak wording that ``content.py`` plants and records.
"""

FIRST_NAMES = {
    "she": ["Amira", "Bethany", "Chloe", "Daisy", "Ellie", "Freya", "Grace", "Hana", "Isla", "Jasmine",
            "Keira", "Layla", "Mia", "Niamh", "Olivia", "Poppy", "Ruby", "Sofia", "Tilly", "Zara",
            "Aisha", "Lacey", "Megan", "Evie", "Harriet", "Imogen", "Maryam", "Phoebe"],
    "he": ["Aaron", "Ben", "Callum", "Dylan", "Ethan", "Finley", "George", "Harvey", "Idris", "Jack",
           "Kai", "Leo", "Mohammed", "Noah", "Oscar", "Reuben", "Sami", "Theo", "Tyler", "Zach",
           "Alfie", "Bilal", "Corey", "Elliot", "Jamal", "Kian", "Logan", "Rhys"],
    "they": ["Alex", "Charlie", "Jordan", "Morgan", "Riley", "Robin", "Sam", "Jesse", "Rowan", "Sasha"],
}
SURNAMES = ["Adeyemi", "Barker", "Chowdhury", "Dawson", "Ellis", "Fletcher", "Gallagher", "Hussain",
            "Ibrahim", "Jenkins", "Kowalski", "Lambert", "Mahmood", "Nolan", "O'Brien", "Patel",
            "Quinn", "Rahman", "Sutherland", "Thompson", "Underwood", "Varga", "Whitfield", "Yates",
            "Akhtar", "Brennan", "Carter", "Doyle", "Evans", "Farouk", "Griffiths", "Holloway",
            "Islam", "Kaur", "Lowe", "Marsh", "Novak", "Osei", "Pearson", "Reid"]

PRONOUNS = {
    "she": dict(He="She", he="she", him="her", his="her", His="Her", himself="herself",
                s="s", es="es", ies="ies", is_="is", has="has", was="was", does="does"),
    "he": dict(He="He", he="he", him="him", his="his", His="His", himself="himself",
               s="s", es="es", ies="ies", is_="is", has="has", was="was", does="does"),
    "they": dict(He="They", he="they", him="them", his="their", His="Their", himself="themself",
                 s="", es="", ies="y", is_="are", has="have", was="were", does="do"),
}

PARENTS = ["{his} mum", "{his} dad", "{his} parents", "{his} mum and dad", "{his} mother",
           "{his} father", "{his} grandmother (who has parental responsibility)"]

# ---- settings ------------------------------------------------------------------------------
TOWNS = ["Ashcombe", "Brackley Vale", "Chelmford", "Dunmere", "Eastwick", "Fernleigh", "Glenholme",
         "Harwood", "Kingsmead", "Larkfield", "Millbrook", "Northgate", "Oakhurst", "Redbridge Green",
         "Stanway Hill", "Thornbury", "Westmoor", "Willowfield"]
SETTINGS = {
    "nursery": ["{town} Community Nursery", "Little Acorns Day Nursery, {town}", "{town} Pre-School",
                "Rainbow Childcare Centre, {town}"],
    "primary": ["{town} Primary School", "St Mary's Church of England Primary School, {town}",
                "{town} Infant and Junior School", "Oakfield Primary Academy, {town}",
                "Holy Trinity Catholic Primary School, {town}"],
    "secondary": ["{town} High School", "{town} Academy", "The {town} School",
                  "St Edmund's Catholic Secondary School, {town}", "{town} Community College (11-16)"],
    "college": ["{town} College of Further Education", "{town} Sixth Form College",
                "Riverside Specialist College, {town}", "{town} Campus, Northern Skills College"],
    "special": ["{town} Special School (ages 3-19)", "Beacon Hill Specialist School, {town}",
                "The Orchard School for pupils with complex needs, {town}"],
}
SETTING_TYPE = {
    "nursery": "a maintained nursery", "primary": "a mainstream primary school",
    "secondary": "a mainstream secondary school", "college": "a general further education college",
    "special": "a maintained special school",
}

# ---- Section A: views, interests, aspirations ---------------------------------------------
VIEWS_FIRST = [
    "I like going to the park with my dog.", "My favourite thing at school is art because I can use paint.",
    "I find it hard when the classroom is noisy.", "I want to be a vet when I am older.",
    "I like it when my teacher tells me what is happening next.", "I don't like writing because my hand hurts.",
    "I am good at football and I play in goal.", "I like Minecraft and building things.",
    "My best friend is in my class and we play tag at lunchtime.", "I feel worried when I don't know the answer.",
    "I want to go to college and learn about cars.", "I like swimming on Saturdays.",
    "Reading is hard for me because the letters move.", "I like helping in the kitchen at home.",
    "I want people to talk to me slowly and show me pictures.", "I feel happy when I can sit near the door.",
    "I would like to get a job in a shop.", "I like to have quiet time after lunch.",
    "I am proud that I can tie my shoelaces now.", "I want to travel on the bus on my own.",
    "I like drawing dragons and making comics.", "I like music lessons best.",
    "When I get cross I need a quiet place to calm down.", "I want to live in my own flat one day.",
    "Maths is my favourite because I like numbers.", "I like it when people are kind to me.",
    "I want to learn to cook pasta for my family.", "I don't like it when people shout.",
]
VIEWS_REPORTED = [
    "{name} told us that {he} enjoy{s} science lessons, especially experiments with water.",
    "{name} said that {his} favourite part of the day is playtime with {his} friends.",
    "When asked about school, {name} pointed to the picture for 'happy' and then to 'busy'.",
    "{name} explained that {he} find{s} the dinner hall too loud and would rather eat in a quieter room.",
    "{name} shared that {he} like{s} trains, dinosaurs and building dens in the garden.",
    "{name} told {his} teacher that {he} want{s} to be a police officer when {he} grow{s} up.",
    "{name} says that {he} feel{s} safe with {his} teaching assistant and likes working in the library.",
    "{name} described {himself} as kind, funny and good at computer games.",
    "{name} told the educational psychologist that {he} want{s} more friends to play with.",
    "{name} said that the best thing about college is the cooking course.",
    "{name} communicates {his} views using signs, photographs and an eye-gaze board.",
    "{name} chose photographs of the trampoline, the sensory room and {his} grandmother as the things {he} like{s} most.",
]
VIEWS_GATHERED = [
    "{name}'s views were gathered by {his} class teacher using a talking mat with picture symbols over two short sessions.",
    "These views were collected by the special educational needs co-ordinator in a one-to-one conversation, using a drawing activity.",
    "{name}'s teaching assistant recorded these views during a quiet session in the library, writing down {his} exact words.",
    "The key worker gathered {name}'s views by watching {his} choices during free play and noting {his} reactions.",
    "{name} completed a 'one-page profile' with {his} tutor, choosing words and pictures for each heading.",
]
PARENT_VIEWS = [
    "{Parent} describe{s} {name} as loving, funny and determined.",
    "{Parent} would like {name} to make friends and feel confident at school.",
    "{Parent} worry about how {name} will cope with the move to a new school.",
    "{Parent} told us that mornings are the hardest part of the day at home.",
    "{Parent} want {name} to be as independent as possible when {he} leave{s} school.",
    "{Parent} said that {name} sleeps badly when {he} {is} anxious about school.",
    "{Parent} feel that {name} has made good progress since joining {his} current class.",
    "{Parent} would like {name}'s speech to be understood by people outside the family.",
    "{Parent} hope that {name} will go on to college and find work {he} enjoy{s}.",
    "{Parent} explained that {name} is very good at remembering facts about animals.",
]
HISTORY = [
    "{name} was born at full term and met {his} early physical milestones on time; {his} first words came after {his} second birthday.",
    "{name} attended a childminder from the age of one and started nursery at three, where staff first noticed differences in {his} play and language.",
    "{name} was assessed by the child development centre at the age of three and was referred to speech and language therapy.",
    "{name} moved to {his} current school in Year 3 after the family relocated from another county.",
    "{name} received a diagnosis from the community paediatrician after a multi-disciplinary assessment.",
    "{name} has attended the same school since Reception and has a stable group of friends there.",
    "{name} had a period of absence last year following a hospital admission, and returned on a phased timetable agreed with the family.",
    "{name} lives with {his} parents and two younger siblings; the family speak English and Polish at home.",
    "{name} lives with {his} mother and older brother and sees {his} father every other weekend.",
    "{name} transferred to {his} current setting at the start of this academic year after a planned transition visit.",
]
COMMS_PREFS = [
    "{name} communicates best when adults use short sentences, wait ten seconds for an answer and show a visual prompt.",
    "{name} prefers to be spoken to at eye level, with {his} name used first to gain {his} attention.",
    "{name} uses Makaton signs alongside single words and understands more than {he} can say.",
    "{name} likes written instructions on a card on {his} desk as well as spoken ones.",
    "{name} needs adults to face {him} when speaking so that {he} can lip-read.",
]
ASPIRATIONS = {
    "early": ["to play alongside other children and take turns", "to talk to {his} family using words",
              "to enjoy going to nursery each day"],
    "primary": ["to read books about dinosaurs on {his} own", "to be in the school football team",
                "to have a best friend", "to be a vet", "to be a chef", "to be a firefighter"],
    "secondary": ["to become a mechanic", "to work with animals", "to study art at college",
                  "to become a games designer", "to work in a nursery", "to join the army"],
    "post16": ["to get a paid job in a cafe", "to live in {his} own flat with friends",
               "to work in retail", "to travel to college on {his} own", "to become a gardener",
               "to work in a garage"],
}

# ---- Section B/E/F by topic ----------------------------------------------------------------
# Each topic: area, needs (sentences), strengths, provision (structured), outcomes (templates by band).
# Provision dict: what (noun phrase), who (roles with expertise), freq, dur, group (or None), review.
AREAS = {
    "ci": "Communication and interaction",
    "cl": "Cognition and learning",
    "semh": "Social, emotional and mental health",
    "sp": "Sensory and/or physical",
}

TOPICS = {
    "expressive": dict(
        area="ci",
        needs=[
            "{name} uses short phrases of two to three words and finds it hard to join ideas into sentences.",
            "{name} has difficulty finding the right word, so {he} often point{s} or use{s} 'that thing' instead of naming objects.",
            "{name}'s sentences often leave out small grammatical words, which makes {his} meaning hard to follow for unfamiliar listeners.",
            "{name} finds it hard to retell a story or explain what happened at break time in the right order.",
        ],
        strengths=["{name} is keen to communicate and uses gesture and facial expression well.",
                   "{name} has a good vocabulary for {his} favourite topics."],
        provision=[
            dict(what="the Colourful Semantics programme", who=["a teaching assistant trained in Colourful Semantics by the speech and language therapist"],
                 freq=["three times a week", "four times a week"], dur=["20 minutes", "30 minutes"],
                 group=["in a group of no more than 4 pupils", "individually (1:1)"]),
            dict(what="a speech and language therapy programme targeting sentence building", who=["a speech and language therapist registered with the Health and Care Professions Council"],
                 freq=["once every two weeks", "once a week"], dur=["45 minutes", "40 minutes"], group=["individually (1:1)"]),
            dict(what="pre-teaching of topic vocabulary using word maps", who=["a teaching assistant trained in vocabulary teaching by the speech and language therapist"],
                 freq=["twice weekly", "at the start of each new topic and twice weekly during it"], dur=["15 minutes", "20 minutes"], group=["in a pair with one other pupil", "individually (1:1)"]),
            dict(what="narrative therapy sessions using the Story Grammar Marker", who=["a specialist speech and language therapy assistant"],
                 freq=["twice weekly"], dur=["25 minutes"], group=["in a group of 3 pupils"]),
        ],
        outcomes={
            "early": ["{By}, {name} will use phrases of three words to ask for toys or snacks, on at least 5 occasions each nursery session.",
                      "{name} will name 30 everyday objects from pictures without an adult model {by}."],
            "primary": ["{By}, {name} will use sentences of at least six words with the correct word order to describe a picture, in 4 out of 5 opportunities.",
                        "{name} will retell a short story in the correct sequence using a visual planner, including a beginning, middle and end, in 4 out of 5 retellings {by}.",
                        "{By}, {name} will use 20 new topic words correctly in {his} own spoken sentences, as recorded by {his} teaching assistant."],
            "secondary": ["{By}, {name} will explain a science method aloud in at least four ordered steps, without adult prompting, in 3 out of 4 lessons observed.",
                          "{name} will use connectives (because, so, but) to join ideas in spoken answers in 4 out of 5 opportunities {by}."],
            "post16": ["{By}, {name} will explain to a new tutor what {he} need{s} in class using three prepared sentences, without prompting.",
                       "{name} will order a meal in the college cafe using a full sentence on 5 consecutive visits {by}."],
        },
    ),
    "receptive": dict(
        area="ci",
        needs=[
            "{name} finds it hard to understand instructions with more than two key words, especially when they are given to the whole class.",
            "{name} often follows the actions of other pupils rather than the spoken instruction itself.",
            "{name} has difficulty understanding questions that begin with 'why' and 'how'.",
            "{name} takes longer than {his} peers to process spoken language and can lose track of a lesson introduction.",
        ],
        strengths=["{name} is a careful listener when information is given one step at a time.",
                   "{name} responds well to visual timetables and picture prompts."],
        provision=[
            dict(what="the Blank Language Scheme (levels 1 to 3)", who=["a teaching assistant trained in the Blank Language Scheme"],
                 freq=["three times a week"], dur=["20 minutes"], group=["in a group of no more than 3 pupils"]),
            dict(what="a listening and attention programme (Socially Speaking)", who=["a teaching assistant trained by the speech and language therapist"],
                 freq=["twice weekly"], dur=["30 minutes"], group=["in a group of no more than 6 pupils"]),
            dict(what="a visual timetable and task board updated at the start of each lesson", who=["the class teacher"],
                 freq=["every lesson"], dur=["the whole school day"], group=None),
            dict(what="a review of {his} understanding targets and a new programme for school", who=["a speech and language therapist registered with the Health and Care Professions Council"],
                 freq=["once each half-term"], dur=["one hour"], group=["individually (1:1)"]),
        ],
        outcomes={
            "early": ["{By}, {name} will follow a two-step instruction at tidy-up time (for example 'get your coat and sit on the mat') on 4 out of 5 days."],
            "primary": ["{By}, {name} will follow three-step classroom instructions given to the whole class, without an adult repeating them, in 4 out of 5 opportunities.",
                        "{name} will answer 'why' questions about a story with a reason, in 8 out of 10 questions asked, {by}."],
            "secondary": ["{By}, {name} will note the three main tasks of a lesson on {his} planner within five minutes of the start, in 4 out of 5 lessons checked.",
                          "{name} will ask for an instruction to be repeated, using a prompt card, in at least 3 lessons each week {by}."],
            "post16": ["{By}, {name} will follow a three-step workplace instruction given verbally at {his} work placement, on 4 out of 5 days, without a job coach repeating it."],
        },
    ),
    "speech": dict(
        area="ci",
        needs=[
            "{name}'s speech is hard for unfamiliar listeners to understand because {he} replace{s} 'k' and 'g' sounds with 't' and 'd'.",
            "{name} leaves off the final sounds of many words, so 'cat' and 'cap' sound the same.",
            "{name} becomes frustrated when {he} {is} not understood and can stop talking altogether.",
        ],
        strengths=["{name} is a confident talker with familiar adults and peers.",
                   "{name} can hear the difference between sounds when they are modelled slowly."],
        provision=[
            dict(what="a speech sound programme targeting velar sounds", who=["a teaching assistant trained in the programme by the speech and language therapist"],
                 freq=["daily", "five times a week"], dur=["10 minutes"], group=["individually (1:1)"]),
            dict(what="direct speech and language therapy for speech sounds", who=["a speech and language therapist registered with the Health and Care Professions Council"],
                 freq=["weekly for a block of 8 weeks each term"], dur=["30 minutes"], group=["individually (1:1)"]),
            dict(what="Cued Articulation signs used in phonics lessons", who=["the class teacher (trained in Cued Articulation)"],
                 freq=["in every daily phonics lesson"], dur=["20 minutes"], group=None),
        ],
        outcomes={
            "early": ["{By}, {name} will say the 'k' sound at the start of 10 familiar words when naming pictures, in 8 out of 10 attempts."],
            "primary": ["{By}, {name} will produce 'k' and 'g' correctly in single words in 90% of attempts during a 10-word probe.",
                        "{name} will be understood by an unfamiliar adult when reading a short sentence aloud, in 4 out of 5 sentences, {by}."],
            "secondary": ["{By}, {name} will produce final consonants correctly in conversation in 80% of words sampled in a 5-minute recording."],
            "post16": ["{By}, {name} will be understood by unfamiliar customers at {his} work placement in 9 out of 10 exchanges observed by {his} job coach."],
        },
    ),
    "social": dict(
        area="ci",
        needs=[
            "{name} has a diagnosis of autism and finds it hard to understand other people's intentions and feelings.",
            "{name} finds unstructured times, including lunch and break, difficult and often plays alone.",
            "{name} can take language literally, so jokes and sarcasm can upset {him}.",
            "{name} finds changes to routine very difficult and needs warning before any change to the day.",
            "{name} finds it hard to start or join a conversation and tends to talk at length about {his} own interests.",
        ],
        strengths=["{name} has a detailed knowledge of trains and enjoys sharing it.",
                   "{name} follows rules and routines carefully and is reliable with classroom jobs."],
        provision=[
            dict(what="LEGO-based therapy sessions", who=["a teaching assistant trained in LEGO-based therapy"],
                 freq=["twice weekly", "once a week"], dur=["40 minutes", "30 minutes"], group=["in a group of 3 pupils"]),
            dict(what="a social communication group using the Talkabout programme", who=["a Level 3 teaching assistant trained in Talkabout"],
                 freq=["once a week"], dur=["45 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="Social Stories written for new events and changes to routine", who=["the special educational needs co-ordinator (trained in writing Social Stories)"],
                 freq=["one week before each planned change"], dur=["10 minutes"], group=["individually (1:1)"]),
            dict(what="a structured lunchtime club in the library with board games", who=["a midday supervisor trained in autism awareness by the local autism outreach team"],
                 freq=["every lunchtime"], dur=["30 minutes"], group=["in a group of no more than 6 pupils"]),
        ],
        outcomes={
            "early": ["{By}, {name} will take turns with one other child in a simple game, waiting for {his} turn, on 3 occasions each week."],
            "primary": ["{By}, {name} will start a conversation with a peer at lunchtime, using a prompt card, on at least 3 days each week.",
                        "{name} will manage an unplanned change to the timetable by using {his} Social Story and returning to the task within 5 minutes, in 4 out of 5 occasions, {by}.",
                        "{By}, {name} will play a structured game with two peers for 10 minutes, taking turns without adult prompting."],
            "secondary": ["{By}, {name} will work in a group of three in science and contribute at least one idea per lesson, in 4 out of 5 lessons observed.",
                          "{name} will use {his} exit card and go to the agreed quiet room when overwhelmed, returning to class within 15 minutes, on 90% of occasions, {by}."],
            "post16": ["{By}, {name} will greet colleagues and ask one question of a co-worker each shift at {his} work placement, as recorded by the placement supervisor on 4 out of 5 shifts."],
        },
    ),
    "literacy": dict(
        area="cl",
        needs=[
            "{name} has difficulties consistent with dyslexia: {he} read{s} slowly and finds it hard to blend sounds in unfamiliar words.",
            "{name}'s reading age is about three years below {his} chronological age on the most recent standardised test.",
            "{name} finds spelling very hard and avoids writing, producing only two or three sentences in a lesson.",
            "{name} finds it hard to remember sequences of letters and common exception words.",
        ],
        strengths=["{name} has good comprehension when text is read aloud to {him}.",
                   "{name} has excellent ideas for stories and a wide spoken vocabulary."],
        provision=[
            dict(what="a structured, multisensory phonics programme (Read Write Inc. Fresh Start)", who=["a teaching assistant trained in Fresh Start"],
                 freq=["four times a week", "daily"], dur=["30 minutes", "20 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="specialist dyslexia teaching", who=["a specialist teacher holding a Level 5 qualification in teaching learners with dyslexia"],
                 freq=["twice weekly", "once a week"], dur=["45 minutes", "one hour"], group=["individually (1:1)"]),
            dict(what="Precision Teaching of high-frequency words", who=["a teaching assistant trained in Precision Teaching"],
                 freq=["daily", "each morning"], dur=["10 minutes"], group=["individually (1:1)"]),
            dict(what="a touch-typing course (Touch-type Read and Spell)", who=["a teaching assistant trained in the course"],
                 freq=["three times a week"], dur=["20 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="a reader and 25% extra time", who=["a trained reader arranged by the examinations officer"],
                 freq=["in every internal test and examination"], dur=["the length of each test plus 25%"], group=None),
        ],
        outcomes={
            "early": ["{By}, {name} will recognise and say the sounds of 15 letters when shown flash cards, in 2 consecutive checks."],
            "primary": ["{By}, {name} will read 100 high-frequency words accurately within 3 minutes, as measured by Precision Teaching probes.",
                        "{name} will read a book at Book Band 7 (turquoise) with at least 95% accuracy {by}.",
                        "{By}, {name} will write five sentences independently about a familiar topic, using capital letters and full stops in at least four of them."],
            "secondary": ["{By}, {name} will achieve a reading age within 18 months of {his} chronological age on the New Group Reading Test.",
                          "{name} will touch-type at 20 words per minute with 90% accuracy {by}.",
                          "{By}, {name} will plan and write a 300-word answer using a writing frame, in 3 out of 4 assessed pieces."],
            "post16": ["{By}, {name} will read and complete a job application form independently, with no more than three spelling errors checked by {his} tutor.",
                       "{name} will pass Functional Skills English at Entry Level 3 {by}."],
        },
    ),
    "numeracy": dict(
        area="cl",
        needs=[
            "{name} has difficulty with number sense: {he} count{s} on {his} fingers for addition within 10 and does not yet recall number bonds.",
            "{name} finds it hard to understand place value beyond 20.",
            "{name} struggles to tell the time and to handle money, which affects {his} independence.",
        ],
        strengths=["{name} enjoys practical maths with objects and is accurate when {he} take{s} {his} time.",
                   "{name} remembers the 2, 5 and 10 times tables."],
        provision=[
            dict(what="the Numicon intervention programme", who=["a teaching assistant trained in Numicon"],
                 freq=["three times a week"], dur=["20 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="a precision teaching programme for number bonds", who=["a teaching assistant trained in Precision Teaching"],
                 freq=["daily"], dur=["10 minutes"], group=["individually (1:1)"]),
            dict(what="practical money and time lessons using real coins and clocks", who=["a qualified teacher with experience of teaching life skills"],
                 freq=["once a week"], dur=["one hour"], group=["in a group of no more than 6 pupils"]),
        ],
        outcomes={
            "early": ["{By}, {name} will count 10 objects accurately, touching each one once, on 4 out of 5 attempts."],
            "primary": ["{By}, {name} will recall all number bonds to 10 within 2 minutes with 100% accuracy on a weekly probe.",
                        "{name} will tell the time to the half hour on an analogue clock in 8 out of 10 questions {by}."],
            "secondary": ["{By}, {name} will use a calculator to work out change from 10 pounds in 4 out of 5 shop role-plays.",
                          "{name} will solve two-step word problems using the bar model in 7 out of 10 questions {by}."],
            "post16": ["{By}, {name} will pay for items in a shop and check the change independently on 5 consecutive community trips.",
                       "{name} will pass Functional Skills Maths at Entry Level 2 {by}."],
        },
    ),
    "general": dict(
        area="cl",
        needs=[
            "{name} has a moderate learning difficulty; {his} attainment across the curriculum is well below that of {his} peers.",
            "{name} needs new learning to be repeated many times before {he} can remember it the following week.",
            "{name} has a short working memory and loses track of instructions with several parts.",
            "{name} finds abstract ideas hard and learns best through practical, hands-on tasks.",
        ],
        strengths=["{name} works hard and is proud of {his} achievements.",
                   "{name} learns well from visual demonstrations and practical tasks."],
        provision=[
            dict(what="a personalised curriculum with lessons broken into small steps and visual prompts", who=["the class teacher (with planning checked by the special educational needs co-ordinator)"],
                 freq=["in every lesson"], dur=["the whole school day"], group=None),
            dict(what="overlearning sessions to revisit the week's key learning", who=["a Level 3 teaching assistant"],
                 freq=["every Friday afternoon"], dur=["30 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="working memory games from the Memory Magic programme", who=["a teaching assistant trained in the programme"],
                 freq=["three times a week"], dur=["15 minutes"], group=["in a pair with one other pupil"]),
            dict(what="in-class adult help to break down tasks and check understanding", who=["a teaching assistant working with {name} 1:1"],
                 freq=["for 15 hours per week, in every English and maths lesson"], dur=["the whole of each English and maths lesson"], group=None),
        ],
        outcomes={
            "early": ["{By}, {name} will complete a four-piece inset puzzle independently on 3 consecutive days."],
            "primary": ["{By}, {name} will recall three key facts from the week's topic when asked on Friday, in 4 out of 5 weeks.",
                        "{name} will complete a three-step task using a visual checklist without adult prompting in 4 out of 5 lessons {by}."],
            "secondary": ["{By}, {name} will use a written checklist to complete a practical food technology task in the correct order, in 3 consecutive lessons.",
                          "{name} will achieve Entry Level 2 in science {by}."],
            "post16": ["{By}, {name} will follow a recipe card to prepare a simple meal independently on 3 occasions observed by {his} tutor."],
        },
    ),
    "anxiety": dict(
        area="semh",
        needs=[
            "{name} experiences high levels of anxiety, especially when arriving at school and before tests.",
            "{name}'s attendance has fallen to 74% this year because of anxiety about school.",
            "{name} finds it hard to tell adults how {he} feel{s} and can withdraw and stop speaking.",
            "{name} worries about making mistakes and often refuses to start work.",
        ],
        strengths=["{name} is kind and thoughtful towards younger children.",
                   "{name} can name the things that help {him} feel calm."],
        provision=[
            dict(what="emotional literacy sessions", who=["an emotional literacy support assistant trained by the educational psychology service"],
                 freq=["once a week"], dur=["45 minutes"], group=["individually (1:1)"]),
            dict(what="a planned morning arrival routine with a named teaching assistant who meets {him} at the gate", who=["a named teaching assistant"],
                 freq=["every school morning"], dur=["15 minutes"], group=["individually (1:1)"]),
            dict(what="cognitive behavioural therapy techniques for managing worry (the 'Think Good, Feel Good' programme)", who=["the school counsellor (a registered member of the British Association for Counselling and Psychotherapy)"],
                 freq=["once a week for 10 weeks"], dur=["50 minutes"], group=["individually (1:1)"]),
            dict(what="a check-in and check-out using a 1-10 feelings scale", who=["{his} form tutor"],
                 freq=["at the start and end of each school day"], dur=["5 minutes"], group=["individually (1:1)"]),
        ],
        outcomes={
            "early": ["{By}, {name} will separate from {his} parent at the nursery door and join an activity within 5 minutes, on 4 out of 5 days."],
            "primary": ["{By}, {name} will use {his} feelings scale to tell an adult when {he} feel{s} worried, on at least 4 days each week.",
                        "{name} will start a piece of independent work within 3 minutes of the instruction in 4 out of 5 lessons {by}."],
            "secondary": ["{By}, {name} will be present for at least 90% of sessions over a half-term.",
                          "{name} will use two calming strategies from {his} plan and return to the lesson within 10 minutes on 4 out of 5 occasions {by}."],
            "post16": ["{By}, {name} will arrive on time for every timetabled college session for 6 consecutive weeks, using {his} arrival plan with no one meeting {him}."],
        },
    ),
    "regulation": dict(
        area="semh",
        needs=[
            "{name} finds it hard to manage strong feelings and can become physically dysregulated, throwing objects or leaving the room.",
            "{name} has had four fixed-term exclusions in the last year following incidents at lunchtime.",
            "{name} finds it hard to recover after an upset and can remain distressed for more than an hour.",
            "{name} finds it difficult to accept adult direction when {he} feel{s} anxious or embarrassed.",
        ],
        strengths=["{name} is honest about what happened after an incident and can say sorry.",
                   "{name} responds well to praise and to adults who stay calm."],
        provision=[
            dict(what="the Zones of Regulation programme", who=["a teaching assistant trained in the Zones of Regulation"],
                 freq=["twice weekly"], dur=["30 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="a sensory and movement break in the nurture room", who=["a named teaching assistant trained in emotion coaching"],
                 freq=["at 10.30 and 1.45 each day"], dur=["10 minutes"], group=["individually (1:1)"]),
            dict(what="Drawing and Talking therapy", who=["a practitioner trained in Drawing and Talking"],
                 freq=["once a week for 12 weeks"], dur=["30 minutes"], group=["individually (1:1)"]),
            dict(what="a written individual behaviour plan shared with all adults who teach {him}", who=["the special educational needs co-ordinator"],
                 freq=["updated once each half-term"], dur=["a 30-minute planning meeting"], group=None),
        ],
        outcomes={
            "early": ["{By}, {name} will use a calm-down box with an adult when upset and return to play within 10 minutes on 4 out of 5 occasions."],
            "primary": ["{By}, {name} will name the zone {he} {is} in and choose a strategy from {his} toolkit, with no more than one adult prompt, in 4 out of 5 observed situations.",
                        "{name} will have no more than one incident a week that needs {him} to leave the classroom, over a half-term, {by}."],
            "secondary": ["{By}, {name} will have no fixed-term exclusions over two consecutive terms.",
                          "{name} will use {his} time-out card, returning to lessons within 10 minutes, on 9 out of 10 occasions {by}."],
            "post16": ["{By}, {name} will manage a disagreement with a peer at college by walking away and telling a tutor, with no incidents recorded over a term."],
        },
    ),
    "attention": dict(
        area="semh",
        needs=[
            "{name} has a diagnosis of attention deficit hyperactivity disorder and finds it hard to stay seated and focused for more than five minutes.",
            "{name} often calls out and interrupts, which affects {his} friendships.",
            "{name} loses equipment and forgets homework because {he} find{s} organising {himself} very hard.",
        ],
        strengths=["{name} is energetic, enthusiastic and quick to volunteer.",
                   "{name} concentrates well on practical tasks {he} enjoy{s}."],
        provision=[
            dict(what="movement breaks built into lessons using a timer", who=["the class teacher"],
                 freq=["every 20 minutes in each lesson"], dur=["2 minutes"], group=None),
            dict(what="an organisation check of {his} bag, planner and equipment", who=["{his} form tutor"],
                 freq=["every morning during registration"], dur=["5 minutes"], group=["individually (1:1)"]),
            dict(what="a self-monitoring programme with a daily target card", who=["a Level 3 teaching assistant"],
                 freq=["daily"], dur=["5 minutes"], group=["individually (1:1)"]),
        ],
        outcomes={
            "early": ["{By}, {name} will sit at carpet time for 5 minutes, joining in with songs, on 4 out of 5 days."],
            "primary": ["{By}, {name} will work on a task for 10 minutes without leaving {his} seat in 4 out of 5 lessons observed.",
                        "{name} will put up {his} hand and wait to be asked before speaking in 8 out of 10 opportunities {by}."],
            "secondary": ["{By}, {name} will arrive at every lesson with the right equipment on 9 out of 10 days, as recorded on {his} target card.",
                          "{name} will hand in homework on time for 5 consecutive weeks {by}."],
            "post16": ["{By}, {name} will use a phone calendar to arrive on time for all college sessions for 4 consecutive weeks."],
        },
    ),
    "hearing": dict(
        area="sp",
        needs=[
            "{name} has a moderate bilateral sensorineural hearing loss and wears two hearing aids.",
            "{name} misses information in noisy rooms and when the speaker is not facing {him}.",
            "{name}'s vocabulary is below age-expected levels because of the hearing loss.",
        ],
        strengths=["{name} is a skilled lip-reader and uses {his} hearing aids consistently.",
                   "{name} is confident to ask for repetition with familiar adults."],
        provision=[
            dict(what="teaching and monitoring of {his} listening and language", who=["a qualified teacher of the deaf"],
                 freq=["once every two weeks", "once a week"], dur=["one hour", "45 minutes"], group=["individually (1:1)"]),
            dict(what="a personal radio aid used by the teacher in all lessons", who=["the class teacher (trained by the qualified teacher of the deaf)"],
                 freq=["in every lesson"], dur=["the whole school day"], group=None),
            dict(what="daily checks of {his} hearing aids and radio aid", who=["a teaching assistant trained in hearing aid checks by the sensory support service"],
                 freq=["each morning"], dur=["5 minutes"], group=["individually (1:1)"]),
        ],
        outcomes={
            "early": ["{By}, {name} will keep both hearing aids in for the whole nursery session on 4 out of 5 days."],
            "primary": ["{By}, {name} will tell an adult when {his} radio aid is not working, on every occasion it fails, as recorded by {his} teaching assistant.",
                        "{name} will use 40 new curriculum words correctly in speech, checked at the end of each topic, {by}."],
            "secondary": ["{By}, {name} will check and set up {his} own radio aid at the start of each lesson without adult reminder, on 9 out of 10 days."],
            "post16": ["{By}, {name} will explain {his} hearing needs and set up {his} radio aid with each new tutor independently, on 3 out of 3 occasions at the start of term."],
        },
    ),
    "vision": dict(
        area="sp",
        needs=[
            "{name} has a severe visual impairment (nystagmus and reduced acuity) and needs print enlarged to N24.",
            "{name} finds it hard to move around unfamiliar buildings safely.",
            "{name} tires quickly when reading and needs rest breaks.",
        ],
        strengths=["{name} has excellent listening skills and a strong memory for routes {he} know{s}.",
                   "{name} is an able learner who uses technology confidently."],
        provision=[
            dict(what="modified large print (N24) for all written materials, prepared in advance", who=["a teaching assistant trained in modifying materials by the qualified teacher of children with vision impairment"],
                 freq=["for every lesson"], dur=["the whole school day"], group=None),
            dict(what="specialist teaching in using a screen magnifier and touch-typing", who=["a qualified teacher of children with vision impairment"],
                 freq=["once a week"], dur=["one hour"], group=["individually (1:1)"]),
            dict(what="mobility and orientation training", who=["a registered habilitation specialist"],
                 freq=["once a week for one term, then twice termly"], dur=["45 minutes"], group=["individually (1:1)"]),
        ],
        outcomes={
            "early": ["{By}, {name} will find {his} peg, the toilet and the snack table in nursery independently on 5 consecutive days."],
            "primary": ["{By}, {name} will move independently between {his} classroom, the hall and the playground on 5 consecutive days, observed by the habilitation specialist.",
                        "{name} will use a screen magnifier to read a full page of N12 text in 4 out of 5 lessons {by}."],
            "secondary": ["{By}, {name} will touch-type at 25 words per minute with 90% accuracy.",
                          "{name} will travel independently between all teaching blocks on {his} timetable for 4 consecutive weeks {by}."],
            "post16": ["{By}, {name} will travel independently from home to college by bus, using a long cane, on 5 consecutive days."],
        },
    ),
    "motor": dict(
        area="sp",
        needs=[
            "{name} has developmental co-ordination disorder which affects {his} handwriting and dressing.",
            "{name} writes slowly and {his} letters are hard to read, so {he} tire{s} quickly in written lessons.",
            "{name} finds it hard to use scissors, a ruler and cutlery.",
            "{name} trips and falls more often than {his} peers and finds PE difficult.",
        ],
        strengths=["{name} is determined and keeps trying when a task is hard.",
                   "{name} enjoys swimming and has good stamina."],
        provision=[
            dict(what="a fine motor skills programme (Write from the Start)", who=["a teaching assistant trained by the occupational therapist"],
                 freq=["three times a week"], dur=["15 minutes"], group=["in a group of no more than 3 pupils"]),
            dict(what="a sloping writing board, pencil grips and a laptop for extended writing", who=["the special educational needs co-ordinator (who orders and checks the equipment)"],
                 freq=["in every lesson that involves writing"], dur=["the whole school day"], group=None),
            dict(what="an occupational therapy programme for dressing and handwriting", who=["an occupational therapist registered with the Health and Care Professions Council"],
                 freq=["once each half-term"], dur=["one hour"], group=["individually (1:1)"]),
            dict(what="a motor skills group (Jump Ahead)", who=["a teaching assistant trained in Jump Ahead"],
                 freq=["twice weekly"], dur=["20 minutes"], group=["in a group of no more than 6 pupils"]),
        ],
        outcomes={
            "early": ["{By}, {name} will put on {his} coat and do up the zip independently on 4 out of 5 days."],
            "primary": ["{By}, {name} will write a sentence of at least eight words legibly within 3 minutes, in 4 out of 5 attempts.",
                        "{name} will dress {himself} after PE within 10 minutes without adult help on 4 out of 5 occasions {by}."],
            "secondary": ["{By}, {name} will produce a 500-word typed essay within a 50-minute lesson in 3 out of 4 assessments.",
                          "{name} will cut food with a knife and fork independently at lunch on 4 out of 5 days {by}."],
            "post16": ["{By}, {name} will prepare a hot drink safely and independently on 5 consecutive occasions observed by {his} tutor."],
        },
    ),
    "physical": dict(
        area="sp",
        needs=[
            "{name} has cerebral palsy (spastic diplegia) and uses a walking frame indoors and a wheelchair for longer distances.",
            "{name} needs adult help with toileting and personal care.",
            "{name} tires quickly and needs rest breaks during the afternoon.",
        ],
        strengths=["{name} has a great sense of humour and is popular with {his} peers.",
                   "{name} is an articulate speaker who explains {his} needs clearly."],
        provision=[
            dict(what="a physiotherapy programme of stretches and walking practice", who=["a teaching assistant trained by the paediatric physiotherapist"],
                 freq=["daily"], dur=["20 minutes"], group=["individually (1:1)"]),
            dict(what="a review of {his} physiotherapy programme and equipment in school", who=["a paediatric physiotherapist registered with the Health and Care Professions Council"],
                 freq=["once each half-term"], dur=["one hour"], group=["individually (1:1)"]),
            dict(what="help with toileting and personal care following {his} intimate care plan", who=["two trained teaching assistants"],
                 freq=["at three planned times each day (10.00, 12.30 and 14.30)"], dur=["15 minutes"], group=["1:1"]),
            dict(what="an adapted PE programme", who=["the PE teacher (following the physiotherapist's written programme)"],
                 freq=["in every PE lesson (twice weekly)"], dur=["one hour"], group=None),
        ],
        outcomes={
            "early": ["{By}, {name} will walk with {his} frame from the classroom to the garden, about 20 metres, on 4 out of 5 days."],
            "primary": ["{By}, {name} will walk 50 metres with {his} frame without a rest, measured each half-term by the physiotherapist.",
                        "{name} will tell an adult when {he} need{s} the toilet on every occasion during a two-week check {by}."],
            "secondary": ["{By}, {name} will move between lessons independently in {his} powered wheelchair, arriving within 5 minutes of the bell on 9 out of 10 days."],
            "post16": ["{By}, {name} will direct a personal assistant through {his} morning routine independently on 5 consecutive days."],
        },
    ),
    "sensory": dict(
        area="sp",
        needs=[
            "{name} is highly sensitive to noise and touch and can become distressed in busy corridors and assemblies.",
            "{name} seeks movement and finds it hard to sit still without a sensory break.",
            "{name} eats a very limited range of foods because of sensory sensitivity.",
        ],
        strengths=["{name} can tell an adult when a room is too loud.",
                   "{name} enjoys the sensory room and uses it well to calm."],
        provision=[
            dict(what="a sensory circuit of movement activities", who=["a teaching assistant trained in sensory circuits by the occupational therapist"],
                 freq=["each morning before lessons"], dur=["15 minutes"], group=["in a group of no more than 4 pupils"]),
            dict(what="ear defenders and permission to leave lessons five minutes early to avoid busy corridors", who=["the class teacher"],
                 freq=["every school day"], dur=["the whole school day"], group=None),
            dict(what="a review of {his} sensory diet and a new written sensory plan for school", who=["an occupational therapist registered with the Health and Care Professions Council"],
                 freq=["once a term"], dur=["one hour"], group=["individually (1:1)"]),
        ],
        outcomes={
            "early": ["{By}, {name} will stay in the group for a 10-minute story time wearing {his} ear defenders on 4 out of 5 days."],
            "primary": ["{By}, {name} will attend assembly for 15 minutes using ear defenders on 4 out of 5 days.",
                        "{name} will choose a sensory break card and return to work within 5 minutes in 4 out of 5 observed lessons {by}."],
            "secondary": ["{By}, {name} will eat a lunch that includes two foods from a new-foods list on 3 days each week."],
            "post16": ["{By}, {name} will use {his} sensory plan to manage a busy shop for 20 minutes on 3 consecutive community visits."],
        },
    ),
}

PROVISION_REVIEW = [
    "reviewed each half-term by the class teacher", "reviewed termly by the special educational needs co-ordinator",
    "reviewed every six weeks by the therapist", "reviewed at each termly meeting with {his} parents",
    "reviewed at the annual review", "reviewed each half-term by the special educational needs co-ordinator",
]

# Preparation for adulthood (from Year 9)
PFA_OUTCOMES = [
    "{By}, {name} will complete a two-week work experience placement in a local cafe, arriving on time on every day of the placement.",
    "{By}, {name} will travel by bus from home to college on {his} own, on 5 consecutive days, following {his} travel-training plan.",
    "{By}, {name} will plan and cook a two-course meal for {his} family each week for a term, using a picture recipe.",
    "{By}, {name} will join a community activity of {his} choice (the youth theatre group) and attend at least twice a month for a term.",
    "{By}, {name} will book {his} own GP appointment by phone, with a script, on 2 occasions.",
    "{By}, {name} will manage a weekly budget of 20 pounds for lunches, keeping a written record, for 6 consecutive weeks.",
    "{By}, {name} will complete a supported internship application with the careers adviser, including a personal statement of at least 200 words.",
    "{By}, {name} will take {his} own medication at the right time each day for 4 weeks, using a phone reminder, as recorded on {his} chart.",
]
PFA_HEADINGS = ["Preparation for adulthood", "Preparing for adulthood: employment, independent living, community and health"]

SHORT_TERM = [
    "Short-term targets: {name}'s teacher and {name} set three short-term targets each term that break these outcomes into steps. They are recorded on {his} individual learning plan, shared with {his} parents, and reviewed at the end of each term.",
    "Arrangements for short-term targets: the special educational needs co-ordinator sets half-termly steps towards each outcome with {name} and {his} family; progress is recorded in {his} pupil passport and reported at the termly review meeting.",
    "{name}'s tutor agrees short-term targets with {him} every six weeks at a 20-minute one-to-one meeting. Each target is linked to one of the outcomes above, and the targets are sent home after each meeting.",
]
COORDINATION = [
    "Co-ordination: once each term the special educational needs co-ordinator leads a multi-agency meeting with the therapists, the school nurse and {his} family to check that education, health and care provision is joined up.",
    "Co-ordination: {name}'s key worker from the local authority's special educational needs team co-ordinates this plan; school, the school nurse and the family meet every eight weeks, and the key worker sends the minutes to everyone named in Section K.",
    "Co-ordination: the special educational needs co-ordinator and the designated clinical officer meet once each term to check every new therapy report against Sections F and G.",
]

ATTAINMENT = [
    "On the most recent school assessments, {name} is working at the expected standard in science and below it in reading and writing.",
    "{name}'s most recent standardised reading score was 78, where 85 to 115 is the average band.",
    "In maths {name} is working at Year 2 level and in English at Year 1 level.",
    "{name} has made steady progress in phonics this year and now knows all Phase 3 sounds.",
    "{name} achieved a grade 4 in {his} mock GCSE in art.",
    "{name} is working towards the Early Learning Goals and has met them in physical development.",
]

# ---- health (C and G) ----------------------------------------------------------------------
HEALTH = {
    "epilepsy": dict(
        needs=["{name} has epilepsy (focal seizures with impaired awareness), diagnosed by the paediatric neurologist.",
               "{His} seizures happen about twice a month and are often followed by tiredness for the rest of the day."],
        provision=["An individual healthcare plan for epilepsy, written and reviewed every 12 months by the epilepsy specialist nurse.",
                   "Buccal midazolam given by one of two teaching assistants trained by the epilepsy specialist nurse whenever a seizure lasts longer than 5 minutes, following the emergency protocol in {his} healthcare plan.",
                   "A review with the consultant paediatric neurologist every 6 months."]),
    "asthma": dict(
        needs=["{name} has moderate asthma and uses a preventer inhaler twice a day and a reliever inhaler when {he} {is} wheezy.",
               "Cold weather and exercise can trigger {his} asthma."],
        provision=["An asthma care plan reviewed every 12 months by the school nurse.",
                   "A reliever inhaler and spacer kept in the classroom; one of two named teaching assistants trained by the school nurse helps {him} use it at the first sign of wheeze, as set out in {his} asthma care plan.",
                   "An asthma review with the practice nurse at {his} GP surgery every 12 months."]),
    "diabetes": dict(
        needs=["{name} has type 1 diabetes and uses an insulin pump and a continuous glucose monitor.",
               "{name} needs {his} blood glucose checked before lunch and before PE."],
        provision=["An individual healthcare plan for diabetes written by the paediatric diabetes specialist nurse and reviewed every 6 months.",
                   "Blood glucose checks before lunch and before PE by two teaching assistants trained by the paediatric diabetes specialist nurse.",
                   "Clinic reviews with the paediatric diabetes team every 3 months."]),
    "feeding": dict(
        needs=["{name} is fed through a gastrostomy tube and has a risk of aspiration with thin liquids.",
               "{name} needs a modified diet of pureed food at lunchtime."],
        provision=["Gastrostomy feeds at 12 noon and 2 pm each school day, given by two teaching assistants trained and signed off as competent by the children's community nursing team.",
                   "An eating and drinking plan written by the dysphagia-trained speech and language therapist, reviewed every 6 months.",
                   "A review with the paediatric dietitian every 3 months."]),
    "adhd_med": dict(
        needs=["{name} takes methylphenidate each morning for attention deficit hyperactivity disorder, prescribed by the community paediatrician.",
               "{His} appetite is reduced at lunchtime because of {his} medication."],
        provision=["Medication reviews with the community paediatrician every 6 months, including height and weight checks.",
                   "A mid-morning snack each day, given by {his} teaching assistant at 10.30, to help with {his} reduced appetite, as set out in {his} healthcare plan."]),
    "anaphylaxis": dict(
        needs=["{name} has a severe allergy to peanuts and tree nuts and has had anaphylaxis twice.",
               "{name} carries two adrenaline auto-injectors."],
        provision=["An allergy action plan written by the paediatric allergy nurse, reviewed every 12 months.",
                   "Training in the use of adrenaline auto-injectors for every adult who works with {name}, delivered by the school nurse every 12 months.",
                   "Two adrenaline auto-injectors carried by {name}'s teaching assistant at all times, with two spare pens in the school office checked each month by the school first-aider."]),
    "hearing_health": dict(
        needs=["{name}'s hearing loss is monitored by the paediatric audiology service.",
               "{name} has glue ear in addition to the permanent loss, which makes {his} hearing vary from week to week."],
        provision=["Hearing tests and hearing aid checks by the paediatric audiologist every 6 months.",
                   "Replacement batteries and tubing for {his} hearing aids, sent to school by the audiology service each month."]),
    "sleep": dict(
        needs=["{name} has a sleep disorder and wakes several times each night, which leaves {him} tired at school.",
               "{name} takes melatonin prescribed by the community paediatrician."],
        provision=["A sleep programme agreed with the family by the children's sleep practitioner, with a review every 8 weeks.",
                   "Medication review with the community paediatrician every 6 months."]),
}
HEALTH_NIL_C = [
    "{name} has no identified health needs related to {his} special educational needs.",
    "There are no health needs related to {name}'s special educational needs. {name} is registered with a GP and has had all {his} immunisations.",
    "No health needs have been identified. The health advice from the community paediatrician confirms that {name} is in good health.",
]
HEALTH_NIL_G = [
    "No health provision is required at this time.",
    "There is no health provision in this plan, because no health needs related to {name}'s special educational needs have been identified.",
    "None. The health advice identifies no health provision that is reasonably required.",
]

# ---- social care (D, H1, H2) ---------------------------------------------------------------
SOCIAL = {
    "short_breaks": dict(
        needs=["{name}'s family are finding it hard to manage {his} care needs at weekends, and {his} parents are exhausted.",
               "A social care assessment by the Children with Disabilities Team found that {name} needs short breaks away from home."],
        h1=["Short breaks at Maple House residential short-break unit: one overnight stay every month, arranged by the Children with Disabilities Team and reviewed every 6 months by {his} social worker."],
        h2=["A place at the Saturday youth club for disabled young people, 10 am to 3 pm every Saturday in term time, with a trained play worker at a ratio of 1:2."],
        signal="{name}'s social worker from the Children with Disabilities Team attends {his} reviews."),
    "child_in_need": dict(
        needs=["{name} is subject to a child in need plan because of the impact of {his} disability on family life.",
               "{name}'s social worker visits the family every four weeks."],
        h1=["A personal assistant for 6 hours per week to take {name} to community activities, funded through a direct payment and reviewed every 6 months by {his} social worker."],
        h2=["Child in need plan: visits from {his} allocated social worker every four weeks and a child in need review meeting every 3 months."],
        signal="{name}'s allocated social worker visits the family every four weeks."),
    "looked_after": dict(
        needs=["{name} is a looked-after child living with long-term foster carers, under a care order.",
               "{name} has a care plan and a personal education plan reviewed each term by the virtual school."],
        h1=["No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed; {name}'s care is provided through {his} care plan (see H2)."],
        h2=["{name}'s care plan as a looked-after child, with statutory visits from {his} social worker every 6 weeks and a looked-after child review every 6 months.",
            "A personal education plan meeting each term led by the virtual school head."],
        signal="{name} lives with {his} foster carers and has a social worker."),
    "adult_care": dict(
        needs=["{name} is eligible for adult social care under the Care Act 2014 and needs help with cooking, budgeting and travel.",
               "An adult social care assessment found that {name} needs help to take part in community activities."],
        h1=["Not applicable: {name} is over 18, so section 2 of the Chronically Sick and Disabled Persons Act 1970 does not apply."],
        h2=["Care and support under the Care Act 2014: a personal assistant for 8 hours per week for travel and cooking practice, funded through a direct payment and reviewed every 12 months by {his} adult social worker."],
        signal="{name}'s adult social worker is planning {his} move to supported living."),
}
SOCIAL_NIL_D = [
    "{name} has no identified social care needs related to {his} special educational needs or disability.",
    "There are no social care needs. The family were offered a social care assessment and declined it, as they do not feel they need it at this time.",
    "No social care needs have been identified by the Children with Disabilities Team.",
]
SOCIAL_NIL_H1 = [
    "No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "There is no provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
]
SOCIAL_NIL_H2 = [
    "No other social care provision is required.",
    "There is no other social care provision reasonably required by {name}'s learning difficulties or disabilities.",
]

# ---- J and K -------------------------------------------------------------------------------
BUDGET = [
    "No personal budget has been requested by the family.",
    "{Parent} have not asked for a personal budget at this time. Information about personal budgets was shared at the planning meeting.",
    "A personal budget of 1,200 pounds per year is provided as a direct payment to fund a personal assistant for the after-school club, so that {name} can practise the social skills in outcome 2.",
    "A personal budget of 2,400 pounds per year funds specialist horse-riding sessions once a week, agreed with the family to help {name}'s balance and confidence.",
]
ADVICE_EDU = [
    "Educational psychology advice from Dr {prof}, educational psychologist, dated {date}",
    "Advice from {school} (the special educational needs co-ordinator), dated {date}",
    "Advice from the class teacher, dated {date}",
    "Advice from the specialist teacher for sensory impairment, dated {date}",
    "Early years advice from the specialist teaching service, dated {date}",
]
ADVICE_HEALTH = [
    "Health advice from Dr {prof}, community paediatrician, dated {date}",
    "Speech and language therapy advice from the NHS children's speech and language therapy service, dated {date}",
    "Occupational therapy advice from the children's occupational therapy service, dated {date}",
    "Health advice from the school nursing service, dated {date}",
    "Health advice co-ordinated by the designated clinical officer, dated {date}",
    "Physiotherapy advice from the paediatric physiotherapy service, dated {date}",
]
ADVICE_SOCIAL = [
    "Social care advice from the Children with Disabilities Team, dated {date}",
    "Social care advice from the early help and social care duty team, dated {date}",
    "Advice from {his} allocated social worker, dated {date}",
]
ADVICE_PARENT = [
    "Parental advice from {parent}, dated {date}",
    "{name}'s own views, recorded by {his} teaching assistant, dated {date}",
]
PROFS = ["A. Mensah", "R. Okafor", "J. Whitcombe", "S. Kapoor", "L. Brennan", "H. Duarte", "P. Lindqvist",
         "M. Oyelaran", "C. Hargreaves", "T. Nakamura"]
ADVICE_SUMMARY = [
    "The educational psychologist observed {name} in class and during a reading session, and completed standardised assessments of verbal and non-verbal reasoning. {His} verbal reasoning is in the low average range and {his} processing speed is well below average.",
    "The community paediatrician reviewed {name}'s developmental history with {his} parents and examined {him}. The report explains {his} diagnosis and confirms the health needs listed in Section C.",
    "The speech and language therapist assessed {name} using the Clinical Evaluation of Language Fundamentals. {His} understanding of sentences is below the first centile, and {his} expressive language is in the low range.",
    "The occupational therapist assessed {name}'s fine motor, visual perception and self-care skills at school and at home. {His} scores on the Movement Assessment Battery for Children are below the fifth centile.",
    "The school's advice describes {name}'s attainment, attendance and the support plan used over the last three terms, with the assess-plan-do-review records attached.",
    "The social care advice records the family's circumstances and the outcome of the social care assessment, including the short break eligibility decision.",
    "The parents' advice describes {name} at home, {his} sleep, eating and routines, and what has worked well in previous settings.",
    "The specialist teacher observed {name} in three lessons and recommends the specific teaching approaches written into Section F.",
]

# Extra narrative used to lengthen long plans (--pages); each is a complete clean paragraph.
EXTRA_NARRATIVE = [
    "During the observation, {name} sat near the front of the class with a visual timetable on {his} desk. {He} followed the first part of the lesson and then looked to a peer for the next step.",
    "At home {name} enjoys cooking with {his} family and helping to look after the garden. {He} {has} learned to make toast and a drink independently this year.",
    "{name} has three close friends who share {his} interest in football cards, and {he} meet{s} them at the lunchtime club every Tuesday.",
    "In the playground, {name} prefers running games with clear rules and will join in when an adult starts the game.",
    "{name}'s handwriting has become more consistent since {he} started using a sloping board, and {his} written work is now easier to read.",
    "When {name} arrives at school, {he} hang{s} up {his} coat, choose{s} a morning job and settle{s} at {his} table within ten minutes.",
    "{name} has taken part in the school council this year and spoke at one meeting about the lunch menu.",
    "The family describe weekends as calmer when {name} knows the plan for each day, written on the kitchen whiteboard.",
    "In the last term {name} attended 96% of sessions and was on time every day.",
    "{name} told us that the best lesson this week was design and technology because {he} made a wooden box.",
]

# ---- fault banks (deliberately weak wording, planted and recorded by content.py) -----------
VAGUE_PROVISION = [
    ("{name} will have access to speech and language therapy as needed.", "as needed"),
    ("Opportunities to work in a small group on {his} reading where possible.", "where possible"),
    ("{name} will receive support from an adult with {his} writing as required.", "as required"),
    ("{name} would benefit from regular social skills sessions.", "would benefit"),
    ("Up to 20 hours of teaching assistant time per week.", "Up to"),
    ("A key adult to check in with {name} when needed.", "when needed"),
    ("Access to a quiet space such as the library or nurture room.", "such as"),
    ("{name} should have 20-45 minutes of literacy teaching each day from a teaching assistant.", "20-45 minutes"),
    ("Speech and language input, initially weekly, reducing to termly.", "initially"),
    ("{name} may benefit from sensory breaks, e.g. trampoline, movement games etc.", "may benefit"),
    ("School staff will provide a high level of support throughout the day.", "high level of support"),
    ("{name} could attend a lunchtime club or equivalent.", "or equivalent"),
]
UNQUANTIFIED_PROVISION = [
    "{name} will receive the Colourful Semantics programme from a teaching assistant trained in the approach.",
    "A teaching assistant trained in Precision Teaching will deliver a spelling programme to {name}.",
    "{name} will have speech and language therapy from a speech and language therapist.",
    "An occupational therapist will deliver a handwriting programme.",
    "{name} will take part in emotional literacy sessions with a trained emotional literacy support assistant.",
    "A qualified teacher of the deaf will monitor {name}'s listening and language.",
    "{name} will have a phonics programme with a trained teaching assistant.",
    "A specialist dyslexia teacher will teach {name} reading and spelling strategies.",
]
MISSING_WHO = [
    "{name} will have Precision Teaching of spellings for 10 minutes daily, delivered by staff.",
    "A social skills group of no more than 4 pupils will run twice weekly for 30 minutes.",
    "{name} will do a fine motor programme three times a week for 15 minutes in a group of 3 pupils.",
    "Daily 20-minute reading sessions 1:1 with an adult.",
    "The setting will deliver a language programme three times a week for 20 minutes.",
]
UNMEASURABLE_OUTCOMES = [
    "{name} will improve {his} reading {by}.",
    "{name} will make progress with {his} social skills {by}.",
    "{By}, {name} will develop {his} confidence in class.",
    "{name} will continue to work on {his} speech sounds {by}.",
    "{By}, {name} will be supported to manage {his} feelings better.",
    "{name} will become more independent {by}.",
]
NOT_TIME_BOUND = [
    "{name} will read 50 high-frequency words accurately in a one-minute probe.",
    "{name} will follow a two-step instruction in 4 out of 5 opportunities.",
    "{name} will write three sentences independently using capital letters and full stops.",
    "{name} will use {his} feelings scale to tell an adult when {he} {is} worried, on 4 days each week.",
    "{name} will walk 30 metres with {his} frame without a rest.",
]
PROVISION_AS_OUTCOME = [
    "{name} will receive speech and language therapy {by}.",
    "{name} will have access to a teaching assistant in all lessons.",
    "{name} will be supported by an emotional literacy support assistant each week.",
    "{name} will attend a social skills group.",
    "{name} will be given a laptop for written work.",
]
ASPIRATION_AS_OUTCOME = [
    "{name} wants to be happy at school.",
    "For {name} to be happy and safe.",
    "{name} would like to be a vet when {he} grow{s} up.",
    "To have lots of friends.",
]
PLACEHOLDERS = ["[Child's name]", "XX", "[insert date]", "TBC", "[NAME]"]
ACRONYM_SENTENCES = [
    ("{name} has been known to CAMHS since last year.", "CAMHS"),
    ("{name} attends ELSA sessions in school.", "ELSA"),
    ("SALT advice was received in the spring term.", "SALT"),
    ("{His} SEMH needs are described below.", "SEMH"),
    ("The OT assessed {him} at home.", "OT"),
    ("{name} is on the ASD pathway.", "ASD"),
]
DEFICIT_ONLY_NOTE = "all strengths removed from Section B"

# ---- more Section A and B narrative (one-page-profile headings real plans use) -------------
ADMIRE = [
    "{name} has a kind heart and always notices when a friend is sad.",
    "{name} is brilliant at remembering people's birthdays.",
    "{name} makes everyone laugh with {his} jokes at lunchtime.",
    "{name} is patient with younger children and loves to help them.",
    "{name} works hard even when a task is difficult.",
    "{name} knows everything about the planets and loves to share facts.",
    "{name} is honest and tells adults how {he} feel{s}.",
    "{name} is a loyal friend and a fair player in team games.",
    "{name} has a fantastic memory for songs and can sing whole albums.",
    "{name} is creative and builds amazing models from junk materials.",
]
IMPORTANT = [
    "Having {his} blue water bottle with {him} every day.",
    "Knowing who will meet {him} at the school gate.",
    "Seeing {his} grandparents every Sunday.",
    "Having time to talk about {his} favourite television programme.",
    "Sitting in the same place in the classroom each day.",
    "Being allowed to finish one task before starting another.",
    "Going swimming with {his} family at the weekend.",
    "Feeding {his} rabbit before school.",
    "Having five minutes of quiet after lunch.",
    "Being told about changes to the day before they happen.",
]
HOW_TO_HELP = [
    "Give me one instruction at a time and let me repeat it back.",
    "Show me what to do as well as telling me.",
    "Let me use my fidget toy when I am listening on the carpet.",
    "Warn me five minutes before an activity ends.",
    "Check that I have understood by asking me to show you.",
    "Speak calmly and quietly when I am upset.",
    "Give me a job to do when I arrive in the morning.",
    "Let me sit near the front, away from the door and the window.",
    "Use my name before you ask me a question.",
    "Write the key words on a card for my desk.",
]
AREA_NARRATIVE = {
    "ci": ["In class observations, {name} answered closed questions with single words and needed visual prompts to give longer answers. With a familiar adult and a picture, {he} gave three-word answers.",
           "During a group task {name} watched the other pupils before starting and copied their actions. When the instruction was repeated with a gesture, {he} completed the task.",
           "At home {name} talks most about {his} favourite films, and {his} family understand {him} well. Unfamiliar adults understand about half of what {he} say{s}."],
    "cl": ["On standardised tests {name}'s scores are below the second centile in single-word reading and spelling, while {his} listening comprehension is within the average range.",
           "In lessons {name} often finishes only the first part of a written task. When the task is broken into numbered steps on a card, {he} complete{s} it.",
           "{name} remembers information best when it is linked to practical activities and to {his} own experience."],
    "semh": ["Staff records show that incidents happen most often on Monday mornings and after lunch, when routines change.",
             "{name} told the educational psychologist that {he} worr{ies} about getting things wrong and that noise makes {him} feel cross.",
             "When {name} is calm {he} is a friendly and helpful member of the class who enjoys taking responsibility for jobs."],
    "sp": ["The occupational therapy assessment found that {name}'s fine motor skills are at the level expected of a child three years younger.",
           "{name} tires by the afternoon, and {his} work rate falls noticeably after lunch.",
           "{name} uses {his} equipment well when it is set out before the lesson starts."],
}
ADVICE_SUMMARY_MORE = [
    "The class teacher's advice describes {name}'s attendance, behaviour records and progress over the last year, and lists the adjustments that have worked in class.",
    "The special educational needs co-ordinator's advice sets out the school's graduated response over four assess-plan-do-review cycles and the results of each review.",
    "The health visitor's advice describes {name}'s early development, sleep and feeding, and the family's experience of the assessment.",
    "The audiology report gives the results of {name}'s most recent hearing tests and the settings for {his} hearing aids.",
    "The paediatric physiotherapist's advice describes {name}'s walking, balance and seating, and the equipment {he} use{s} in school.",
    "The specialist teacher's advice lists the teaching approaches that have helped {name} most and the resources needed for them.",
]

# Words that make a sentence wrong for an age band (a nursery child has no form tutor; a
# 20-year-old no carpet time). Bank sentences containing them are skipped for that band.
AGE_BANNED = {
    "early": ["form tutor", "tutor", "GCSE", "college", "Year ", "Reception", "school council", "design and technology",
              "reading", "homework", "exclusion", "lesson", "test", "examination", "science", "maths", "work rate",
              "written", "spelling", "touch-typ", "planner", "Key Stage", "library", "football cards", "job", "flat",
              "bus", "mechanic", "cooking", "Minecraft", "centile", "attendance", "phase", "sensory room", "council",
              "rabbit", "pasta", "PE", "class", "pupil", "computer", "police", "vet"],
    "primary": ["GCSE", "form tutor", "tutor", "mock", "college course", "the best thing about college",
                "Early Learning Goals", "Early years"],
    "secondary": ["Reception", "nursery", "carpet", "Book Band", "peg", "childminder from", "Early Learning Goals",
                  "Early years"],
    "post16": ["Reception", "nursery", "playground", "times tables", "Book Band", "phonics", "carpet",
               "school council", "peg", "Year 3", "class teacher", "rabbit", "Early Learning Goals", "Early years",
               "school gate"],
}
EARLY_TOPICS = ["expressive", "receptive", "speech", "social", "general", "regulation", "sensory", "motor",
                "physical", "hearing", "vision"]
