from lib import P, PN
F="F"
PN(F,"PART F – EDUCATIONAL PROVISION")
PN(F,"Strategies to be used across the curriculum (all teaching staff):")
P(F,"a) Seating plan: end of row near the door, in every classroom.",0,w="Seating plan: end of row near the door",f="in every classroom",
  note="Provider given only in the preceding framing line ('all teaching staff'), which is a staff group, not a defined role. Arguable.")
P(F,"b) Warning 5 minutes before any change of activity, using the 'Next' card.",0,w="Warning 5 minutes before any change of activity, using the 'Next' card",f="before any change of activity",note="No defined provider (framing says 'all teaching staff'). Arguable.")
P(F,"c) Use of Zara's name before giving an instruction.",0,w="Use of Zara's name before giving an instruction",note="No who, when is implicit.")
P(F,"The form tutor will meet Jayden every Friday at 3.05pm for 10 minutes, 1:1, to go through his Compass points chart for the week and agree one target for the next.",1,
  w="go through his Compass points chart",o="The form tutor",f="every Friday at 3.05pm",d="10 minutes",g="1:1")
P(F,"Behaviour support plan to be in place.",0,w="Behaviour support plan",note="No author, date or review.")
P(F,"Behaviour support plan | written by Behaviour Support Team (BST) advisory teacher with HoY | by 1 Oct 2025 | - | - | reviewed each half-term at the SEMH panel",1,
  w="Behaviour support plan",o=["Behaviour Support Team (BST) advisory teacher","HoY"],f="by 1 Oct 2025",r="reviewed each half-term at the SEMH panel")
P(F,"BST | Direct work: 'Stop Think Choose' anger programme | 8 x 40 min | weekly, Mon P5 | 1:1 | BST end-of-programme report",1,
  w="'Stop Think Choose' anger programme",o="BST",f=["8 x 40 min","weekly, Mon P5"],d="40 min",g="1:1",r="BST end-of-programme report")
P(F,"Nurture group placement.",0,w="Nurture group placement",note="No who, when, size.")
P(F,"'The Den' nurture group (KS3): mornings P1-P2 Mon-Fri, 8 pupils, led by a nurture-trained teacher (Ms F Ward) and a TA; Boxall Profile at entry and each term.",1,
  w="'The Den' nurture group (KS3)",o=["a nurture-trained teacher (Ms F Ward)","a TA"],f="Mon-Fri",d="P1-P2",g="8 pupils",r="Boxall Profile at entry and each term")
P(F,"Lunchtimes: supervised by an adult.",0,note="'an adult' is not a who; no activity.")
P(F,"Lunchtime | Games club in Base | Base TA on rota | daily 12.40-1.10 | max 6 |",1,
  w="Games club in Base",o="Base TA on rota",f="daily",d="12.40-1.10",g="max 6")
P(F,"Staff to be aware of Harvey's triggers.",0,note="Awareness, not provision.")
P(F,"One-page profile (triggers, calming strategies, what works) updated by the SENCo each September and emailed to every adult who teaches Harvey before his first lesson.",1,
  w="One-page profile (triggers, calming strategies, what works)",o="the SENCo",f=["each September","before his first lesson"])
P(F,"Homework club.",0,w="Homework club",note="Label only.")
P(F,"Homework club in the library, Mon-Thu 3.15-4.15pm, staffed by two TAs; Harvey's homework planner checked by his form tutor at registration on Friday.",0,
  w=["Homework club in the library","homework planner checked"],o=["two TAs","his form tutor"],f=["Mon-Thu","at registration on Friday"],d="3.15-4.15pm",
  note="Whole-club provision with no group size or ratio for Harvey; a group provision without size. Judged not specific.")
P(F,"Assessment | Reading & spelling standardised reassessment | SENCo | each July | 1:1 | results to annual review",1,
  w="Reading & spelling standardised reassessment",o="SENCo",f="each July",g="1:1",r="results to annual review")
P(F,"Regular progress monitoring.",0,note="'Regular'; nothing else.")
P(F,"Regular, weekly 30-minute phonics sessions (Fast Track Sounds) with the KS3 literacy HLTA, in a group of 3, on Wednesdays P1.",1,
  w="phonics sessions (Fast Track Sounds)",o="the KS3 literacy HLTA",f=["weekly","on Wednesdays P1"],d="30-minute",g="group of 3",note="'Regular' appears but is quantified within the sentence; harmless here.")
