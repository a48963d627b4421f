from lib import P, PN
F="F"
PN(F,"Section F: Special Educational Provision")
PN(F,"Communication and Interaction")
PN(F,"Need | Provision | Staffing | Frequency / Duration | Group size | Review")
P(F,"Expressive language | Talk Ladder narrative programme | SALT (HCPC-registered) to model, HLTA to deliver | 2 x 30 min weekly, P2 Tue & Thu | 1:1 | SALT review each half-term",1,
  w="Talk Ladder narrative programme",o=["SALT (HCPC-registered)","HLTA"],f="2 x 30 min weekly, P2 Tue & Thu",d="30 min",g="1:1",r="SALT review each half-term")
P(F,"Social communication | Friday Circle social skills group | Harbour Base TA | Weekly | Small group | Termly",0,
  w="Friday Circle social skills group",o="Harbour Base TA",f="Weekly",r="Termly",note="'Small group' with no size and no session length; not deliverable as written.")
P(F,"Vocab pre-teaching (Word Forge) | LSA | Mon-Thu 8.40-8.55am (registration) | 1:2 with one peer | Half-termly, English KS3 lead",1,
  w="Vocab pre-teaching (Word Forge)",o="LSA",f="Mon-Thu 8.40-8.55am (registration)",d="8.40-8.55am",g="1:2 with one peer",r="Half-termly, English KS3 lead")
P(F,"Kai will have access to speech and language therapy as required.",0,
  w="speech and language therapy",note="'access to' and 'as required': no frequency, no duration, provider implied only by the therapy type.",
  o=[])
P(F,"1. Kai's speech and language therapist (Borough SLT Service) will write a communication passport by 31 October 2025 and share it with all staff who teach him; it will be updated each September.",1,
  w="write a communication passport",o="Kai's speech and language therapist (Borough SLT Service)",f=["by 31 October 2025","each September"],r="it will be updated each September",note="One-off task with a date and an annual update; no duration needed for a document.")
P(F,"2. All staff will use visual supports where appropriate.",0,w="visual supports",note="'All staff' is not a defined provider; 'where appropriate' governs when.")
P(F,"3. Every lesson, the class teacher will give Demi instructions in chunks of no more than two steps, written on a mini whiteboard on her desk.",1,
  w="instructions in chunks of no more than two steps, written on a mini whiteboard",o="the class teacher",f="Every lesson",note="Every-lesson strategy; no duration applies.")
P(F,"• Opportunities to develop social skills in unstructured times.",0,note="Trigger 'opportunities to'; nothing concrete, no provider or frequency.")
P(F,"• Lunchtime club (Lego build, board games) in the Harbour Base, run by two Base TAs, Mon-Fri 12.35-1.05pm, maximum 8 students.",1,
  w="Lunchtime club (Lego build, board games)",o="two Base TAs",f="Mon-Fri 12.35-1.05pm",d="12.35-1.05pm",g="maximum 8 students")
P(F,"Provision: Comic strip conversations after any incident. Frequency: as needed. Delivered by: key adult.",0,
  w="Comic strip conversations",note="'as needed' is not a frequency; 'key adult' never defined.")
P(F,"Provision: Attention Autism-style 'Spark Bucket' sessions to build shared attention. Frequency: daily, 10.15-10.30am. Delivered by: Mrs P Okafor, teacher in charge of the Harbour Base. Group: up to 4 students.",0,
  w="'Spark Bucket' sessions",o="Mrs P Okafor, teacher in charge of the Harbour Base",f="daily, 10.15-10.30am",d="10.15-10.30am",note="'up to 4' is not a definite group size; borderline, judged not specific because the group is delivered with an unfixed size.")
P(F,"Zain would benefit from a quiet space to eat lunch.",0,w="a quiet space to eat lunch",note="'would benefit from': a recommendation, not a commitment; no who or when.")
P(F,"A quiet room (the Nest, room B12) will be available to Zain every lunchtime, 12.30-1.10pm, supervised by a named lunchtime TA from the SEN team rota published each half-term.",1,
  w="A quiet room (the Nest, room B12)",o="a named lunchtime TA from the SEN team rota",f="every lunchtime",d="12.30-1.10pm",note="Rotating staff but role is defined and rota named; judged specific.")
