from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("Tyler's views"),
    P("Tyler did not want to attend the planning meeting. His views were gathered by his class teacher, Mr Ryan Holt, "
      "in a short conversation in December 2025."),
    P("Tyler said he likes football, Minecraft, his dog Rocco and going to his nan's. He said he is good at drawing and "
      "at PE. He said he doesn't like writing, or “when people say stuff about my mum”. He said he gets angry when "
      "people “wind him up” and that he likes it when he can go and see Mrs Callaghan. He wants to be a YouTuber or a "
      "footballer."),
    P("Tyler's answers on the school's pupil voice form (completed with Mrs Callaghan, November 2025):"),
    KV([["Question", "Tyler's answer"],
        ["What do you enjoy at school?", "PE, art, golden time, being a playground buddy for the Reception kids."],
        ["What is hard at school?", "Writing. Reading out loud. Wet play. When Mr Holt shouts at the class even if it's not me."],
        ["Who helps you?", "Mrs Callaghan. Mr Holt sometimes. My friend Kai when he's not being annoying."],
        ["What helps when you are angry?", "Going for a walk. Squeezing the stress ball. Being left alone for a bit and not everyone looking at me."],
        ["What makes it worse?", "People telling me to calm down. People talking about my family. Being made to say sorry straight away."],
        ["What would you like to get better at?", "Maths. Not getting sent home. Football skills."]],
       widths=[6, 11]),
    H2("Parent's views"),
    P("Tyler's mum, Jade Brennan, said that Tyler is a loving boy at home and very protective of his little sister, "
      "Lacey, who is 6. She said things have been difficult for the family over the last two years and that Tyler finds "
      "it hard to trust adults. She feels that school only phones her when something has gone wrong. She wants Tyler "
      "to stay at Greystones, to stop being sent home and to catch up with his reading and maths. She would like him to "
      "see someone to talk to about his feelings."),
    P("Jade explained that Tyler's dad left the family home in 2023 following police involvement, and that Tyler has "
      "had no contact with him since. Tyler has told his mum he worries that his dad will come back. Jade said that she "
      "has struggled with her own mental health and is now receiving support from her GP and from the Northmoor Talking "
      "Therapies service. She said that Tyler's nan, Maureen, is a big support and has Tyler and Lacey every other "
      "weekend. Jade said: “When he has a bad day at school he comes home and kicks off, and then I get a phone call and "
      "I feel like it's my fault. I want people to work with me, not just tell me what's gone wrong.”"),
    P("At the planning meeting, Jade said that Tyler had enjoyed a taster session at Thornsett Boxing Club and a holiday "
      "club at the leisure centre, and that he is calmer at home when he has been active. She would like him to have "
      "something to look forward to after school."),
    H2("History"),
    P("Tyler has attended Greystones Primary School since Reception. He was placed on SEN support for social, emotional "
      "and mental health needs in Year 3. He has had four suspensions in the last year (a total of 7 days), all for "
      "physical aggression towards other pupils or staff. Greystones requested an EHC needs assessment in July 2025."),
]))
S.append(("B", HEAD["B"], [
    P("Tyler's primary area of need is social, emotional and mental health (SEMH). He also has needs in cognition and "
      "learning."),
    H2("Social, emotional and mental health"),
    P("Tyler finds it very hard to manage strong feelings, especially anger and anxiety. When he feels criticised, "
      "embarrassed or that something is unfair, he can escalate very quickly, shouting, swearing, throwing equipment and "
      "on occasion hitting or kicking peers or staff. Between September and December 2025 school recorded 31 incidents "
      "of dysregulated behaviour, 9 of them physical. Most incidents happen at lunchtime or in the afternoon, and after "
      "weekends or contact changes at home. The Educational Psychologist, Mr Stuart Ingram, describes Tyler as “a child "
      "whose behaviour is driven by anxiety and hypervigilance rather than defiance; he is constantly scanning for "
      "threat.” He notes that Tyler has experienced adverse childhood experiences, including domestic abuse, and that "
      "he needs predictable, relational support from a small number of trusted adults."),
    P("Tyler has few secure friendships. He wants to be liked but can be controlling in games and quickly falls out "
      "with peers. He has told staff he is “bad” and that “no one likes me”."),
    P("Mr Holt has noticed that Tyler is much calmer in the mornings when he has had breakfast at the school's breakfast "
      "club and a short chat with Mrs Callaghan, and that he is more likely to become dysregulated after a wet play or "
      "when there is a supply teacher. Tyler has responded well to being given responsibilities, such as looking after "
      "the class pet or helping in the Reception class, and he can stay regulated for a whole afternoon when he is "
      "doing practical work such as art or design technology."),
    P("Tyler is good at drawing and at sport, can be very kind to younger children and responds well to praise given "
      "privately."),
    P("The school's request for statutory assessment (July 2025) summarises the support already given at SEN support: "
      "“Tyler has had a key adult at lunchtimes since Year 3, weekly ELSA sessions since January 2024, a place in the "
      "Butterflies nurture group for two terms in Year 4, a reduced timetable for three weeks after his second suspension, "
      "a behaviour support plan reviewed half-termly with mum, and advice from the Northmoor Behaviour Outreach Team, who "
      "visited four times in 2024-25. Tyler's behaviour improves for a short time when a new intervention is introduced, "
      "but incidents return to previous levels within a few weeks, particularly around changes at home. Staff feel that "
      "Tyler needs a higher level of consistent adult support than the school can provide from its own resources.”"),
    P("The Behaviour Outreach Team's final report (June 2025) recommended “a consistent, trauma-informed approach across "
      "all staff, a small number of trusted adults, planned calm-down spaces, a daily check-in and check-out, and "
      "clear, predictable consequences delivered privately.” The outreach teacher, Mr Dean Pollard, noted that Tyler "
      "responds well to adults who use humour and who repair the relationship quickly after an incident."),
    P("Mr Ingram's advice also notes: “Tyler's early experiences have taught him that adults can be unpredictable and "
      "that he must be on guard. His anger is frequently the visible sign of fear. Strategies based on sanctions alone "
      "are unlikely to succeed and may increase his sense of shame. Tyler needs adults to notice and name his feelings, "
      "to help him to calm before any discussion of the incident, and to show him that the relationship continues after "
      "a difficult day. Over time, Tyler needs to learn to recognise his own early warning signs and to use strategies "
      "independently.”"),
    H2("Cognition and learning"),
    P("Tyler is working below age-related expectations in reading, writing and mathematics. His reading age is 7 years "
      "4 months (NGRT, November 2025) and he is working at about a Year 3 level in mathematics. Mr Ingram found Tyler's "
      "verbal and non-verbal reasoning to be in the low average range, with working memory below average. Tyler avoids "
      "writing tasks and has gaps in his phonics knowledge. His learning has been affected by time out of class and "
      "by suspensions."),
    KV([["Subject", "Age-related expectation (Year 5)", "Tyler's current level (December 2025)"],
        ["Reading", "Year 5 expected standard", "Working at Year 2/3; reading age 7 years 4 months"],
        ["Writing", "Year 5 expected standard", "Working at Year 2; writes 2 to 3 simple sentences with support"],
        ["Mathematics", "Year 5 expected standard", "Working at Year 3; secure in addition and subtraction to 100"],
        ["Phonics", "Completed in Key Stage 1", "Gaps in Phase 5 alternative spellings"]], widths=[4, 6, 7]),
    P("Mr Holt reports that Tyler can concentrate for 10 to 15 minutes when working 1:1 with an adult he trusts, but "
      "rarely starts a written task independently. He is more successful when tasks are short, practical and clearly "
      "broken down, and when he can show his understanding by drawing or talking rather than writing."),
    H2("Communication and interaction"),
    P("No needs identified in this area."),
    H2("Sensory and/or physical"),
    P("No needs identified in this area."),
]))
S.append(("C", HEAD["C"], [
    P("Tyler was referred by his GP to the Child and Adolescent Mental Health Service (CAMHS) in October 2025 because of "
      "concerns about his anxiety, anger and sleep. He is on the waiting list for an assessment. He has difficulty "
      "getting to sleep and mum reports he often goes to bed after 11pm. There are no other health needs."),
    P("Jade says that Tyler often wakes in the night after a nightmare and comes into her bed, and that he is tired and "
      "irritable in the mornings. The GP has given advice on a bedtime routine and screen time. Tyler's growth, hearing "
      "and vision are normal."),
]))
S.append(("D", HEAD["D"], [
    P("Tyler and his sister are supported by Northmoor Children's Services under a child in need plan (section 17 of "
      "the Children Act 1989) because of the impact of past domestic abuse and of parental mental health difficulties. "
      "Their social worker is Hannah Moss, Northmoor Family Safeguarding Team. Tyler has been offered a place on a "
      "children's group run by the Northmoor Domestic Abuse Service and the family receives family support work at "
      "home. The child in need plan is reviewed every 3 months."),
    P("The child in need plan (October 2025) states that Tyler needs to develop a safe understanding of what happened at "
      "home, to have a trusted adult outside the family he can talk to, and to have positive activities after school "
      "and in the holidays. Jade has asked for help with after-school activities, as Tyler has been excluded from an "
      "after-school football club because of his behaviour. The family support worker, Debbie Lomas, visits weekly."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below were discussed with Jade at the planning meeting on 12 January 2026. Tyler did not attend."),
    H2("Social, emotional and mental health"),
    O("1. Tyler will improve his ability to manage his emotions.",
      note="Vague verb, no criterion, no timescale."),
    O("2. By July 2027, Tyler will use his calm-down plan (asking for a break, going to the nurture room, breathing "
      "strategies) when he feels angry, so that physical incidents reduce from 9 a term to no more than 2 a term.",
      s="Tyler", b="use his calm-down plan (asking for a break, going to the nurture room, breathing strategies) when he feels angry",
      c="from 9 a term to no more than 2 a term", t="By July 2027"),
    O("3. Tyler will receive weekly ELSA sessions to help with his self-esteem.",
      prov=True, note="Describes provision, not a change in Tyler."),
    O("4. Tyler will make and keep friendships with his peers.",
      s="Tyler", b="make and keep friendships with his peers", note="No criterion or timescale."),
    H2("Cognition and learning"),
    O("5. By July 2027, Tyler will read at an age-equivalent of at least 9 years 6 months on the NGRT.",
      s="Tyler", b="read", c="an age-equivalent of at least 9 years 6 months on the NGRT", t="By July 2027"),
    O("6. Tyler will make progress in maths.", note="Aspirational phrasing with no criterion or date.", s="Tyler", b=[]),
    O("7. By the end of Key Stage 2, Tyler will write a paragraph of at least 5 sentences independently.",
      s="Tyler", b="write a paragraph of at least 5 sentences", c=["at least 5 sentences", "independently"], t="By the end of Key Stage 2"),
]))
S.append(("F", HEAD["F"], [
    P("Greystones Primary School will provide the following:"),
    P("The school will continue to follow the advice of the Behaviour Outreach Team and the Educational Psychologist. "
      "Tyler's provision will be funded at Northmoor banding level SEMH 3. Staff will work closely with Jade and with "
      "the social worker, and the SENCo will attend child in need meetings where possible."),
    T("Social, emotional and mental health", [
        ("Difficulty managing anger and anxiety; physical aggression", [
            R("Support from a key adult throughout the day.", "Key adult", "Daily", "", "1:1", what=[], vague=True,
              note="'Support' and an undefined key adult."),
            R("Access to the nurture room when dysregulated.", "Nurture staff", "As required", "", "N/A", what=["the nurture room"], nodur=True, vague=True),
            R("ELSA sessions focusing on self-esteem and anger management.", "ELSA (Mrs Lisa Callaghan)", "Weekly", "30 minutes", "1:1",
              note="ELSA not explained anywhere in the plan."),
            R("Individual behaviour support plan and risk assessment, reviewed with mum.", "Class teacher and SENCo", "Reviewed termly", "", "N/A",
              nodur=True),
            R("Staff to use a consistent, calm, relational approach (PACE) when Tyler is dysregulated.", "All staff",
              "Every day", "", "N/A", who_s=[], nodur=True, note="'All staff' is not a defined role."),
        ]),
        ("Friendships and social skills", [
            R("Small group social skills intervention.", "TA", "Regularly", "", "Small group", what=[], vague=True),
            R("Structured lunchtime activity or club.", "Lunchtime staff", "Where possible", "", "", vague=True, what=["Structured lunchtime activity or club"]),
        ]),
        ("Anxiety and adverse childhood experiences", [
            R("Consultation with the Educational Psychologist.", "Educational Psychologist", "Once a term", "", "Staff",
              g=[], nodur=True, spec=False, note="Consultation length and attendees not set."),
        ]),
    ]),
    T("Cognition and learning", [
        ("Reading, writing and phonics", [
            R("Daily phonics catch-up using the school's phonics scheme.", "Teaching assistant", "Daily", "15 minutes", "Group of 4"),
            R("Differentiated work in class.", "Class teacher", "Every lesson", "", "Whole class", what=[], vague=True,
              note="'Differentiated work' does not say what."),
            R("Writing interventions.", "TA", "Up to 3 times a week", "20-30 minutes", "Small group", what=[], vague=True),
        ]),
        ("Mathematics", [
            R("Precision teaching of number facts.", "Teaching assistant", "3 times weekly", "10 minutes", "1:1"),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Awaiting CAMHS assessment."),
]))
S.append(("H1", HEAD["H1"], [P("N/A")]))
S.append(("H2", HEAD["H2"], []))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "Greystones Primary School, Quarry Road, Thornsett, Northmoor"],
        ["Type of school", "Mainstream primary academy"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [P("Not requested. Jade was given information about personal budgets and the Northmoor "
      "Local Offer at the planning meeting, including holiday activity schemes and after-school clubs that may be able "
      "to include Tyler.")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Parental advice", "Jade Brennan", "10 November 2025"],
        ["Educational advice", "Mrs Wendy Marsh, SENCo, Greystones Primary School", "14 November 2025"],
        ["Educational psychology advice", "Mr Stuart Ingram, Educational Psychologist", "2 December 2025"],
        ["Health advice", "GP referral letter to CAMHS (Dr Paul Hendry)", "9 October 2025"]],
       widths=[6.5, 7, 3.5]),
    P("Social care advice was requested from the Family Safeguarding Team on 3 November 2025 but had not been received "
      "when the plan was finalised."),
]))

PLAN = dict(
    slug="tyler_brennan", child="Tyler Brennan", dob="2015-10-08", plan_date="2026-01-21", status="final",
    grade="requires_improvement",
    cover=cover("Tyler Brennan", "8 October 2015", "918 305 6642", "D823406618016", "21 January 2026", "Final",
                "Mark Tennant, SEND Caseworker", school="Greystones Primary School (Year 5)"),
    contacts=[["Jade Brennan", "Parent", "Via the SEND caseworker"],
              ["Mrs Wendy Marsh", "SENCo, Greystones Primary School", "Via the school office"],
              ["Mr Ryan Holt", "Class teacher (Year 5)", "Via the school office"],
              ["Hannah Moss", "Social worker, Family Safeguarding Team", "01632 960 712"],
              ["Mark Tennant", "SEND Caseworker, Northmoor County Council", "01632 960 146"]],
    sections=S, status_of={"G": "placeholder", "H1": "nil", "H2": "blank", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F as two tables with "
           "merged title row and vertically merged Need column; G a one-line 'awaiting' statement; H2 heading with nothing under it.",
    rationale=("Requires improvement. All sections are present and B describes Tyler's SEMH and learning needs with data and "
               "a quoted EP view, but Tyler's voice is second-hand and brief. Only 3 of 7 outcomes are SMART: others are vague "
               "('improve', 'make progress'), untimed, or provision (ELSA sessions). About half of F lacks a defined what, who "
               "or frequency ('support from a key adult', 'as required', 'regularly', 'small group', 'up to 3 times', "
               "'20-30 minutes'). C names a sleep and anxiety need but G only says 'Awaiting CAMHS assessment'; D describes a "
               "child in need plan and domestic abuse group but H2 is blank; no social care advice in K. ELSA and PACE are "
               "unexplained. Not inadequate: sections present, needs all have some provision, several items are quantified."),
    faults=[
        dict(kind="outcome-not-smart", section="E", sentence="1. Tyler will improve his ability to manage his emotions."),
        dict(kind="outcome-is-provision", section="E", sentence="3. Tyler will receive weekly ELSA sessions to help with his self-esteem."),
        dict(kind="outcome-not-smart", section="E", sentence="4. Tyler will make and keep friendships with his peers."),
        dict(kind="outcome-not-smart", section="E", sentence="6. Tyler will make progress in maths."),
        dict(kind="vague-provision", section="F", sentence="Support from a key adult throughout the day. | Key adult | Daily"),
        dict(kind="vague-provision", section="F", sentence="Access to the nurture room when dysregulated. | Nurture staff | As required"),
        dict(kind="vague-provision", section="F", sentence="Small group social skills intervention. | TA | Regularly | Small group"),
        dict(kind="vague-provision", section="F", sentence="Structured lunchtime activity or club. | Lunchtime staff | Where possible"),
        dict(kind="vague-provision", section="F", sentence="Differentiated work in class."),
        dict(kind="vague-provision", section="F", sentence="Writing interventions. | TA | Up to 3 times a week, 20-30 minutes | Small group"),
        dict(kind="health-need-no-provision", section="G", sentence="Awaiting CAMHS assessment."),
        dict(kind="social-care-need-no-provision", section="H2", sentence="Section H2 – Other social care provision"),
        dict(kind="blank-section", section="H2", sentence="Section H2 – Other social care provision"),
        dict(kind="no-health-or-social-care-advice", section="K", sentence="Social care advice was requested from the Family Safeguarding Team on 3 November 2025 but had not been received when the plan was finalised."),
        dict(kind="unexplained-acronym", section="F", sentence="ELSA sessions focusing on self-esteem and anger management."),
        dict(kind="unexplained-acronym", section="F", sentence="Staff to use a consistent, calm, relational approach (PACE) when Tyler is dysregulated."),
    ],
)