P(F,"Support from a TA in practical subjects (science, D&T, food) for safety.",0,o="a TA",f="in practical subjects (science, D&T, food)",note="'Support from'; no concrete task.")
P(F,"In every science, D&T and food lesson a TA will stay within arm's reach of Connor when he uses heat, blades or chemicals, and will carry out the tasks on his practical risk assessment.",1,
  w="stay within arm's reach of Connor when he uses heat, blades or chemicals",o="a TA",f="In every science, D&T and food lesson")
P(F,"TA support 15 hours per week.",0,o="TA",f="15 hours per week",d="15 hours per week",note="Hours quantified but no content ('support'); classic fault.")
P(F,"1:1 TA (Level 3) 20 hours per week across core lessons (English, maths, science: timetabled in the TA deployment sheet), to scribe, chunk tasks and keep Connor on the Next-Now board; 5 further hours in unstructured times (break 10.40-11.00, lunch 12.30-1.10).",1,
  w="to scribe, chunk tasks and keep Connor on the Next-Now board",o="1:1 TA (Level 3)",f=["20 hours per week","5 further hours in unstructured times"],d=["20 hours per week","10.40-11.00","12.30-1.10"],g="1:1")
P(F,"Shared TA.",0,o="TA",note="Just a staffing label.")
P(F,"HLTA | 'Pathways Plus' study skills | Thu P2 & P3 | 2 periods | 5 | -",1,
  w="'Pathways Plus' study skills",o="HLTA",f="Thu P2 & P3",d="2 periods",g="5",note="No review stated; otherwise complete.")
P(F,"Literacy intervention | TBC | TBC | TBC | TBC | TBC",0,note="Placeholder row ('TBC').")
P(F,"Maths mastery catch-up | maths intervention teacher | 3 x 25 min a week | 1:2 | every 6 weeks by Head of Maths",1,
  w="Maths mastery catch-up",o="maths intervention teacher",f="3 x 25 min a week",d="25 min",g="1:2",r="every 6 weeks by Head of Maths")
P(F,"Maths support could be offered in a small group.",0,note="'could', 'small group'.")
P(F,"Exam stress: two 30-minute sessions with the school counsellor before mocks (December) and before the summer GCSEs (April), 1:1.",1,
  w="Exam stress",o="the school counsellor",f="before mocks (December) and before the summer GCSEs (April)",d="30-minute",g="1:1",note="'Exam stress' names the focus; counselling session implied. Arguable what.")
P(F,"Separate room for exams (the Nest) with a trained invigilator, all mocks and GCSEs.",1,
  w="Separate room for exams (the Nest)",o="a trained invigilator",f="all mocks and GCSEs")
P(F,"Rest breaks in exams if needed.",0,w="Rest breaks in exams",note="'if needed'.")
P(F,"Supervised rest breaks of up to 10 minutes per hour in all exams, agreed by the exams officer.",1,
  w="Supervised rest breaks",o="the exams officer",f="in all exams",note="'up to 10 minutes' caps an exam access arrangement, not a session length; rule-based arrangement. Arguable.")
P(F,"Attendance | Attendance support plan | Education Welfare Officer (EWO) | home visit each Monday 8.15am while attendance is below 80% | 1:1 | reviewed every 3 weeks at the attendance panel",1,
  w="Attendance support plan",o="Education Welfare Officer (EWO)",f="each Monday 8.15am while attendance is below 80%",g="1:1",r="reviewed every 3 weeks at the attendance panel",note="Home visit: no duration needed (statutory-style visit).")
P(F,"Emotionally based school avoidance: a graded return plan will be put in place.",0,w="a graded return plan",note="No who/when/steps.")
P(F,"EBSA graded return ('Step Back In'): Week 1 meet the mentor at the side gate 9.30am and stay for P2 in the Base; each following week add one period, provided Aaliyah rates her worry at 6/10 or lower on the Friday; the Inclusion Mentor (Ms H Rees) delivers all steps; plan reviewed weekly by the SENCo and parent by phone.",0,
  w="EBSA graded return ('Step Back In')",o="the Inclusion Mentor (Ms H Rees)",f=["Week 1","each following week"],d="P2",r="plan reviewed weekly by the SENCo and parent by phone",
  note="Steps are conditional ('provided...'), so the amount from week 2 depends on a rating; arguable. Judged not specific because the timetable after week 1 is not fixed.")
P(F,"Mentor from Bridge2 youth project.",0,o="Bridge2 youth project",note="No frequency/content.")
P(F,"Bridge2 youth mentor (detached youth worker) | community-based mentoring: football, gym, café | Sat 11am-1pm | 1:1 | Bridge2 quarterly report to SENCo",1,
  w="community-based mentoring: football, gym, café",o="Bridge2 youth mentor (detached youth worker)",f="Sat",d="11am-1pm",g="1:1",r="Bridge2 quarterly report to SENCo")