P(F,"SALT | Assessment & advice to staff | 1 x per term | 1 hr | - | Annual review report",1,
  w="Assessment & advice to staff",o="SALT",f="1 x per term",d="1 hr",r="Annual review report")
P(F,"Speech and language input from SALT.",0,o="SALT",note="'input from' with no content, frequency or duration.")
P(F,"Pragmatic language group ('Chat Lab') | SALT assistant supervised by SALT | 6-week block each autumn term, Wed P5 (50 min) | 4 students | End-of-block report to SENCo",1,
  w="Pragmatic language group ('Chat Lab')",o="SALT assistant supervised by SALT",f=["6-week block each autumn term, Wed P5"],d="50 min",g="4 students",r="End-of-block report to SENCo")
P(F,"Processing time: staff to allow at least 10 seconds take-up time after a question, in every lesson.",0,
  w="allow at least 10 seconds take-up time after a question",f="in every lesson",note="'staff' is not a defined provider (rubric); strategy otherwise clear. Arguable.")
P(F,"Subject teachers will give Tyler at least 10 seconds' take-up time after each question addressed to him, in all lessons.",1,
  w="at least 10 seconds' take-up time after each question",o="Subject teachers",f="in all lessons",note="'at least' here sets the strategy, not a session length; every-lesson strategy needs no duration.")
PN(F,"Cognition and Learning")
P(F,"Literacy | ReadRight Plus (phonics catch-up) | HLTA trained in ReadRight Plus | 3 x 20 min/wk, P1 Mon/Wed/Fri | 1:3 | Half-termly reading age check, SENCo",1,
  w="ReadRight Plus (phonics catch-up)",o="HLTA trained in ReadRight Plus",f="3 x 20 min/wk, P1 Mon/Wed/Fri",d="20 min",g="1:3",r="Half-termly reading age check, SENCo")
P(F,"Maths | NumberHub intervention | TA | Regularly | Small group | ",0,w="NumberHub intervention",o="TA",note="'Regularly' and 'small group': no frequency or group size; empty review cell.")
P(F,"Precision teaching of high-frequency words, 10 minutes daily (Mon-Fri) 1:1 with a TA trained by the EP, tracked on a probe sheet and reviewed every 4 weeks by the SENCo.",1,
  w="Precision teaching of high-frequency words",o="a TA trained by the EP",f="daily (Mon-Fri)",d="10 minutes",g="1:1",r="reviewed every 4 weeks by the SENCo")
P(F,"Ruby should receive interventions to help her literacy.",0,note="'should', 'interventions': no what, who, frequency.")
P(F,"Access arrangements: 25% extra time and a reader (exam access arrangements assessor to confirm) in all internal and external exams; SENCo to apply to JCQ by the deadline in Year 10.",1,
  w="25% extra time and a reader",o=["exam access arrangements assessor","SENCo"],f=["in all internal and external exams","by the deadline in Year 10"])
P(F,"Reader/scribe in exams where possible.",0,w="Reader/scribe in exams",note="'where possible' governs whether it is provided; no provider.")
P(F,"Laptop with spellcheck and Clicker-style word bank for all extended writing, in every lesson from Y8; IT technician to check it each Monday.",1,
  w="Laptop with spellcheck and Clicker-style word bank",o="IT technician",f=["in every lesson from Y8","each Monday"])
P(F,"Overlearning of key vocabulary | class teacher | each new topic | whole class | ",1,
  w="Overlearning of key vocabulary",o="class teacher",f="each new topic",g="whole class",note="Whole-class strategy at each topic start; duration arguably not needed. Arguable: no review.")
P(F,"Differentiated curriculum.",0,note="No what, who or when: a label, not provision.")
P(F,"Callum will be taught in a class of no more than 10 students with a qualified teacher and a teaching assistant in all core subject lessons (English, maths, science: 14 periods a week).",1,
  w="taught in a class",o=["a qualified teacher","a teaching assistant"],f=["in all core subject lessons","14 periods a week"],d="14 periods a week",g="no more than 10 students",note="'N periods a week' treated like 'N hours a week': both frequency and duration.")
