from lib import O, ON
ON("Section E: Outcomes")
ON("Communication and Interaction")
ON("Outcome | Area of need | By when | How we will know")
O("Kai will start a conversation with a peer at lunchtime in the Harbour Base on at least 3 days a week | C&I | July 2026 | Base TA observation log",
  s="Kai",b="start a conversation with a peer at lunchtime",c="on at least 3 days a week",t="July 2026")
O("Kai will improve his communication skills.",s="Kai",note="Vague verb 'improve'; no criterion or time.")
O("By the end of Year 9 (July 2026), Kai will ask an adult for help using his 'Help' card or words, without prompting, in 4 out of 5 lessons observed.",
  s="Kai",b="ask an adult for help using his 'Help' card or words",c=["without prompting","in 4 out of 5 lessons observed"],t="By the end of Year 9 (July 2026)")
O("I will tell my teacher when I don't understand, in every lesson, by Christmas 2025.",s="I",b="tell my teacher when I don't understand",c="in every lesson",t="by Christmas 2025")
O("Demi will be supported to develop her social skills.",s="Demi",note="'be supported to', 'develop': vague, service-flavoured.")
O("Demi will receive weekly speech and language therapy sessions.",s="Demi",prov=True,note="Provision in disguise.")
O("Demi will use 5 new subject words from each science topic correctly in her written work, checked at the end of each topic, by the end of the Spring term 2026.",
  s="Demi",b="use 5 new subject words from each science topic correctly in her written work",c="5 new subject words from each science topic correctly",t="by the end of the Spring term 2026")
O("Tyler will be able to explain how he is feeling to an adult.",s="Tyler",b="explain how he is feeling to an adult",note="Concrete but no criterion or time.")
O("Tyler will name his feeling on the 1-5 scale and one thing that would help, when asked by his mentor, at 8 out of 10 check-ins | Timescale: by February half-term 2026",
  s="Tyler",b="name his feeling on the 1-5 scale and one thing that would help",c="at 8 out of 10 check-ins",t="by February half-term 2026")
O("Zain will take part in a group discussion in English by making at least one relevant comment each lesson.",s="Zain",b="take part in a group discussion in English by making at least one relevant comment",c="at least one relevant comment each lesson",note="No timescale.")
O("1. By July 2027, Zain will hold a 2-minute conversation on a topic chosen by someone else, taking turns, with two different peers.",
  s="Zain",b="hold a 2-minute conversation on a topic chosen by someone else, taking turns",c=["2-minute","with two different peers"],t="By July 2027")
O("2. Zain will have access to a social skills group.",s="Zain",prov=True,note="Provision in disguise ('have access to').")
O("Callum to follow a two-step spoken instruction in class | 4/5 occasions | End of Autumn term 2025",s="Callum",b="follow a two-step spoken instruction in class",c="4/5 occasions",t="End of Autumn term 2025",note="Infinitive style; subject still the child.")
O("To have friends.",note="Aspiration in the outcome slot; false on every flag.")
O("I want to be happy at school.",note="Aspiration; false on every flag.")
O("Priya will use her communication passport to tell new staff about her needs.",s="Priya",b="use her communication passport to tell new staff about her needs",note="No criterion, no time.")
O("By the end of Key Stage 3, Priya will introduce herself and her communication passport to each new supply teacher independently.",
  s="Priya",b="introduce herself and her communication passport to each new supply teacher",c="independently",t="By the end of Key Stage 3")
O("Mason will communicate more effectively by July 2026.",s="Mason",t="by July 2026",note="Vague: 'more effectively'.")
O("Outcome: Mason will use the 'Stop' card to leave a lesson rather than shouting. Measured by: ReSet Room log. By when: end of Summer term 2026. Success: 90% of exits use the card.",
  s="Mason",b="use the 'Stop' card to leave a lesson rather than shouting",c="90% of exits use the card",t="end of Summer term 2026")
O("Skye will answer the register verbally, every morning, within 6 months.",s="Skye",b="answer the register verbally",c="every morning",t="within 6 months")
O("Skye will continue to use her AAC device.",s="Skye",note="'continue to'; no criterion or time.")
O("Skye will use her AAC device (Talk-Pad) to make requests of 3 or more symbols in 4 out of 5 opportunities by the end of Year 8.",
  s="Skye",b="use her AAC device (Talk-Pad) to make requests of 3 or more symbols",c=["3 or more symbols","in 4 out of 5 opportunities"],t="by the end of Year 8")