P(F,"Sport: access to PE with adjustments.",0,w="PE with adjustments",note="'access to'; adjustments unnamed.")
P(F,"Kit: Connor may wear school PE kit all day on PE days (Tue, Thu); the HoY will tell the PE department each September.",1,
  w="may wear school PE kit all day on PE days",o="the HoY",f=["PE days (Tue, Thu)","each September"])
P(F,"Daily report card (green: 3 targets) signed by each class teacher at the end of every lesson and checked by the HoY at 3.10pm; reviewed every 2 weeks.",1,
  w="Daily report card (green: 3 targets)",o=["each class teacher","the HoY"],f=["at the end of every lesson","at 3.10pm"],r="reviewed every 2 weeks")
P(F,"Phone calls home as appropriate.",0,w="Phone calls home",note="'as appropriate'.")
P(F,"Form tutor telephones Mrs Ali every Friday afternoon (before 4pm) for a 5-minute positive update.",1,
  w="telephones Mrs Ali",o="Form tutor",f="every Friday afternoon (before 4pm)",d="5-minute")
P(F,"Transition to Year 7: enhanced transition.",0,note="Label only.")
P(F,"Enhanced transition to Brook Hill: 4 extra visits in June-July 2026 (each 2 hours, with his Year 6 TA), a photo book of staff and rooms made by the Brook Hill SENCo by 1 July, and a 1:1 tour on the INSET day before term.",1,
  w=["Enhanced transition to Brook Hill","a photo book of staff and rooms","a 1:1 tour"],o=["his Year 6 TA","the Brook Hill SENCo"],f=["4 extra visits in June-July 2026","by 1 July","on the INSET day before term"],d="2 hours",g="1:1")
P(F,"Transition to college supported by the school and college.",0,note="'supported'; institutions named generically.")
P(F,"Post-16 transition: Year 11 SENCo and Northgate College ALS co-ordinator to hold a handover meeting by 30 May 2026 (1 hour), with Reece and his carer, and share the one-page profile.",1,
  w=["handover meeting","share the one-page profile"],o=["Year 11 SENCo","Northgate College ALS co-ordinator"],f="by 30 May 2026",d="1 hour")
P(F,"Harbour Base timetable: 60% of lessons in Base, 40% in mainstream with TA.",0,w="Harbour Base timetable",o="TA",note="Proportions but no which lessons, which TA or group; arguable. Judged not specific.")
P(F,"Harbour Base timetable (Year 8): Base for English, maths and PSHE (14 periods/week, group of 8, Base teacher + TA); mainstream for science, art, music, PE (11 periods/week) with a Base TA in class.",1,
  w="Harbour Base timetable (Year 8)",o=["Base teacher + TA","a Base TA"],f=["14 periods/week","11 periods/week"],d=["14 periods/week","11 periods/week"],g="group of 8",note="'N periods/week' treated like 'N hours a week' (frequency and duration); mainstream groups are whole classes, no size stated for those. Judged specific.")
P(F,"Use of a Now/Next board and visual timetable on Mason's desk, updated by his Base TA at the start of each period.",1,
  w="Now/Next board and visual timetable",o="his Base TA",f="at the start of each period")
P(F,"Interoception lessons ('Body Signals') | Base teacher | Mon & Thu P4 | 50 mins | group of 4 | every 6 weeks, Base teacher with OT",1,
  w="Interoception lessons ('Body Signals')",o="Base teacher",f="Mon & Thu P4",d="50 mins",g="group of 4",r="every 6 weeks, Base teacher with OT")
P(F,"Social stories written as required.",0,w="Social stories",note="'as required'.")
P(F,"Social stories for known changes (e.g. supply teacher, trips) written by the Base TA and read with Mason the day before each change.",0,
  w="Social stories",o="the Base TA",f="the day before each change",note="'e.g.' leaves the triggering changes open; 'known changes' arguable. Judged not specific.")
P(F,"Fire drill plan: SENCo tells Mason's Base TA the day before each drill; TA walks the route with him at 8.50am that morning.",1,
  w=["Fire drill plan","walks the route with him"],o=["SENCo","Mason's Base TA"],f=["the day before each drill","at 8.50am that morning"])
PN(F,"Note: Provision in this section will be reviewed at the annual review.")
P(F,"Sleep and tiredness: rest in the medical room should he be tired.",0,w="rest in the medical room",note="Condition-based; no who.")
P(F,"Speech, language and communication: see SALT report, Appendix 4.",0,note="Cross-reference but written as an item under a need; nothing specified. Arguable: could be item false.")
P(F,"Oracy targets built into English lessons by the teacher.",0,w="Oracy targets",o="the teacher",note="No frequency or content of targets.")
P(F,"2 x weekly 20-minute 'Talk Partners' sessions in tutor time (Tue, Fri) with Ruby's trained peer buddy and the tutor overseeing, pairs.",1,
  w="'Talk Partners' sessions",o="the tutor",f=["2 x weekly","(Tue, Fri)"],d="20-minute",g="pairs",note="Tutor oversees; peer is not the provider. Arguable who.")
