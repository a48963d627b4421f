from lib import p, sh, prov, out, asp, table
from common import cover, intro, heading, ending

T = "old"
NAME = "Precious Mwangi"
CW = "Stacey Marsden"
DATE = "3 July 2025"

blocks = []
blocks += intro(T, NAME, "Precious", "final")
blocks += [
 heading(T, "A"),
 sh("Precious's views"),
 p("Precious is eight and is in Year 3 at Ashworth Junior School. She lives with her mum Grace, her dad Daniel and her brothers Eli, who is 12, and Joel, who is 4. The family speak Kiswahili and English at home. Precious's views were gathered by her teaching assistant, Mrs Sandra Cole, in May 2025 using a questionnaire with pictures."),
 p("Precious likes singing, dancing and going to church on Sundays, where she sings in the children's choir. She likes playing with her cousins, doing cartwheels, and watching cooking programmes with her mum. Her favourite subject is PE and she likes art. She has a best friend called Amelia."),
 p("Precious said that she finds it hard when the teacher talks for a long time and she does not know what to do. She said she does not like writing because she \"can't think of the words\". She said she likes working with Mrs Cole because she shows her pictures. She said she sometimes feels sad when the other children don't understand her."),
 sh("What is important to Precious"),
 p("Precious said it is important to her that she sits next to Amelia, that she has her word mat on her table, and that she gets to do her jobs in the classroom (she is the class book monitor). She said she likes it when the teacher shows her what to do instead of just saying it. She said she would like to be in the school choir and the dance club, and she would like to be able to read chapter books like her brother Eli."),
 p("Precious said she gets worried on Mondays because of spelling tests and when she has to read out in front of the class. She said that sometimes at playtime the other girls change the rules of the game and she doesn't understand, and then she goes and plays on her own or stands with the teacher on duty."),
 sh("A day at school for Precious"),
 p("Precious arrives at school at 8.45am with her mum and Joel. She is usually happy to come into class and hangs up her coat and starts the morning task. In English and maths lessons she sits at a table with four other children who are working at a similar level, near the front of the class. Mrs Cole works with this table for most mornings. In the afternoons, when there is less adult support, Precious often copies what other children are doing or waits until the teacher comes to her. She enjoys PE and music and takes a full part in these lessons. At lunchtime she eats with Amelia and usually plays skipping games."),
 sh("What others like about Precious"),
 p("Her class teacher says she is polite, hard-working and always willing to help. Her mum says she is caring and is a great big sister to Joel. Mrs Cole says Precious has a lovely singing voice and that she always remembers the words to songs, even long ones, which shows how well she can learn when language is repeated and supported by music and actions."),
 sh("History"),
 p("Precious was a late talker and did not put words together until she was nearly three. She was seen by the speech and language therapy service at the age of three and a half and was discharged after a block of therapy. She was referred again in Year 1 by her infant school, Ashworth Infant School, and was diagnosed with developmental language disorder (DLD) in 2022. Precious moved to Ashworth Junior School in September 2024. She has been on SEN support since Reception. The school applied for an EHC needs assessment in January 2025. Precious has not had speech and language therapy since a block of six sessions in the summer term of 2023, when she was in Year 1. Her attendance is good (97% in 2024 to 2025) and she has had no exclusions or behaviour incidents."),
 sh("Parents' views"),
 p("Grace and Daniel say: \"Precious tries very hard but she is falling further behind. She understands more in Kiswahili at home but she needs help with English at school. We want her to be able to read and write well and to be confident. We were told she would get speech therapy every week but this has not happened.\""),
 p("Grace said that Precious's homework takes a long time and often ends in tears, and that the family do not always understand what she has been asked to do because the instructions are long. Daniel said they would like to know which words Precious is learning at school so that they can practise them at home and explain them in Kiswahili. Both parents said they would like more regular meetings with the school so that they know how Precious is getting on, and that they would like Precious to have the chance to join clubs so that she can make more friends."),
 sh("Aspirations"),
 p("Precious would like to be a singer or a teacher when she grows up. Her parents want her to do well at school and go to university."),

 heading(T, "B"),
 sh("Communication and interaction"),
 p("Precious has a developmental language disorder. This means she has difficulties understanding and using spoken language that are not explained by any other condition. The speech and language therapy advice (Amira Hassan, Speech and Language Therapist, March 2025) reports:"),
 p("Receptive language (understanding): standard score 72 (3rd centile). Precious has difficulty understanding long sentences, complex grammar (for example \"The boy that the girl pushed was crying\") and instructions with more than two key words.", bullet=True),
 p("Expressive language (talking): standard score 70 (2nd centile). Precious uses short sentences and makes grammatical errors, for example missing past tense endings (\"Yesterday I go to the park\"). She has word-finding difficulties and often uses \"thing\" or \"that\".", bullet=True),
 p("Vocabulary: Precious's vocabulary is below age expectations, especially for subject words in science, geography and history.", bullet=True),
 p("Narrative: Precious finds it hard to tell a story or explain events in order.", bullet=True),
 p("The therapist recommends: \"Precious would benefit from regular speech and language therapy input and a language-rich environment with visual support.\""),
 p("Socially, Precious gets on well with her peers, but she sometimes misunderstands jokes or instructions in games and can become upset. She has one close friend."),
 sh("Cognition and learning"),
 p("Precious is working below age-related expectations in reading, writing and maths. Her reading age is 6 years 4 months (May 2025). She can decode simple words but her reading comprehension is weak because of her language difficulties. Her writing is short, with simple sentences, and she finds it hard to organise her ideas. In maths she can add and subtract within 20 using a number line but has difficulty with word problems. The educational psychologist's report (Dr Simon Webb, 2022) said that Precious's non-verbal reasoning was in the average range and that her difficulties were mainly related to language."),
 sh("How Precious's language difficulties affect her learning"),
 p("School reports that Precious's language difficulties affect all areas of the curriculum. In lessons she often does not understand the teacher's explanations the first time and relies on watching other children. She finds it hard to ask for help because she cannot always explain what she does not understand. In topic lessons such as science and history she does not know the subject vocabulary and so cannot take part in discussions. Her written work is much shorter than that of her classmates and often does not show what she knows. Mr Buckley reports that when new vocabulary is pre-taught and there are pictures to support the lesson, Precious takes a much fuller part and is able to answer questions."),
 p("Precious's progress has been slow despite SEN support over four years. Between September 2024 and May 2025 her reading age increased by four months. She is working at around the Year 1 expected standard in writing and at the Year 2 standard in maths."),
 p("School has used the following approaches at SEN support: a daily reading intervention, a language group run by a teaching assistant, a visual timetable and word mats, and pre-teaching of vocabulary in the spring term 2025. School report that pre-teaching was the most successful of these."),
 sh("Social, emotional and mental health"),
 p("Precious is generally happy at school. She sometimes becomes withdrawn and tearful when she does not understand what is happening, and her mum reports that she has said she is \"stupid\". She needs support to build her confidence and self-esteem. School report that she is reluctant to answer questions in front of the class and will often say \"I don't know\" rather than try. She is starting to compare herself with other children and has said that she is \"in the bottom group for everything\". At home, she is confident and chatty, especially in Kiswahili with her grandparents on video calls."),
 sh("Sensory and/or physical"),
 p("Precious has no sensory or physical needs. Her hearing was tested in 2022 and was normal."),

 heading(T, "C"),
 p("Precious has developmental language disorder. She is known to the speech and language therapy service. She has no other health needs."),

 heading(T, "D", "blank"),

 heading(T, "E"),
 sh("Communication and interaction"),
 out("Long-term outcome", "Precious will develop her vocabulary and understanding of language.",
     subj="Precious", beh="develop her vocabulary and understanding of language", spec=False, note="Vague verb; no criterion; no date."),
 out("Short-term steps", "By December 2025, Precious will learn 10 new topic words each half-term and use them correctly in a sentence, checked by her teaching assistant.",
     subj="Precious", beh="learn 10 new topic words each half-term and use them correctly in a sentence", crit=["10 new topic words each half-term", "checked by her teaching assistant"], time="By December 2025"),
 out("Long-term outcome", "By the end of Year 4, Precious will be able to follow three-part instructions in class.",
     subj="Precious", beh="follow three-part instructions in class", time="By the end of Year 4",
     note="'three-part' describes the task, but no success criterion (how often / how independently)."),
 out("Short-term steps", "Precious will receive speech and language therapy to help her with her expressive language.",
     provision=True, note="Provision in disguise."),
 sh("Cognition and learning"),
 out("Long-term outcome", "By July 2026, Precious will improve her reading comprehension.",
     subj="Precious", beh="improve her reading comprehension", time="By July 2026", spec=False, note="'improve' with no criterion."),
 out("Short-term steps", "By December 2025, Precious will answer three literal questions about a short text she has read, with 2 out of 3 correct, in her guided reading group.",
     subj="Precious", beh="answer three literal questions about a short text she has read", crit=["with 2 out of 3 correct"], time="By December 2025"),
 out("Long-term outcome", "By July 2026, Precious will write a recount of at least five sentences in the correct order using a writing frame.",
     subj="Precious", beh="write a recount of at least five sentences in the correct order using a writing frame", crit="at least five sentences in the correct order", time="By July 2026"),
 sh("Social, emotional and mental health"),
 out("Long-term outcome", "Precious will be happy and confident at school.",
     note="Aspiration, not an outcome."),

 heading(T, "F"),
 p("School will provide the following:"),
 sh("Communication and interaction"),
 prov("Language-rich classroom with visual support, including visual timetable, word mats and pictures.", f="Daily", by="Class teacher", r="Termly", nd=True, g="Whole class"),
 prov("Small group language intervention to work on vocabulary and sentence building.", f="Three times a week", d="20 minutes", g="Small group", by="Teaching assistant", r="Half-termly", sp={"group": []}),
 prov("Pre-teaching of topic vocabulary.", f="Weekly", d="15 minutes", g="1:1", by="Teaching assistant (Mrs Sandra Cole)", r="Half-termly by the SENCo"),
 prov("Opportunities to talk about her learning with a partner before answering questions in class.", f="Where possible", by="Class teacher", sp={"what": [], "frequency": []}, ng=True, nd=True),
 prov("Instructions given in short chunks, with key words written down and checked for understanding.", f="Every lesson", g="Whole class", by="Class teacher and teaching assistant", r="Termly", nd=True),
 sh("Cognition and learning"),
 prov("Daily reading with an adult.", f="Daily", d="10 minutes", g="1:1", by="Teaching assistant or volunteer", r="Termly"),
 prov("Reading comprehension intervention.", f="Twice a week", d="30 minutes", g="Group of 4", by="Teaching assistant", r="Half-termly", sp={"what": []}, note="'Intervention' with no programme or focus is not a concrete what."),
 prov("Colourful Semantics programme to help Precious build sentences (who, what doing, what, where).", f="Twice a week", d="20 minutes", g="Pair", by="Teaching assistant trained by the speech and language therapist", r="Half-termly by the SENCo"),
 prov("Home-school vocabulary book listing the topic words Precious is learning each week, so that her family can practise them at home.", f="Weekly", g="Individual", by="Teaching assistant (Mrs Sandra Cole)", r="Termly", nd=True, ng=True, sp={"group": []}),
 prov("Writing frames and word banks to support writing.", f="As required", by="Class teacher", nd=True, ng=True),
 prov("Access to maths intervention as required.", f="As required", by="School staff", sp={"what": "maths intervention", "who": []}),
 sh("Social, emotional and mental health"),
 prov("Support from the school's ELSA to build self-esteem.", f="Weekly for six weeks", d="30 minutes", g="1:1", by="ELSA", r="At the end of the six weeks",
      sp={"what": []}, note="'Support ... to build self-esteem' names no programme; ELSA not explained."),
 prov("Regular check-ins with a trusted adult.", f="Regular", by="Trusted adult", sp={"who": []}),

 heading(T, "G"),
 prov("Speech and language therapy: a block of six sessions to work on expressive language, followed by a programme to be delivered in school.", f="Six sessions each year", d="45 minutes", g="1:1", by="Riverton Children's Therapy Service", r="At the end of each block",
      note="Educational therapy placed in health provision; 'six sessions each year' with no spacing is weak but counts as a frequency."),
 prov("Speech and language therapy programme to be delivered in school.", f="Three times a week", d="15 minutes", g="1:1", by="Teaching assistant", r="By the speech and language therapist at the next block"),

 heading(T, "H1", "blank"),
 p("N/A"),
 heading(T, "H2", "blank"),
 p("N/A"),

 heading(T, "I"),
 p("Ashworth Junior School, Ashworth Road, Riverton (mainstream community junior school)."),
 heading(T, "J"),
 p("No personal budget has been requested."),
 heading(T, "K"),
 p("Parent views: Grace and Daniel Mwangi, February 2025.", bullet=True),
 p("School advice: Mr Tom Buckley, class teacher, and Mrs Ruth Ingram, SENCo, Ashworth Junior School, February 2025.", bullet=True),
 p("Educational psychology advice: Dr Simon Webb, Educational Psychologist, 14 March 2022 (from Ashworth Infant School).", bullet=True),
 p("Speech and language therapy advice: Amira Hassan, Speech and Language Therapist, 19 March 2025.", bullet=True),
]
blocks += ending("Precious", CW, DATE)

