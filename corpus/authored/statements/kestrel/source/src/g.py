from lib import P, PN
G="G"
PN(G,"Section G: Health Provision")
PN(G,"Health need | Provision | Provider | Frequency | Review")
P(G,"Anxiety / low mood | CBT (8 sessions) | CAMHS clinician (Kestrel Lane clinic) | weekly, 50 min, Thu 4pm | CAMHS review at session 8",1,
  w="CBT (8 sessions)",o="CAMHS clinician (Kestrel Lane clinic)",f=["weekly","Thu 4pm"],d="50 min",r="CAMHS review at session 8",note="Individual clinic sessions: 1:1 implied, not stated; clinical sessions need no group size.")
P(G,"CAMHS involvement.",0,o="CAMHS",note="No content or frequency.")
P(G,"Referral to CAMHS to be made.",0,w="Referral to CAMHS",note="No who refers or by when.")
P(G,"GP to refer Leah to the Community Eating Disorder Service by 31 January 2026; the school nurse will follow up with the family within 2 weeks of the referral.",1,
  w=["refer Leah to the Community Eating Disorder Service","follow up with the family"],o=["GP","the school nurse"],f=["by 31 January 2026","within 2 weeks of the referral"],note="Referral and follow-up; no duration needed.")
P(G,"ADHD medication (methylphenidate, modified release) prescribed by the community paediatrician (Dr L Fenn), reviewed every 6 months in clinic; given at home before school, so no school administration is needed.",1,
  w="ADHD medication (methylphenidate, modified release)",o="the community paediatrician (Dr L Fenn)",f="every 6 months",r="reviewed every 6 months in clinic")
P(G,"Medication as prescribed.",0,w="Medication",note="No drug, prescriber or review.")
P(G,"Epilepsy | Individual Healthcare Plan (IHP) incl. rescue medication (buccal midazolam) | Epilepsy Specialist Nurse writes IHP; 2 named staff trained | IHP review annually each Sept + after any hospital admission | training renewed yearly",1,
  w=["Individual Healthcare Plan (IHP) incl. rescue medication (buccal midazolam)"],o=["Epilepsy Specialist Nurse","2 named staff trained"],f=["annually each Sept","yearly"],r="IHP review annually each Sept + after any hospital admission")
P(G,"Staff trained in epilepsy awareness.",0,w="epilepsy awareness",note="No trainer, date, or length; 'staff'.")
P(G,"Epilepsy awareness and rescue medication training for the Harbour Base team (6 staff), 2 hours, by the Epilepsy Specialist Nurse, each September.",1,
  w="Epilepsy awareness and rescue medication training",o="the Epilepsy Specialist Nurse",f="each September",d="2 hours",g="the Harbour Base team (6 staff)")
P(G,"Type 1 diabetes: blood glucose checks at 10.30am, 12.20pm and before PE by trained staff (two named TAs), using the IHP written by the Paediatric Diabetes Specialist Nurse (PDSN); PDSN visits school each term.",1,
  w="blood glucose checks",o=["trained staff (two named TAs)","the Paediatric Diabetes Specialist Nurse (PDSN)"],f=["at 10.30am, 12.20pm and before PE","each term"],r="PDSN visits school each term")
P(G,"Diabetes to be managed by school.",0,note="No what or who.")
P(G,"School nurse | Health review & puberty/hygiene work | 1 x per half-term | 30 min | 1:1",1,
  w="Health review & puberty/hygiene work",o="School nurse",f="1 x per half-term",d="30 min",g="1:1")
P(G,"The school nurse may see Kai if concerns arise.",0,o="The school nurse",note="'may', conditional.")
P(G,"Review Health Assessment (looked-after child) by the LAC Nurse, annually (next due March 2026), with health plan shared with the Designated Teacher.",1,
  w="Review Health Assessment (looked-after child)",o="the LAC Nurse",f=["annually","(next due March 2026)"],note="Statutory health assessment; no duration needed.")