ON("Cognition and Learning")
O("Ruby will make good progress in reading.",s="Ruby",note="Vague verb.")
O("Ruby will achieve a reading age of 10 years 6 months on the Borough Standardised Reading Test by July 2026 (currently 8 years 9 months).",
  s="Ruby",b="achieve a reading age",c="a reading age of 10 years 6 months on the Borough Standardised Reading Test",t="by July 2026")
O("Ruby will read 100 high-frequency words fluently.",s="Ruby",b="read 100 high-frequency words",c="100 high-frequency words fluently",note="No time.")
O("By the end of Year 10, Ruby will spell 40 of the 50 KS3 common exception words correctly in a dictation.",s="Ruby",b="spell 40 of the 50 KS3 common exception words correctly in a dictation",c="40 of the 50",t="By the end of Year 10")
O("Callum will achieve a grade 4 in GCSE maths by the end of Key Stage 4 (summer 2027).",s="Callum",b="achieve a grade 4 in GCSE maths",c="a grade 4 in GCSE maths",t="by the end of Key Stage 4 (summer 2027)")
O("Callum will sit GCSE English.",s="Callum",b="sit GCSE English",note="Concrete act but no criterion or date. Arguable.")
O("Callum will be given 25% extra time in his exams.",s="Callum",prov=True,note="Access arrangement: provision in disguise.")
O("Priya will use a checklist to organise her equipment for each day independently by the end of the first half-term in Year 7.",
  s="Priya",b="use a checklist to organise her equipment for each day",c="independently",t="by the end of the first half-term in Year 7")
O("Priya will become more organised.",s="Priya",note="Vague.")
O("I will bring the right books and kit to school every day for a whole half-term by Easter 2026.",s="I",b="bring the right books and kit to school every day",c=["every day","for a whole half-term"],t="by Easter 2026")
O("Jayden will complete 3 out of 4 homework tasks each week on time, recorded in his planner, by the end of the Spring term 2026.",
  s="Jayden",b="complete 3 out of 4 homework tasks each week on time",c="3 out of 4 homework tasks each week",t="by the end of the Spring term 2026")
O("Jayden will write a paragraph of 5 sentences using capital letters and full stops correctly.",s="Jayden",b="write a paragraph of 5 sentences using capital letters and full stops correctly",c="5 sentences",note="No time.")
O("Jayden will develop his writing stamina | C&L | Ongoing",s="Jayden",note="Vague verb; 'Ongoing' is not time-bound.")
O("Jayden will write for 20 minutes without stopping, producing at least half a side of A4, in English lessons | C&L | By July 2026",
  s="Jayden",b="write for 20 minutes without stopping",c=["20 minutes","at least half a side of A4"],t="By July 2026")
O("Leah will achieve Entry Level 3 Functional Skills maths by the end of Year 11.",s="Leah",b="achieve Entry Level 3 Functional Skills maths",c="Entry Level 3 Functional Skills maths",t="by the end of Year 11")
O("Leah will attend NumberHub sessions three times a week.",s="Leah",prov=True,note="Attendance at a provision: provision in disguise.")
O("Leah will know her times tables.",s="Leah",b="know her times tables",note="Concrete-ish, no criterion or time.")
O("By the end of Year 8, Leah will recall the 2, 5 and 10 times tables with 90% accuracy in a 2-minute timed test.",
  s="Leah",b="recall the 2, 5 and 10 times tables",c=["90% accuracy","in a 2-minute timed test"],t="By the end of Year 8")
O("Reece will use his laptop for extended writing.",s="Reece",b="use his laptop for extended writing",note="Could be read as provision; judged a behaviour, but no criterion or time.")
O("Reece will produce all extended writing in history and English on his laptop, saving it to his folder without reminders, in every lesson by the end of Term 1.",
  s="Reece",b="produce all extended writing in history and English on his laptop, saving it to his folder",c=["without reminders","in every lesson"],t="by the end of Term 1")
ON("Social, Emotional and Mental Health")
O("Mason will manage his emotions better.",s="Mason",note="Vague.")
O("Mason will reduce the number of times he leaves class without permission from about 6 a week to no more than 1 a week by the end of the Spring term 2026.",
  s="Mason",b="reduce the number of times he leaves class without permission",c="to no more than 1 a week",t="by the end of the Spring term 2026")