P(F,"Small group teaching for maths with TA support.",0,o="TA",note="'small group' with no size; 'TA support' with no content or frequency. TA counted as who.")
P(F,"Pre-teaching of science vocab | Science TA (Mr D Hale) | Mon P4, 20 min before lesson | 1:4 | -",1,
  w="Pre-teaching of science vocab",o="Science TA (Mr D Hale)",f="Mon P4",d="20 min",g="1:4")
P(F,"Working memory: 'Hold It' memory games programme, 3 x 15 minutes weekly (Tue, Wed, Thu tutor time), 1:1 with a learning mentor; Boxall-style progress check at the end of each 10-week block.",1,
  w="'Hold It' memory games programme",o="a learning mentor",f="3 x 15 minutes weekly (Tue, Wed, Thu tutor time)",d="15 minutes",g="1:1",r="progress check at the end of each 10-week block")
P(F,"Help with organisation, e.g. checklists, colour-coded timetable etc.",0,w=["checklists, colour-coded timetable"],note="'e.g.', 'etc.': open list; no who or when. Has a what (checklists) but not specific.")
P(F,"Colour-coded copy of timetable and a daily equipment checklist, checked with Priya by her form tutor at 8.45am each morning.",1,
  w="Colour-coded copy of timetable and a daily equipment checklist",o="her form tutor",f="at 8.45am each morning",note="Brief daily check at a clock time; a single clock time is a 'when', no duration given, judged not to need one (checklist check).")
P(F,"EP | Consultation with staff and Priya, and progress review | Once per term | 2 hours | n/a | Written summary to annual review",1,
  w="Consultation with staff and Priya, and progress review",o="EP",f="Once per term",d="2 hours",r="Written summary to annual review")
P(F,"Educational psychologist involvement as appropriate.",0,o="Educational psychologist",note="'involvement', 'as appropriate'.")
P(F,"Reading: ReadRight Plus, 4 x 30 min weekly for 2 terms, 1:1 | Reviewed by: SENCo at the end of the Spring term 2026",0,
  w="ReadRight Plus",f="4 x 30 min weekly",d="30 min",g="1:1",r="Reviewed by: SENCo at the end of the Spring term 2026",o=[],
  note="SENCo reviews but no deliverer is named; a new member of staff would have to ask who delivers. Not specific.")
P(F,"Spelling: 'Spell Steps' overlearning, 3 x 15 min per week, delivered 1:1 by Mrs R Anand (HLTA) during tutor time, Mon/Tue/Thu.",1,
  w="'Spell Steps' overlearning",o="Mrs R Anand (HLTA)",f=["3 x 15 min per week","Mon/Tue/Thu"],d="15 min",g="1:1")
P(F,"Handwriting programme for 20-30 minutes, three times a week, with a TA, 1:1.",0,
  w="Handwriting programme",o="a TA",f="three times a week",g="1:1",note="Duration is a range (20-30 minutes): not a definite duration.")
PN(F,"Social, Emotional and Mental Health")
PN(F,"Area | What | Who | When | Ratio | Review")
P(F,"SEMH | Check-in/check-out | Key worker (Learning Mentor, Compass team) | Daily 8.30-8.40am & 3.05-3.15pm | 1:1 | Fortnightly with HoY",1,
  w="Check-in/check-out",o="Key worker (Learning Mentor, Compass team)",f="Daily 8.30-8.40am & 3.05-3.15pm",d=["8.30-8.40am","3.05-3.15pm"],g="1:1",r="Fortnightly with HoY")
P(F,"SEMH | Mentoring | Mentor | Weekly | 1:1 | As appropriate",0,w=[],o="Mentor",f="Weekly",g="1:1",note="'Mentoring' with no content; no session length; review 'as appropriate'.")
P(F,"Compass mentoring (solution-focused, 'My Week' goal sheet) with Mr J Whitby, Learning Mentor, every Tuesday P3 (50 minutes), 1:1, for the whole of Year 9; goals reviewed at each session and progress reported to the HoY at each half-term.",1,
  w="Compass mentoring (solution-focused, 'My Week' goal sheet)",o="Mr J Whitby, Learning Mentor",f=["every Tuesday P3","for the whole of Year 9"],d="50 minutes",g="1:1",r="progress reported to the HoY at each half-term")