P(G,"LAC health assessment.",0,w="LAC health assessment",note="No who or when.")
P(G,"Sleep: melatonin 2mg at 7.30pm, prescribed by the community paediatrician and given by foster carer; sleep diary reviewed at the 6-monthly clinic.",1,
  w="melatonin 2mg",o=["the community paediatrician","foster carer"],f=["at 7.30pm","6-monthly"],r="sleep diary reviewed at the 6-monthly clinic")
P(G,"Sleep hygiene advice.",0,w="Sleep hygiene advice",note="No who/when.")
P(G,"Sleep hygiene programme ('Settled Nights'): 4 home visits of 1 hour, fortnightly from November 2025, by the Children's Community Nursing sleep practitioner.",1,
  w="Sleep hygiene programme ('Settled Nights')",o="the Children's Community Nursing sleep practitioner",f=["4 home visits","fortnightly from November 2025"],d="1 hour")
P(G,"Dietitian | Weight and diet monitoring | annually | | ",0,w="Weight and diet monitoring",o="Dietitian",f="annually",note="Monitoring needs no duration, and dietitian and frequency are present; judged not specific because no action or output is stated (empty cells). Arguable.")
P(G,"Community dietitian to review Ibrahim's restricted diet (ARFID) at clinic every 3 months and send a written food plan to school and home after each visit.",1,
  w=["review Ibrahim's restricted diet (ARFID)","written food plan"],o="Community dietitian",f=["every 3 months","after each visit"])
P(G,"Learning disability nurse | Annual Health Check support (easy-read prep, accompany to GP) | annually from age 14, next Feb 2026 | -",1,
  w="Annual Health Check support (easy-read prep, accompany to GP)",o="Learning disability nurse",f=["annually from age 14","next Feb 2026"])
P(G,"Annual health check at GP.",0,w="Annual health check",o="GP",f="Annual",note="Arguable: GP and 'Annual' are present, but the check itself is not defined; judged not specific.")
P(G,"Audiology review | Paediatric Audiology, City Hospital | every 6 months | hearing aids re-tubed and checked",1,
  w=["Audiology review","hearing aids re-tubed and checked"],o="Paediatric Audiology, City Hospital",f="every 6 months")
P(G,"Orthoptics and ophthalmology follow-up as per hospital.",0,w="Orthoptics and ophthalmology follow-up",note="'as per hospital': frequency not stated.")
P(G,"Speech and language therapy 6 sessions per year (Community SLT).",0,
  w="Speech and language therapy",o="Community SLT",f="6 sessions per year",note="Therapy that educates or trains belongs in F (CFA s21(5)); placed in G here (a plan fault). No session length given: not specific.")
P(G,"Continence | Continence assessment and pads supply | Bladder & Bowel Service | assessment by 1 Dec 2025; pads delivered monthly to home and school | 6-monthly review",1,
  w=["Continence assessment and pads supply"],o="Bladder & Bowel Service",f=["by 1 Dec 2025","monthly"],r="6-monthly review")
P(G,"Mental health support in school (MHST) when available.",0,o="MHST",note="'when available'.")
P(G,"Mental Health Support Team (MHST) educational mental health practitioner: 'Worry Less' guided self-help, 6 x 30-minute sessions, weekly on Mondays P4, 1:1, from 12 January 2026; outcome measures (RCADS) at start and end.",1,
  w="'Worry Less' guided self-help",o="Mental Health Support Team (MHST) educational mental health practitioner",f=["6 x 30-minute sessions, weekly on Mondays P4","from 12 January 2026"],d="30-minute",g="1:1",r="outcome measures (RCADS) at start and end")
P(G,"Psychiatry review | CAMHS consultant psychiatrist | every 3 months (next 10 Dec 2025) | medication (sertraline) | letter to GP & parent",1,
  w=["Psychiatry review","medication (sertraline)"],o="CAMHS consultant psychiatrist",f=["every 3 months","(next 10 Dec 2025)"],r="letter to GP & parent")