O("Mason will have a key worker in the ReSet Room.",s="Mason",prov=True)
O("I will use my time-out pass instead of walking out, at least 4 times out of 5, by Easter.",s="I",b="use my time-out pass instead of walking out",c="at least 4 times out of 5",t="by Easter")
O("Reece will have no fixed-term suspensions in the Autumn term 2025.",s="Reece",b="have no fixed-term suspensions",c="no fixed-term suspensions",t="in the Autumn term 2025",note="An absence of an event as the behaviour; arguable but concrete and countable.")
O("Reece will be less angry.",s="Reece",note="Vague.")
O("Reece will use one of his 3 calming strategies (breathing, squeezing the stress ball, asking for the ReSet Room) when he notices his 'red' signs, in 3 out of 4 incidents recorded by staff, by July 2026.",
  s="Reece",b="use one of his 3 calming strategies (breathing, squeezing the stress ball, asking for the ReSet Room) when he notices his 'red' signs",c="in 3 out of 4 incidents recorded by staff",t="by July 2026")
O("Leah will feel less anxious about school.",s="Leah",note="Feeling, not a behaviour; no criterion or time.")
O("Leah's RCADS anxiety score will fall below the clinical threshold by the end of her CAMHS treatment (expected March 2026).",s="Leah's",b="RCADS anxiety score will fall below the clinical threshold",c="below the clinical threshold",t="by the end of her CAMHS treatment (expected March 2026)",note="Subject is Leah's score, a named measure; counted as specific.")
O("Aaliyah will attend school.",s="Aaliyah",b="attend school",note="No criterion or time.")
O("Aaliyah will attend school for 3 full days a week (Mon, Tue, Thu), arriving by 9am, for 6 consecutive weeks by the end of the Spring term 2026.",
  s="Aaliyah",b="attend school for 3 full days a week (Mon, Tue, Thu), arriving by 9am",c=["3 full days a week","for 6 consecutive weeks"],t="by the end of the Spring term 2026")
O("Aaliyah's attendance will rise to 90% | Measure: weekly attendance figure | Timescale: by July 2026",s="Aaliyah's",b="attendance will rise",c="90%",t="by July 2026")
O("Aaliyah will be on a part-time timetable.",s="Aaliyah",prov=True)
O("I will come into school through the side gate on my own and go to the Base, without my mum, every day by Christmas.",s="I",b="come into school through the side gate on my own and go to the Base",c=["on my own","without my mum","every day"],t="by Christmas")
O("Harvey will build positive relationships with staff.",s="Harvey",note="Vague.")
O("Harvey will name 2 adults in school he can go to when worried and go to one of them on at least 3 occasions, recorded by the Pastoral TA, by the end of the Autumn term 2025.",
  s="Harvey",b="name 2 adults in school he can go to when worried and go to one of them",c=["2 adults","on at least 3 occasions"],t="by the end of the Autumn term 2025")
O("Jayden will stay in class for the full lesson in 8 out of 10 lessons each week | Timescale: end of Year 9",s="Jayden",b="stay in class for the full lesson",c="in 8 out of 10 lessons each week",t="end of Year 9")
O("Jayden will engage with mentoring.",s="Jayden",note="'engage with' a provision; vague. Could be read as provision in disguise. Arguable.")
O("Jayden will attend all his Compass mentoring sessions.",s="Jayden",prov=True,note="Attending provision: disguise.")
O("Logan will settle into his new foster placement and school.",s="Logan",note="Vague.")
O("Logan will join one after-school club and attend it at least 8 times in the Spring term 2026.",s="Logan",b="join one after-school club and attend it",c="at least 8 times",t="in the Spring term 2026")
O("By the end of Year 7, Logan will go to lunch in the main dining hall with his peers on 4 days out of 5.",s="Logan",b="go to lunch in the main dining hall with his peers",c="on 4 days out of 5",t="By the end of Year 7")
O("Chloe will have a positive sense of self.",s="Chloe",note="Aspiration-like; vague.")
O("Chloe will say three things she is good at in her end-of-term review with her mentor, each term in 2025-26.",s="Chloe",b="say three things she is good at",c="three things",t="each term in 2025-26",note="Time stated as each term of the school year; judged time-bound.")
O("Kai will be happy.",note="Aspiration; false on every flag.")
O("Ibrahim will tolerate the dining hall.",s="Ibrahim",b="tolerate the dining hall",note="No criterion or time; behaviour borderline vague.")
O("Ibrahim will eat his lunch in the dining hall for 15 minutes with ear defenders on 4 days a week by July 2026.",s="Ibrahim",b="eat his lunch in the dining hall",c=["for 15 minutes","on 4 days a week"],t="by July 2026")
O("Ibrahim will try one new food from the 'try list' at school lunch each week | By: end of Spring term 2026",s="Ibrahim",b="try one new food from the 'try list' at school lunch",c="one new food",t="end of Spring term 2026",note="'each week' plus 'one' form the criterion; judged measurable.")
