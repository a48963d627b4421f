META = {
    "id": "fw07", "child_name": "Ruby Ashworth", "plan_date": "2024-11-27", "age": 7, "status": "final",
    "target_grade": "requires_improvement", "pdf": True,
    "rationale": "Requires improvement. Sections A-K are all present and B gives a reasonable narrative account of Ruby's language disorder, learning and emotional needs, with some strengths. But a material share of F lacks who, how often or how long: speech and language therapy is 'regular', the language group is a 'small group' with no frequency, social skills relies on 'opportunities to', and the SaLT's own input has no frequency. Outcomes are mixed: two are SMART, but others have no time frame or no measure, and one is provision in disguise. Section D and H1 are left blank rather than stating that there are no needs, and K lists no social care advice. Acronyms (SALT, DLD, WellComm, ELKLAN) are not explained, and the first review date given is already past. None of these alone makes the plan inadequate: needs in B all have some provision in F and there are no placeholders or wrong names.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered 1.-5. (older house numbering) with bulleted items; K as a table.",
    "section_status": {"D": "blank", "H1": "blank", "H2": "nil"},
    "extra_faults": [
        {"kind": "blank-section", "section": "D", "sentence": "SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY", "note": "Heading present, no content: should state explicitly that there are no social care needs."},
        {"kind": "blank-section", "section": "H1", "sentence": "SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", "note": "Heading present, no content."},
        {"kind": "no-health-or-social-care-advice", "section": "K", "sentence": "SECTION K – ADVICE AND INFORMATION", "note": "K lists no social care advice."},
    ],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN
|| Child's name | Ruby Grace Ashworth
|| Date of birth | 19/09/2017
|| Age | 7
|| Address | 3 Pound Lane, Orrington, Fenwick
|| Parents | Hannah Ashworth and Liam Ashworth
|| School | Orrington St Mary's CE Primary School, Year 2
|| Date of plan | 27 November 2024
|| Caseworker | Darren Upton
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF RUBY AND HER PARENTS
##- Ruby's views
Ruby's views were gathered by her class teacher using a "smiley face" sheet. Ruby said she likes "playing unicorns", "my friend Isabelle", "painting" and "my dog Bramble". She does not like "when people don't know what I'm saying" and "spellings". Ruby said she wants to be "a teacher or a dog lady". When she was shown pictures of the school day, she pointed to the art table and the story carpet as her favourite places and to the phonics cards as the thing she finds hardest. She told her teaching assistant that she likes it "when Mrs Page helps me" and that she feels "sad" when other children say "what?" to her. Her brother Owen said that Ruby is "really good at drawing and she makes up games for us" and that he sometimes helps her by saying things for her, which Ruby does not always like.
##- Parents' views
Hannah and Liam Ashworth say Ruby is "a happy, caring little girl who loves animals and being creative". They have been worried about her talking since she was two. Ruby gets very frustrated when people, including her grandparents, cannot understand her, and at home she sometimes has big tantrums when she cannot get her message across. They feel that school have been supportive but that the SALT input has been "on and off" and that they do not know what Ruby is working on. They want Ruby to be able to talk so that everyone can understand her, to learn to read and to be confident with her friends. Ruby has an older brother, Owen (10), who also attends the school.
##- Background
Ruby lives with her parents and her brother Owen in Orrington. Her father works shifts at the distribution centre near Fenwick and her mother works part-time as a care assistant. Ruby attended Orrington Pre-School from the age of three, where staff noticed that she was using very few words and was hard to understand. She was referred to the speech and language therapy service by her health visitor at the age of two and a half and had a block of therapy sessions at the health centre when she was three, and again in Reception. Her parents say that they were given activities to do at home but that it was hard to know if they were doing them right. Ruby started at Orrington St Mary's in Reception in September 2022. The school put her on SEN support in Reception and she has had small group language work and phonics support since then. In Year 1 she was seen by the educational psychologist and the school asked for an EHC needs assessment in June 2024 because her progress was slow despite the support, and her parents agreed.
Ruby's parents would like more information about what Ruby is learning so that they can practise at home. They would like to be able to speak to the SALT and to see the programme. Hannah said at the planning meeting: "We just want everyone to be on the same page and to know what she's working on."
##- What others say about Ruby
Her teacher says that Ruby is "a ray of sunshine in the classroom", that she is kind to younger children and is always the first to notice if someone is sad. She is creative and loves painting and making models, and she is good at remembering routines. She tries very hard, even when she finds the work difficult.
##- What helps Ruby (from her one-page profile)
* Say my name before you tell me something.
* Use short sentences and show me pictures or do it first.
* Give me time to answer. Don't finish my words for me.
* If you don't understand me, ask me to show you or draw it.
* Let me sit with Isabelle.
* Tell me when I've done well.
##- Aspirations
Ruby's parents want her to be happy, confident and understood, and to do well at school.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
##- Communication and interaction
[[unexplained-acronym|Ruby has a diagnosis of DLD, made by the SALT service in March 2024.]] Her SALT, Mrs Jo Cresswell, reports that Ruby has difficulties with both understanding and using language. On the CELF-5 her receptive language standard score was 72 and her expressive language standard score 68 (both well below average). Ruby finds it hard to understand longer sentences, questions beginning with "why" and "how", and concept words such as "before", "after", "first", "behind" and "except". In class she often watches other children to work out what to do. Her own sentences are short and she often leaves out small grammar words and verb endings ("me go park yesterday"). She has a speech sound disorder, replacing "k" and "g" with "t" and "d" and reducing consonant clusters ("poon" for "spoon"), which makes her hard to understand for people who do not know her. Her speech is about 60% intelligible to unfamiliar listeners. Ruby is keen to communicate and uses gesture and drawing well to help people understand. On the WellComm screening in September 2024 she scored in the red band for her age.
##- Educational psychology advice
Dr Naomi Fell, educational psychologist, observed Ruby in class and at play and carried out an assessment in September 2024. She reports that Ruby's non-verbal reasoning is in the average range (she completed picture puzzles and pattern tasks as well as most children her age), which suggests that her difficulties in learning are mainly linked to language rather than to a general learning difficulty. Ruby's auditory memory is weak: she could repeat back three numbers but not four, and she had difficulty remembering a short sentence. Dr Fell writes: "Ruby is a motivated learner who is working hard to make sense of a language-heavy classroom. She is at risk of becoming disengaged and of her self-esteem being affected if adults do not adapt their language." She recommends that adults simplify their language, use visual supports, give Ruby extra time to process and respond, pre-teach vocabulary, and check understanding by asking Ruby to show rather than tell. She also recommends a structured phonics programme with lots of repetition and a multisensory approach to spelling, and that Ruby's self-esteem is supported through praise and through roles where she can shine, such as art and caring for the class pets.
##- Speech and language therapy recommendations
Mrs Cresswell's report recommends that Ruby's targets focus on understanding concept words and questions, using verb endings and longer sentences, and producing "k" and "g" sounds at the beginning of words. She recommends that a trained adult works on these targets with Ruby "regularly, ideally three to four times per week", that adults model correct sentences rather than correcting Ruby directly, and that the class teacher uses a visual timetable and "now and next" boards. She states that the SALT service will "review Ruby in school and update targets", and that Ruby would benefit from a language group in class.
##- Cognition and learning
Ruby is working below age-related expectations in reading and writing. She knows 25 of the Phase 2 and 3 phonemes but finds it hard to blend sounds to read words, and she scored 14 on the Year 1 phonics screening check. Her writing is a few words long and difficult to read because her spelling follows her speech errors. In mathematics she is working just below the expected standard; she can count and add within 20 using objects but struggles with word problems and mathematical vocabulary. Her teacher, Mrs Kate Gilbey, says Ruby has good visual memory, loves practical activities and art, and concentrates well when an activity is well matched to her level.
##- Social, emotional and mental health
Ruby is kind and caring and has a close friend, Isabelle. She sometimes finds it hard to join in games at playtime because she cannot follow the rules when they are explained quickly, and other children have started to say they cannot understand her. When she is frustrated she can cry, hide under a table, or refuse to work. This happens about twice a week in school. She can become anxious about reading aloud and spelling tests. Mrs Gilbey has noticed that Ruby has begun to say "I can't do it" before she tries a new task, and that she will sometimes copy her friend's work rather than ask for help. At home her parents have noticed that she is more tired and tearful on school days and that she has asked why she "talks funny". The school keeps a record of Ruby's incidents of frustration, which shows that they mostly happen in the afternoon and during literacy lessons, and are less frequent when she is working with a familiar adult. Ruby responds well to calm reassurance, to being given time, and to having a job to do.
##- Sensory and/or physical needs
Ruby had grommets fitted in 2022 for glue ear. Her hearing was last tested in May 2024 and was within normal limits. She has no physical needs. Her fine motor skills are good for her age: she holds a pencil with a good grip, cuts accurately with scissors and can do up her own buttons and zips. She enjoys PE and is confident on the climbing equipment, although she sometimes does not follow instructions in PE lessons because they are given to the whole class in a noisy hall.
##- Summary of current attainment (autumn term 2024)
Reading: working at the Year 1 standard; Ruby is reading Phase 3 decodable books and knows 25 phonemes. Writing: working at the Reception / Year 1 standard; she writes her name and simple words using initial sounds. Mathematics: working towards the Year 2 standard. Speaking and listening: well below age-related expectations. Art and design: above age-related expectations. Personal, social and emotional development: Ruby is well behaved and caring but her confidence is low.
##- Summary of Ruby's needs
Ruby needs adults to simplify their language and use visual supports throughout the day. She needs direct teaching of vocabulary, concept words and sentence structure, and speech sound work, from a trained adult following a speech and language therapy programme. She needs a structured, multisensory phonics and spelling programme. She needs support to join in play and friendships, and help to manage frustration and to build her confidence.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Ruby had glue ear and grommets in 2022. Her hearing is now normal. She needs a hearing test if there are concerns.
Developmental language disorder (see Section B).
Dr Marcus Elwin, community paediatrician, saw Ruby in September 2024. He found that her general health, growth and development, apart from her speech and language, are within normal limits. He recommends a repeat hearing test if school or parents notice that Ruby is not responding to sounds or speech, as glue ear can come back.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
##E SECTION E – OUTCOMES
The outcomes below were discussed with Ruby's parents at the planning meeting on 7 November 2024. They will be reviewed at the annual review.
@O(nonspec) [[outcome-not-smart|1. {s:Ruby} {b:will develop her understanding of language.}]] %% Vague verb, no criterion, no time.
@O 2. {t:By the end of Key Stage 1 (July 2025)}, {s:Ruby} {b:will follow a two-part instruction containing a concept word (for example "put your book away before you line up")} {c:in 4 out of 5 opportunities}.
@O [[outcome-not-smart|3. {s:Ruby} {b:will use sentences of five or more words with the correct verb endings} {c:in 3 out of 5 samples of her talk}.]] %% No time frame.
@O(nonspec) [[outcome-not-smart|4. {s:Ruby} {b:will make good progress in phonics and reading} {t:by the end of the year}.]] %% 'good progress' is not measurable; 'by the end of the year' is taken as time-bound (the school year) though arguable.
@O(prov) [[outcome-is-provision|5. {s:Ruby} will receive SALT to improve her speech sounds {t:by July 2025}.]] %% Provision in disguise.
@O 6. {t:By the end of Key Stage 1 (July 2025)}, {s:Ruby} {b:will join a playground game with peers, following the rules,} {c:on at least 3 out of 5 playtimes}, as observed by the lunchtime supervisor.
@O(nonspec) [[outcome-not-smart|7. {s:Ruby} {b:will be happy and confident in school.}]] %% Aspiration, not an outcome; left as a numbered outcome so labelled as an outcome item, all flags false.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Orrington St Mary's CE Primary School will provide the following. The SENCo will oversee the provision.
1. Communication and interaction
@P(vague,nodur,nogrp)- [[vague-provision|Ruby will receive regular {w:SALT} from {who:the NHS SALT service}, who will {w:provide a programme for school to follow}.]] %% 'regular'; SALT named as a service (who), but no frequency or length.
@P(vague)- [[vague-provision|{who:A teaching assistant} will {w:deliver the SALT programme} {f:three times a week}, where possible, {g:1:1}.]] %% No session length; 'where possible' governs the amount.
@P(vague,nodur)- [[vague-provision|Ruby will take part in a small group language group in class.]] %% No who, frequency, duration or size.
@P(nodur,nogrp)- {who:Staff who work with Ruby} will {w:use visual supports, including a visual timetable, Colourful Semantics and pictures for new vocabulary}, {f:in all lessons}. %% 'staff' is weak as a who but is qualified by 'who work with Ruby'; arguable.
@P(nogrp)- [[unexplained-acronym|{who:The class teacher and teaching assistant} will {w:attend ELKLAN training} {f:in the spring term 2025}, {d:one day}.]]
@P(vague,nodur,nogrp)- [[vague-provision|{who:Ruby's teacher} will {w:check her understanding of instructions} where possible.]]
@P(vague,nodur,nogrp)- [[vague-provision|{who:The SALT} will provide training and advice to school staff as required.]]
@P(vague,nodur,nogrp)- [[vague-provision|{w:A home-school book} will be used regularly to share Ruby's targets with home.]]
2. Cognition and learning
@P- {who:A teaching assistant} will {w:deliver "Little Wandle" phonics catch-up} {f:daily} for {d:10 minutes} {g:1:1}.
@P(vague,nodur,nogrp)- [[vague-provision|Ruby will have access to a differentiated curriculum and {w:pre-teaching of vocabulary}.]]
@P(vague,nodur)- [[vague-provision|{w:Numicon} small group work with {who:a teaching assistant} as appropriate.]]
@P(vague,nodur,nogrp)- [[vague-provision|Ruby will be given {w:extra time to complete tasks}.]]
@P(nodur,nogrp,spec=0)- Ruby will use a {w:word mat and phonics mat} {f:in all writing tasks}. %% No who: not specific.
3. Social, emotional and mental health
@P(vague,nodur,nogrp)- [[vague-provision|Ruby will be given opportunities to develop her social skills and friendships.]]
@P- {who:A teaching assistant} will {w:run a "Talkabout" playground games group} {f:twice a week} for {d:15 minutes} with {g:Ruby and three friends}.
@P(nodur,nogrp)- {who:The class teacher} will {w:give Ruby a "time out" card to go to the book corner when frustrated}, {f:at any time}.
@P(vague,nodur,nogrp)- [[unexplained-acronym|{who:An ELSA} will work with Ruby on recognising and managing her feelings.]] %% 'An ELSA' is a role (who) but the acronym is not explained; no frequency or length.
4. Sensory and physical
@P(nodur,nogrp)- {who:The class teacher} will {w:seat Ruby near the front, away from noise}, {f:in all lessons}.
5. Review
[[past-date|The plan will be reviewed at a meeting by 30 September 2024, and then annually.]]
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN RUBY HAVING SPECIAL EDUCATIONAL NEEDS
@P(vague,nodur,nogrp) [[vague-provision|{who:Audiology} to {w:test Ruby's hearing} if there are concerns.]] %% Audiology named (who); 'if there are concerns' is not a frequency.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN RUBY HAVING SPECIAL EDUCATIONAL NEEDS
None.
##I SECTION I – PLACEMENT
Orrington St Mary's Church of England Primary School (voluntary aided primary school), Orrington, Fenwick.
##J SECTION J – PERSONAL BUDGET
No personal budget has been requested.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Parental advice | Hannah and Liam Ashworth | 12 September 2024
|| Ruby's views (smiley face sheet) | Ruby Ashworth, with Mrs Kate Gilbey | 10 September 2024
|| Educational advice | Mrs Kate Gilbey, class teacher, and Mr Stephen Rowe, SENCo, Orrington St Mary's CE Primary School | 16 September 2024
|| Educational psychology advice | Dr Naomi Fell, educational psychologist | 23 September 2024
|| Speech and language therapy advice | Mrs Jo Cresswell, SALT | 20 September 2024
|| Health advice | Dr Marcus Elwin, community paediatrician | 19 September 2024
Signed: Darren Upton, SEND Caseworker, 27 November 2024.
"""