P(G,"Health professionals will continue to monitor.",0,note="'continue to monitor'; no who.")
P(G,"Physiotherapy: hydrotherapy at the Leisure Centre when the hospital physio feels it would be helpful.",0,w="hydrotherapy at the Leisure Centre",o="the hospital physio",note="'would be helpful'; conditional.")
P(G,"Wheelchair Service | Review of powered wheelchair and seating | each year and on growth | - ",1,w="Review of powered wheelchair and seating",o="Wheelchair Service",f="each year",note="A review needs no duration; 'and on growth' adds a trigger but the annual frequency is definite. Judged specific.")
P(G,"Gastrostomy feeds (bolus, 200ml) at 10.30am and 1.00pm daily, given by two TAs trained and signed off by the Children's Community Nursing Team, who retrain them annually each September.",1,
  w="Gastrostomy feeds (bolus, 200ml)",o=["two TAs trained","the Children's Community Nursing Team"],f=["at 10.30am and 1.00pm daily","annually each September"],r="retrain them annually each September")
P(G,"Feeding plan to be followed.",0,w="Feeding plan",note="No who/when.")
P(G,"Tics (Tourette's): neurology clinic review every 12 months; school to log tics on the tic diary sheet for 1 week before each clinic.",1,
  w=["neurology clinic review","log tics on the tic diary sheet"],o="neurology clinic",f=["every 12 months","for 1 week before each clinic"],note="'school' as who of the diary is vague; clinic named. Arguable.")
P(G,"Emotional wellbeing support from health.",0,note="'support from'.")
P(G,"Substance misuse | Young People's Drug & Alcohol Service (Compass Point) worker | 1:1 sessions in school, Weds 2.00-2.45pm, weekly for 12 weeks | review with SW at week 6 and 12",1,
  w="Young People's Drug & Alcohol Service (Compass Point)",o="Young People's Drug & Alcohol Service (Compass Point) worker",f=["Weds","weekly for 12 weeks"],d="2.00-2.45pm",g="1:1 sessions",r="review with SW at week 6 and 12",note="what is the service's work, named via the service; arguable.")
P(G,"Sexual health advice as needed.",0,w="Sexual health advice",note="'as needed'.")
P(G,"School nurse drop-in available Thursdays 12.30-1.15pm; Demi may attend.",0,w="School nurse drop-in",o="School nurse",f="Thursdays",d="12.30-1.15pm",note="Drop-in open to all; 'may attend' makes it optional, not a provision for Demi. Arguable.")
P(G,"Asthma: inhaler (salbutamol) kept in the PE office and carried on trips; first aider on each trip; IHP reviewed yearly by the school nurse.",1,
  w="inhaler (salbutamol)",o=["first aider","the school nurse"],f=["on each trip","yearly"],r="IHP reviewed yearly by the school nurse")
P(G,"Hearing: hearing aids.",0,w="hearing aids",note="Equipment named only.")
P(G,"Eating disorder service | Family-based therapy | CEDS team | weekly 1 hr, Tue 5pm, for 20 weeks | family sessions | weight monitored each session",1,
  w="Family-based therapy",o="CEDS team",f=["weekly","Tue 5pm","for 20 weeks"],d="1 hr",r="weight monitored each session",note="'family sessions' not a numeric group, but clinical family sessions; judged specific.")
P(G,"Specialist health advice to be sought.",0,note="Future intention only.")
P(G,"Paediatric OT will review equipment needs.",0,w="review equipment needs",o="Paediatric OT",note="No when.")
P(G,"Transition to adult services: the LD nurse will arrange a joint appointment with the adult Community Learning Disability Team before Amelia's 18th birthday (by March 2026).",1,
  w="joint appointment with the adult Community Learning Disability Team",o="the LD nurse",f="before Amelia's 18th birthday (by March 2026)")
P(G,"Adult health services to be involved from 18.",0,note="No who or what.")
PN(G,"No health provision is required.",note="Nil statement.")
PN(G,"There is no health provision specified in this plan at present because Tyler has no health needs related to his SEN (see Section C).",note="Explicit nil with reason.")
PN(G,"TBC – awaiting health advice.",note="Placeholder; a fault, not an item.")
PN(G,"The provision in this section has been agreed by the ICB Designated Clinical Officer (DCO) on 3 November 2025.",note="Sign-off.")
PN(G,"Health provision (to be read alongside the IHP at Appendix 2)")
PN(G,"See Section F for speech and language therapy and occupational therapy, which are educational provision.",note="Cross-reference.")