P(F,"Access to a laptop.",0,w="a laptop",note="'access to'.")
P(F,"School laptop with speech-to-text (Dictate app) issued by the IT office by 30 September 2025, for use in every lesson and exam; the TA checks charge at registration daily.",1,
  w="School laptop with speech-to-text (Dictate app)",o=["the IT office","the TA"],f=["by 30 September 2025","in every lesson and exam","at registration daily"])
P(F,"Group work in some lessons with adult support.",0,note="'some lessons', 'adult support'.")
P(F,"Small group (max 4) guided reading with the class teacher once a week in English, 25 minutes.",1,
  w="guided reading",o="the class teacher",f="once a week in English",d="25 minutes",g="max 4",note="'Small group' present but size given in brackets; harmless.")
P(F,"Zones-style regulation check: Base TA asks Kai to point to his colour on the 'Weather Chart' at the start of P1, P3 and P5 daily.",1,
  w="regulation check",o="Base TA",f="at the start of P1, P3 and P5 daily")
P(F,"Peer mentoring scheme.",0,w="Peer mentoring scheme",note="Label only.")
P(F,"Year 11 peer mentor (trained through 'Buddy Up') meets Demi in the library, Wed lunchtime 12.40-1.00pm, in pairs, for the Autumn term; Student Support Officer oversees and checks in with Demi every 3 weeks.",1,
  w="peer mentor (trained through 'Buddy Up')",o=["Year 11 peer mentor","Student Support Officer"],f=["Wed lunchtime","for the Autumn term"],d="12.40-1.00pm",g="in pairs",r="checks in with Demi every 3 weeks")
P(F,"Provision: Dyscalculia screening. Who: specialist teacher (Cognition and Learning Team, SpLD-qualified). When: by Feb half-term 2026. Review: results to SENCo and parents within 10 school days.",1,
  w="Dyscalculia screening",o="specialist teacher (Cognition and Learning Team, SpLD-qualified)",f="by Feb half-term 2026",r="results to SENCo and parents within 10 school days")
P(F,"Provision: Spelling programme. Who: TA. When: weekly. Review: termly.",0,w=[],o="TA",f="weekly",r="termly",note="'Spelling programme' unnamed, no session length. what judged too generic.")
P(F,"Provision: 'Word Forge' spelling (morphology). Who: TA (Mrs J Hussain). When: Tuesdays 2.10-2.30pm. Group: 1:2. Review: half-termly spelling test.",1,
  w="'Word Forge' spelling (morphology)",o="TA (Mrs J Hussain)",f="Tuesdays",d="2.10-2.30pm",g="1:2",r="half-termly spelling test")
P(F,"Resources: coloured overlays, reading ruler.",0,w="coloured overlays, reading ruler",note="Equipment without who provides or when used. Arguable.")
P(F,"Coloured overlay (blue) and reading ruler on Priya's desk every lesson, provided by the SEN department and replaced each half-term.",1,
  w="Coloured overlay (blue) and reading ruler",o="the SEN department",f=["every lesson","each half-term"])
P(F,"Counselling via Kooth or equivalent.",0,w="Counselling via Kooth",note="'or equivalent'. Kooth is an online service name used here as an example.")
P(F,"Friendship group ('Circle of Friends' style) | SENCo to set up, Pastoral TA to run | weekly Wed lunch, 12.45-1.15 | 6 peers + Zain | Review at half-term with Zain",1,
  w="Friendship group ('Circle of Friends' style)",o=["SENCo","Pastoral TA"],f="weekly Wed lunch",d="12.45-1.15",g="6 peers + Zain",r="Review at half-term with Zain")
P(F,"The setting will ensure Zain's needs are met.",0,note="'the setting will'; nothing concrete.")
P(F,"Tutor time: 8.40-9.00am daily in a small tutor group (8 students) in the Base with Mrs Lowe, to settle before lessons.",1,
  w="Tutor time",o="Mrs Lowe",f="daily",d="8.40-9.00am",g="small tutor group (8 students)",note="'small' harmless: size stated.")
P(F,"Enhanced pastoral support including time with the Head of Year, mentoring, and where possible a reduced timetable.",0,o="the Head of Year",note="List of vague supports; 'where possible'.")