PLAN = dict(
    id="rv07", stem="rv07_precious_mwangi", child_name=NAME, plan_date="2025-07-03", plan_date_text=DATE,
    age=8, status="final", template=T, pdf=False, target_grade="requires_improvement",
    cover=cover(NAME, "9 February 2017", "64 Larch Avenue, Ashworth, Riverton RV6 4DW", DATE, "Final", "RV-EHC-25-0044", CW),
    blocks=blocks,
    rationale=("Requires improvement. Parts 1-12 present (older template, mapping in the introduction), needs in B clearly described with "
               "assessment scores, and some provision is quantified (pre-teaching, daily reading, SLT programme). But speech and language "
               "therapy, which educates, sits in Part 7 (health) rather than F; several F items lack who, frequency or group size ('small "
               "group', 'as required', 'where possible', 'regular check-ins', 'school staff'); the quoted SLT advice itself says 'would benefit "
               "from regular ... input'. Only three of eight outcome lines are SMART: others are vague ('develop', 'improve'), one is provision "
               "and one is an aspiration. D is a heading with nothing under it, H1/H2 say only 'N/A'; K has EP advice from 2022 (outdated), no "
               "health advice beyond SLT and no social care advice. ELSA unexplained. Not inadequate: sections exist, needs have some matched "
               "provision, no placeholders or copy-paste errors."),
    layout="Older template: bold 'Part N: <title>' paragraphs, no section letters, mapping in the introduction; cover content controls; field-per-line provision blocks with fields missing; K as bullets.",
    sections_missing=[],
    faults=[("outcome-not-smart", "E", "Long-term outcome: Precious will develop her vocabulary and understanding of language."),
            ("outcome-not-smart", "E", "Long-term outcome: By the end of Year 4, Precious will be able to follow three-part instructions in class."),
            ("outcome-is-provision", "E", "Short-term steps: Precious will receive speech and language therapy to help her with her expressive language."),
            ("outcome-not-smart", "E", "Long-term outcome: By July 2026, Precious will improve her reading comprehension."),
            ("aspiration-as-outcome", "E", "Long-term outcome: Precious will be happy and confident at school."),
            ("vague-provision", "F", "Provision: Small group language intervention to work on vocabulary and sentence building."),
            ("vague-provision", "F", "Provision: Opportunities to talk about her learning with a partner before answering questions in class."),
            ("vague-provision", "F", "Frequency: As required"),
            ("vague-provision", "F", "Provision: Reading comprehension intervention."),
            ("vague-provision", "F", "Provision: Access to maths intervention as required."),
            ("vague-provision", "F", "Provision: Regular check-ins with a trusted adult."),
            ("unexplained-acronym", "F", "Provision: Support from the school's ELSA to build self-esteem."),
            ("therapy-in-health-section", "G", "Provision: Speech and language therapy: a block of six sessions to work on expressive language, followed by a programme to be delivered in school."),
            ("therapy-in-health-section", "G", "Provision: Speech and language therapy programme to be delivered in school."),
            ("blank-section", "D", "Part 4: Social Care Needs"),
            ("blank-section", "H1", "N/A"),
            ("blank-section", "H2", "N/A"),
            ("unexplained-acronym", "F", "Review: Half-termly by the SENCo"),
            ("outdated-advice", "K", "Educational psychology advice: Dr Simon Webb, Educational Psychologist, 14 March 2022 (from Ashworth Infant School)."),
            ("no-health-or-social-care-advice", "K", "Part 12: Advice and Information"),
            ("vague-provision", "B", "The therapist recommends: \"Precious would benefit from regular speech and language therapy input and a language-rich environment with visual support.\"")],
)