P(F,"ELSA sessions to support emotional literacy.",0,w="ELSA sessions",o="ELSA",note="Role named via the programme name; no frequency or duration. 'ELSA' counted both as what (sessions) and who.")
P(F,"ELSA | 'Feelings Toolkit' (6 sessions: anger, worry, friendship) | Trained ELSA, Ms K Byrne | Thurs 1.15-1.45pm, 6 wks from 8 Jan 2026 | 1:1 | ELSA end-of-block summary",1,
  w="'Feelings Toolkit' (6 sessions: anger, worry, friendship)",o="Trained ELSA, Ms K Byrne",f="Thurs 1.15-1.45pm, 6 wks from 8 Jan 2026",d="1.15-1.45pm",g="1:1",r="ELSA end-of-block summary")
P(F,"Access to the ReSet Room when dysregulated.",0,w="the ReSet Room",note="'access to' and 'when dysregulated': no who, no frequency.")
P(F,"Time-out pass: Mason may leave any lesson to go to the ReSet Room (room C03, staffed all day by the behaviour support HLTA) for up to 10 minutes, showing his pass to the teacher; the HLTA logs each use and the log is reviewed weekly by the HoY.",1,
  w="Time-out pass",o="the behaviour support HLTA",f="any lesson",r="the log is reviewed weekly by the HoY",note="Always-available adjustment: 'up to 10 minutes' caps the child's time out and is not a session duration; no duration needed. Arguable because 'up to' is a trigger word.")
P(F,"Calm box | Base TA | available at all times | - | -",1,w="Calm box",o="Base TA",f="available at all times",note="Equipment/always-available adjustment; no duration or group needed.")
P(F,"Emotional support to be provided by school staff.",0,note="'support', 'school staff': no what, no who.")
P(F,"Anxiety: 'Worry Tree' CBT-informed programme delivered by the school counsellor (BACP-registered), weekly 45-minute sessions, 1:1, for 12 weeks from September 2025, then reviewed with Leah and her mother.",1,
  w="'Worry Tree' CBT-informed programme",o="the school counsellor (BACP-registered)",f=["weekly","for 12 weeks from September 2025"],d="45-minute",g="1:1",r="then reviewed with Leah and her mother")
P(F,"Counselling would be helpful if Leah is willing.",0,w="Counselling",note="'would be helpful': recommendation only.")
P(F,"Positive handling plan written by the SENCo and the DSL, shared with all staff who teach Reece by 15 September 2025 and reviewed every 6 weeks, or after any physical intervention.",1,
  w="Positive handling plan",o=["the SENCo","the DSL"],f=["by 15 September 2025","every 6 weeks"],r="reviewed every 6 weeks, or after any physical intervention")
P(F,"Restorative conversation after incidents | HoY or mentor | same day, before end of school | 1:1 | -",0,
  w="Restorative conversation",o="HoY or mentor",f="same day, before end of school",g="1:1",note="Event-triggered but tied to a definite time ('same day'); a session with no length given. Arguable: judged not specific for lack of duration.")
P(F,"Social skills | 'Crew' group | Pastoral TA | Weds P6 | 6 | Every 6 wks",0,
  w="'Crew' group",o="Pastoral TA",f="Weds P6",g="6",r="Every 6 wks",note="A single period (P6) is a 'when', like a clock time, not a stated length; a group session needs a duration. Arguable: judged not specific.")
P(F,"Encouraged to join clubs.",0,note="'encouraged to': no what, who or when.")
P(F,"Reduced timetable.",0,note="A label: no hours, days or review.")
P(F,"Part-time timetable: Mon-Thu 9.00am-12.10pm (P1-P3) in the Harbour Base with Ms T Lowe (HLTA), extending by one period every 2 weeks if Skye attends 90%+ of sessions; reviewed fortnightly by the SENCo with Skye's mother; full time by 13 February 2026.",1,
  w="Part-time timetable",o="Ms T Lowe (HLTA)",f="Mon-Thu 9.00am-12.10pm (P1-P3)",d="9.00am-12.10pm",r=["reviewed fortnightly by the SENCo with Skye's mother","full time by 13 February 2026"])
P(F,"Reintegration plan: initially 2 mornings a week in mainstream lessons, increasing as appropriate.",0,
  w="Reintegration plan",f="2 mornings a week",note="'initially... increasing as appropriate': amount not fixed; no who; 'mornings' not a definite length.")
P(F,"Fresh Start reintegration (from Lighthouse AP to Brook Hill Academy) | Week 1-2: Tue & Thu P1-P2 at Brook Hill with AP key worker (Mr S Idowu) | Week 3-4: Mon, Tue, Thu P1-P4 with Brook Hill Inclusion Mentor | Week 5+: full time | 1:1 escort between sites | Weekly review meeting Fri 2pm (AP, Brook Hill SENCo, parent)",1,
  w="Fresh Start reintegration",o=["AP key worker (Mr S Idowu)","Brook Hill Inclusion Mentor"],f=["Tue & Thu P1-P2","Mon, Tue, Thu P1-P4"],d=["P1-P2","P1-P4"],g="1:1 escort between sites",r="Weekly review meeting Fri 2pm (AP, Brook Hill SENCo, parent)",note="Period ranges treated as durations.")
P(F,"Managed move support as needed.",0,note="'as needed'; no what.")
P(F,"Daily 1:1 'Morning Landing' with the same adult (Mr Idowu, key worker) 9.00-9.15am in the AP quiet room: breakfast, check of mood scale (1-5) and plan for the day.",1,
  w="'Morning Landing'",o="Mr Idowu, key worker",f="Daily",d="9.00-9.15am",g="1:1")
P(F,"Harbour Base | Specialist autism base placement | Teacher in charge + 3 TAs | 25 hrs/wk | 12 students, 1:4 adult ratio | Annual review",1,
  w="Specialist autism base placement",o="Teacher in charge + 3 TAs",f="25 hrs/wk",d="25 hrs/wk",g=["12 students","1:4 adult ratio"],r="Annual review")
P(F,"Specialist setting with high level of support.",0,note="'high level of support'; no type of setting named, no ratio.")
P(F,"Brightwell SEMH School: class of 8 with a teacher and 2 TAs, 32.5 hours per week, 8.45am-3.15pm Mon-Fri, 38 weeks a year.",1,
  w="Brightwell SEMH School",o=["a teacher","2 TAs"],f=["32.5 hours per week","Mon-Fri","38 weeks a year"],d=["32.5 hours per week","8.45am-3.15pm"],g="class of 8")
P(F,"Key adult to support transitions.",0,note="'key adult' undefined; 'support'.")
P(F,"Transition between lessons: Ibrahim leaves each lesson 3 minutes early with his 1:1 TA (named on the weekly staffing sheet) to avoid crowded corridors.",1,
  w="leaves each lesson 3 minutes early",o="his 1:1 TA",f="each lesson",note="'His 1:1 TA' names a who, not a session group size. Rotating TA but role defined.")
PN(F,"Sensory and/or Physical")
P(F,"OT | Sensory circuit ('Steady Start') | TA trained by OT | Daily 8.50-9.05 | 1:1 | OT reviews termly",1,
  w="Sensory circuit ('Steady Start')",o=["TA trained by OT","OT"],f="Daily",d="8.50-9.05",g="1:1",r="OT reviews termly")
P(F,"Sensory breaks throughout the day.",0,w="Sensory breaks",note="'throughout the day' is not a frequency; no who or length.")
P(F,"Movement breaks: 2 x 5 minutes per lesson (run an errand or use the wobble cushion) at the teacher's signal, in every lesson.",0,
  w="Movement breaks",f=["2 x 5 minutes per lesson","in every lesson"],d="5 minutes",note="No provider named ('the teacher' is implied only via 'teacher's signal'). Arguable; judged not specific because who is left implicit.")
P(F,"Occupational therapist (Borough Children's OT Service) to deliver 'Steady Hands' fine motor programme, 6 sessions of 45 minutes, fortnightly, 1:1, starting October half-term 2025; TA to practise daily 10 minutes between sessions.",1,
  w=["'Steady Hands' fine motor programme"],o=["Occupational therapist (Borough Children's OT Service)","TA"],f=["fortnightly","6 sessions","daily"],d=["45 minutes","10 minutes"],g="1:1",r=[])
P(F,"Ear defenders | available in all lessons and assemblies | kept in form room | - | -",0,w="Ear defenders",f="in all lessons and assemblies",
  note="Equipment with no person responsible for providing or maintaining it; arguable, since equipment often needs no deliverer. Judged not specific because who is absent.")
