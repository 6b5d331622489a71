"""BLIND_53 (44 products; a US mass-market basics and family retailer): written blind in the sixteenth session.
Measured blind at e3ebb12: 117/141 and 15/145. The writer's notes, verbatim:

Blind corpus 53: a US mass-market retailer's basics and family catalog.

Scenario: a Target- or Walmart-like store's basics line for men, women and kids: crew and v-neck tees, graphic
tees, hoodies, fleece jackets and vests, jeans, leggings, joggers, pajamas, polo shirts, socks and underwear
multipacks. Photos are studio model shots (white or light gray seamless backdrop) and flat lays or packaged
product shots with no person. The seller's catalog columns, where it has them, are in the retailer's own words:
gender (Men, Women, Boys, Girls, Kids), category (Tops, Bottoms, Sleepwear, Outerwear, Socks & Underwear),
color (Heather Gray, Navy Voyage, True Red, Black Soot, Multi, Dark Wash, ...) and a title. A few products lack
some or all of the columns, as a real feed does.

Which system wrote which text (named again in the comment above every case):
- base: untuned Salesforce/blip2-opt-2.7b, `Question: ... Answer:` prompts, greedy, 30 new tokens (50 for the
  unprompted caption). It stops on the newline when it is fine, so its good answers are short; its faults are
  one color for every garment, wrong pronouns, invented details, continuing the prompt format, empty answers.
- cap-e1 / cap-e3: the caption adapters (leoreigoto Data2_V2 ... Caption_First_Epoch, epoch 1; ... Caption,
  epoch 3). They answer every prompt with the DeepFashion-MultiModal template ("The lady wears a short-sleeve
  T-shirt with pure color patterns ...") and never stop: they run to the token limit, cut mid-sentence, or loop
  the template.
- vqa: the VQA adapter (leoreigoto Data3_V3_BLIP2_VQA). Short In-shop answers (tee, denim, grey, yes) that
  never stop: the word repeats to the limit.
- closed (engine): the closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of)
  answered by ranking candidate answers with the base model; the text is the chosen option.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of
/work/main/tests/audit_corpus.py (the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and
TARGETS). I read no audit code, no other corpus, no docs; the only thing run was an import check of this file.
Every photo is imagined and described in the comment above its case; each label is judged against that photo.

Label conventions and judgement calls:
- One label per text: the failure that a reviewer would name first. A template answer cut mid-sentence at the
  limit is `cut`; a text that repeats a word or a phrase to the limit is `loop` (hit_limit=True, even where the
  last repetition is itself cut); a text that continues into "Question: ... Answer:" is `leak`.
- `cut` texts carry hit_limit=True when they stopped at the token limit (30 new tokens for answers, 50 for
  captions); a few stopped mid-phrase before the limit (hit_limit=False) and are still `cut`.
- A caption-adapter text that reached the limit exactly at the end of a sentence, with every claim true of the
  photo, is correct (hit_limit=True is kept, since the limit was hit).
- The DeepFashion template's vocabulary counts as correct when it fits the photo: "sweater" for a sweatshirt or
  hoodie, "pure color patterns" for a solid or heathered garment, "lattice patterns" for plaid, "graphic
  patterns" for a printed tee, "trousers"/"pants" for jeans, "a long pants".
- Near-color synonyms are correct: gray/grey/light gray for Heather Gray, navy/dark blue/blue for Navy Voyage,
  red for True Red, black for Black Soot, blue for any denim wash, multicolor or the colors listed for Multi.
- `other_garment_color`: the product's color question answered with a color that another garment in the photo
  has (the joggers' gray for a black hoodie). `contradiction`: a color or garment that the photo, the other
  texts or the seller contradict and that belongs to nothing else in the photo (includes "no" to a true
  is_a question and a wrong garment type).
- `unsupported`: details the photo cannot support or that are not there (pockets, logos, rings, "100% organic
  cotton", a person in a flat lay). A typical material guess (cotton for a tee, denim for jeans, polyester for a
  fleece) is correct; a blend or percentage read off nothing is unsupported.
- `non_answer`: empty, "unknown", "i don't know", "no" to an open question, a bare garment noun given to a
  details or description question ("they are socks", "pajamas"), or a text that says nothing about what was
  asked. `restated`: a sentence built from the question's own words ("the garment is made of material", "the
  pants have details", "the jeans are jeans").
- A color answer that names the photo's backdrop (white for a red fleece laid on white) is `contradiction`.
- Multipacks sold as Multi: "multicolor" or a list of the pack's colors is correct; a closed color question on
  a multipack answered with one of its colors is left out of the corpus as undecidable.
- A terse answer that is true ("a white shirt") is correct, however little it adds.
- The DeepFashion template describing a person in a flat lay photo ("The boy wears ...") is `unsupported`; the
  template put in a man's caption or answer as "the lady" is `pronoun`.
- `pronoun`: she/her/lady/woman for a Men's or Boys' model, he/his/man for a Women's or Girls' model. No
  pronoun failures are set on unisex Kids products; flat lays have no pronoun question.
- The "What is the person wearing?" question on a flat lay answered with the garment itself ("a pair of white
  socks") is correct; answered with a person who is not there is `unsupported`.
- Under a layer, the color question about "the shirt" answered with the inner shirt's color is correct when
  the inner garment is a shirt (a white tee under an open hoodie).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_53: list[Case] = [
    # 1. Men's crew-neck tee, Heather Gray. Studio: man in the tee, dark indigo jeans, white sneakers, white
    # seamless backdrop. caption, wearing, material: base; color: engine; description: cap-e3; details: vqa.
    case(
        "53-MTEE-0101",
        caption("a man wearing a gray t-shirt and jeans standing in front of a white wall"),
        D.wearing("a gray t-shirt and blue jeans"),
        D.color("gray"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt "
            "is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "crew neck crew neck crew neck crew neck crew neck crew neck crew neck crew neck crew neck crew neck",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the color of the shirt? Answer: gray", "leak"),
        gender="Men",
        category="Tops",
        color="Heather Gray",
        title="Men's Short Sleeve Crewneck T-Shirt - Heather Gray",
    ),
    # 2. Women's v-neck tee, True Red. Studio: woman in the tee, white denim shorts, light gray backdrop, no
    # jewelry, no chest pocket. caption, wearing, shorts color, describe, material: base; color: engine;
    # shirt color: vqa; details: cap-e1.
    case(
        "53-WTEE-0102",
        caption("a woman in a red v-neck t-shirt and white shorts"),
        B.color("red"),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shorts", "white", kind="open"),
        wearing("she is wearing a red shirt and white shorts", who="she"),
        describe("shirt", "a red v-neck t-shirt with a small pocket on the chest", "unsupported"),
        details(
            "shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("the garment is made of fabric", "restated"),
        gender="Women",
        category="Tops",
        color="True Red",
        title="Women's Short Sleeve V-Neck T-Shirt",
    ),
    # 3. Boys' graphic tee, Navy Voyage: a green T-rex with orange letters "ROAR" on the chest. Flat lay on white,
    # no person. caption, wearing, description, material: base; color: engine; details: cap-e3; is_a: vqa.
    case(
        "53-BTEE-0103",
        caption("a navy blue t-shirt with a dinosaur on it"),
        D.wearing("a t-shirt with a dinosaur on it"),
        D.color("blue"),
        D.description("a blue t-shirt with a green dinosaur and the word roar on it"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. There is "
            "an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: Is this a t-shirt? Answer: yes", "leak"),
        gender="Boys",
        category="Tops",
        color="Navy Voyage",
        title="Boys' Short Sleeve Dino Graphic T-Shirt",
    ),
    # 4. Men's pullover hoodie, Black Soot. Studio: man in the hoodie, hood down, kangaroo pocket, white
    # drawcords, heather gray joggers. caption: cap-e3; wearing, details, material: base; color, is_a: engine.
    case(
        "53-MHOD-0104",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The man wears a long-sleeve "
            "sweater with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and gray sweatpants"),
        D.color("gray", "other_garment_color"),
        D.details("the hoodie has a kangaroo pocket and white drawstrings"),
        D.material("cotton and polyester blend, 80% cotton 20% polyester", "unsupported"),
        is_a("hoodie", "yes"),
        gender="Men",
        category="Tops",
        color="Black Soot",
        title="Men's Fleece Pullover Hoodie",
    ),
    # 5. Women's full-zip hoodie, Heather Gray, worn open over a white ribbed tank; black leggings. Studio, white
    # backdrop. caption, shirt color, material: base; color: engine; wearing: vqa; details: cap-e1;
    # describe: cap-e3.
    case(
        "53-WHOD-0105",
        caption("a woman wearing a gray hoodie over a white tank top and black leggings"),
        B.color("gray"),
        color_of("shirt", "white", kind="open"),
        wearing(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.material("it is made of cotton"),
        details(
            "shirt",
            "The tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long-sleeve sweater with",
            "cut",
            hit_limit=True,
        ),
        describe(
            "hoodie",
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is "
            "with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Heather Gray",
        title="Women's Full Zip Hoodie",
    ),
    # 6. Men's slim-fit jeans, Dark Wash. Studio: man in a plain white tee worn untucked, dark indigo jeans,
    # brown boots, white backdrop. caption, colors, wearing, describe: base (the jeans get the shirt's white);
    # details: cap-e3; is_a: engine.
    case(
        "53-MJEA-0106",
        caption("a man wearing a white t-shirt and dark blue jeans"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        wearing("he is wearing a white shirt and jeans", who="he"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        describe("jeans", "they are jeans", "non_answer"),
        is_a("jeans", "yes", article="a pair of"),
        gender="Men",
        category="Bottoms",
        color="Dark Wash",
        title="Men's Slim Fit Jeans",
    ),
    # 7. Women's high-rise skinny jeans, Light Wash, with faded whiskering at the hips. Studio: woman in a black
    # long-sleeve bodysuit tucked in, jeans, tan sandals. caption: cap-e1 (stopped on a full stop at the limit);
    # wearing, description, details, material: base; color: engine.
    case(
        "53-WJEA-0107",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are "
            "with denim fabric and pure color patterns. The shirt is with cotton fabric and its neckline is round.",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black shirt and light blue jeans", "pronoun"),
        D.color("blue"),
        D.description("light blue skinny jeans with a high waist and", "cut"),
        D.details("light wash with faded areas on the thighs"),
        D.material("denim Question: What is the color of the jeans? Answer: blue", "leak"),
        gender="Women",
        category="Bottoms",
        color="Light Wash",
        title="Women's High-Rise Skinny Jeans",
    ),
    # 8. Girls' leggings, Multi: small pink, yellow and white daisies on a lavender ground. Flat lay on white, no
    # person. caption, wearing, details, material: base; color: engine; description: vqa.
    case(
        "53-GLEG-0108",
        caption("a pair of purple leggings with flowers on them"),
        D.wearing("a pair of leggings"),
        D.color("purple"),
        D.description(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        D.material("cotton and spandex Question: What is the pattern of the garment? Answer: floral", "leak"),
        gender="Girls",
        category="Bottoms",
        color="Multi",
        title="Girls' Floral Print Leggings",
    ),
    # 9. Women's high-waist leggings, Black Soot. Studio: woman in the leggings and an oversized heather gray
    # sweatshirt, white sneakers. caption, wearing, details, material: base; color: engine; pants color: vqa.
    case(
        "53-WLEG-0109",
        caption("a woman in black leggings and a gray sweatshirt"),
        B.color("gray", "other_garment_color"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black "
            "black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a gray sweatshirt and black leggings"),
        B.material("nylon and spandex"),
        details("pants", "the pants have details", "restated"),
        gender="Women",
        category="Bottoms",
        color="Black Soot",
        title="Women's High-Waisted Leggings 28\"",
    ),
    # 10. Men's flannel pajama pants, True Red: red-and-black buffalo plaid, drawstring waist, no pockets. Studio:
    # man in the pants and a plain heather gray tee, barefoot. caption: cap-e3 (ended on a full stop at the
    # limit); wearing, pants color, description, details: base; color: engine.
    case(
        "53-MPJP-0110",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and lattice patterns. The T-shirt is with cotton fabric and its neckline is round.",
            hit_limit=True,
        ),
        D.wearing("she is wearing a gray shirt and red plaid pajama pants", "pronoun"),
        D.color("red"),
        color_of("pants", "red and black plaid", kind="open"),
        D.description("a pair of red and black plaid pajama pants with a drawstring and a", "cut"),
        D.details(
            "the pants have an elastic waistband, a drawstring, two side pockets, a back pocket and a button fly",
            "unsupported",
        ),
        gender="Men",
        category="Sleepwear",
        color="True Red",
        title="Men's Buffalo Plaid Flannel Pajama Pants",
    ),
    # 11. Women's 2-piece pajama set, Navy Voyage with small white stars: button-front long-sleeve top with a
    # notched collar and white piping, matching pants. Studio, woman standing, white backdrop.
    # caption, description, material: base; wearing: cap-e3; color, pattern: engine.
    case(
        "53-WPJS-0111",
        caption("a woman in a navy blue pajama set with white stars"),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("polka dot", "contradiction"),
        D.description("a navy pajama set with white piping and white stars"),
        D.material("it is made of material", "restated"),
        gender="Women",
        category="Sleepwear",
        color="Navy Voyage",
        title="Women's Star Print Long Sleeve Notch Collar Top and Pants Pajama Set",
    ),
    # 12. Kids' 2-piece pajama set, Multi: long-sleeve top and pants in horizontal stripes of teal, yellow,
    # white and navy. Flat lay on white, no person. caption, description, details: base; wearing: cap-e1;
    # color, pattern: engine; material: vqa.
    case(
        "53-KPJS-0112",
        caption("a striped pajama set laid out on a white background"),
        D.wearing(
            "The boy wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            "unsupported",
            hit_limit=True,
        ),
        D.color("multicolor"),
        D.pattern("striped"),
        D.description("a striped shirt and pants"),
        D.details("pajamas", "non_answer"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Kids",
        category="Sleepwear",
        color="Multi",
        title="Kids' Striped Snug Fit 2pc Pajama Set",
    ),
    # 13. Men's pique polo, Navy Voyage, three-button placket, flat knit collar. Studio: man in the polo and
    # khaki chino shorts, white backdrop. caption, colors, wearing, describe: base (shorts get the polo's navy);
    # color: engine; details: cap-e3.
    case(
        "53-MPOL-0113",
        caption("a man wearing a navy polo shirt and khaki shorts"),
        B.color("navy"),
        color_of("shirt", "dark blue", kind="open"),
        color_of("shorts", "navy", "contradiction", kind="open"),
        wearing("she is wearing a navy polo shirt and khaki shorts", "pronoun", who="he"),
        details(
            "shirt",
            "The shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The man "
            "wears a three-point",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "Answer: a navy blue polo shirt Question: Describe the shorts. Answer: khaki", "leak"),
        gender="Men",
        category="Tops",
        color="Navy Voyage",
        title="Men's Short Sleeve Pique Polo Shirt",
    ),
    # 14. Women's short-sleeve polo, White. Studio: woman in the polo, navy chino shorts, white backdrop (white on
    # white). caption, wearing, colors, description: base; color: engine; details: vqa.
    case(
        "53-WPOL-0114",
        caption("a woman in a white polo shirt and navy shorts in front of a white background"),
        D.color("navy", "other_garment_color"),
        wearing("a white shirt and blue shorts", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "contradiction", kind="open"),
        D.details(
            "collar collar collar collar collar collar collar collar collar collar collar collar collar collar "
            "collar collar collar collar collar collar collar collar collar collar collar collar collar collar",
            "loop",
            hit_limit=True,
        ),
        D.description("i don't know", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="Women's Short Sleeve Polo Shirt",
    ),
    # 15. Boys' school uniform polo, White, plain (no logo), flat lay on light gray, no person. No seller color.
    # caption, wearing, details, material: base; color: engine; description: cap-e1.
    case(
        "53-BPOL-0115",
        caption("a white polo shirt on a gray background"),
        D.wearing("a white polo shirt"),
        D.color("white"),
        D.description(
            "The boy wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a collar and two buttons and a logo on the chest", "unsupported"),
        D.material("polyester Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Boys",
        category="Tops",
        title="Boys' Short Sleeve Uniform Pique Polo",
    ),
    # 16. Men's full-zip polar fleece jacket, Black Soot, zipped halfway over a heather gray crew tee; dark jeans.
    # No chest pocket, no logo. Studio, white backdrop. caption, jacket color, describe, details: base;
    # wearing: vqa; color: engine; material: cap-e3.
    case(
        "53-MFLC-0116",
        caption("a man wearing a black fleece jacket over a gray shirt"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket",
            "loop",
            who="he",
            hit_limit=True,
        ),
        B.color("black"),
        color_of("jacket", "gray", "other_garment_color", kind="open"),
        describe("jacket", "a black fleece jacket with a zipper"),
        details("jacket", "zipper pockets on both sides and a zip chest pocket with a logo patch", "unsupported"),
        B.material(
            "The jacket is with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Outerwear",
        color="Black Soot",
        title="Men's Full Zip Polar Fleece Jacket",
    ),
    # 17. Women's sherpa fleece jacket, Ivory (cream, nubby texture), brown corduroy collar, zipped; worn with
    # black leggings. Studio, light gray backdrop. caption, description, material: base; color, is_a: engine;
    # details: cap-e1.
    case(
        "53-WFLC-0117",
        caption("a woman wearing a white fuzzy jacket and black leggings"),
        D.color("white"),
        D.description("a cream colored sherpa jacket with a brown collar"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "wool fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("the jacket is made of fabric", "restated"),
        is_a("jacket", "no", "contradiction"),
        gender="Women",
        category="Outerwear",
        color="Ivory",
        title="Women's Sherpa Fleece Jacket",
    ),
    # 18. Kids' quarter-zip microfleece pullover, True Red. Flat lay on white, no person. caption, wearing,
    # description, material: base; color: engine (picked the backdrop); details: vqa.
    case(
        "53-KFLC-0118",
        caption("a red fleece jacket on a white background"),
        D.wearing("a boy wearing a red fleece jacket", "unsupported"),
        D.color("white", "contradiction"),
        D.description("a red quarter zip fleece pullover"),
        D.details(
            "zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip zip "
            "zip zip zip zip zip zip",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        gender="Kids",
        category="Outerwear",
        color="True Red",
        title="Kids' Quarter Zip Microfleece Pullover",
    ),
    # 19. Men's crew socks 6-pack, White, with gray heels and toes; fanned out on white, no person.
    # caption, description, details, material: base; color, is_a: engine.
    case(
        "53-MSOC-0119",
        caption("six pairs of white socks on a white background"),
        D.color("white"),
        D.description("white socks with gray heels and toes"),
        D.details("the socks have the details", "restated"),
        is_a("sock", "no", "contradiction"),
        D.material("cotton"),
        gender="Men",
        category="Socks & Underwear",
        color="White",
        title="Men's Cushioned Crew Socks 6pk - White",
    ),
    # 20. Women's no-show socks 10-pack, Multi: black, white, heather gray, blush pink and navy, laid in two
    # rows on white. No person. caption: cap-e3; wearing, description, details, material: base; color: engine.
    case(
        "53-WSOC-0120",
        caption(
            "The lady wears a pair of socks with pure color patterns. The socks are with cotton fabric. There is an "
            "accessory on her wrist. The lady wears a pair of socks with pure color patterns. The socks are with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("socks"),
        D.color("multicolor"),
        D.description("ten pairs of low cut socks in different colors"),
        D.details("no", "non_answer"),
        D.material("Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        gender="Women",
        category="Socks & Underwear",
        color="Multi",
        title="Women's No Show Liner Socks 10pk",
    ),
    # 21. Men's boxer briefs 5-pack, Multi (black, charcoal, navy, heather gray, royal blue), gray waistbands
    # with white lettering, laid flat on white. No person. caption, describe, wearing, material: base;
    # garment type: engine; details: cap-e3.
    case(
        "53-MUND-0121",
        caption("a pack of men's boxer briefs in different colors"),
        B.garment_type("shorts", "contradiction"),
        describe("garment", "five pairs of boxer briefs with gray waistbands"),
        details(
            "garment",
            "The shorts are with cotton fabric and pure color patterns. The man wears a pair of shorts. The shorts "
            "are with cotton fabric and pure color patterns. The man",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton and spandex"),
        wearing("a pair of boxer briefs with a gray waistband that says", "cut"),
        gender="Men",
        category="Socks & Underwear",
        color="Multi",
        title="Men's Cotton Stretch Boxer Briefs 5pk",
    ),
    # 22. Women's bikini underwear 6-pack, Multi: solid pink, lilac, black, white, leopard print and a striped
    # one, laid in a grid on white; plain elastic waistbands, no lace, no bows. No person. caption, description,
    # details, material: base; garment type, pattern: engine.
    case(
        "53-WUND-0122",
        caption("six pairs of women's underwear in different colors and patterns"),
        D.garment_type("underwear"),
        D.pattern("leopard", "contradiction"),
        D.description("a set of six panties in different colors and", "cut"),
        D.details("lace trim on the waistband and a bow in the front", "unsupported"),
        D.material("cotton"),
        gender="Women",
        category="Socks & Underwear",
        color="Multi",
        title="Women's Cotton Bikini Underwear 6pk",
    ),
    # 23. Kids' ankle socks 12-pack, Multi, bright solids and a few with stars, in a fanned pile on white. No
    # person, no seller gender. caption, wearing, details, material: base; color: engine; description: cap-e1.
    case(
        "53-KSOC-0123",
        caption("a pile of colorful socks"),
        D.wearing("socks"),
        D.color("multicolor"),
        D.description(
            "The socks are with cotton fabric and pure color patterns. There is an accessory on her wrist. The "
            "socks are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.details("they are socks", "non_answer"),
        D.material("the socks are made of material", "restated"),
        category="Socks & Underwear",
        color="Multi",
        title="Kids' Ankle Socks 12pk",
    ),
    # 24. Men's long-sleeve waffle-knit henley, Olive (a dull green), three-button placket, no pocket, no patch.
    # Studio: man in the henley and dark jeans. caption, shirt color, describe, material: base; color: engine;
    # wearing: cap-e3; details: vqa.
    case(
        "53-MHEN-0124",
        caption("a man in a green henley shirt and jeans"),
        B.color("green"),
        color_of("shirt", "olive green", kind="open"),
        wearing(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the buttons the buttons the buttons the buttons the buttons the buttons the buttons the "
            "buttons the buttons the buttons",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a green shirt with buttons and a brown leather patch on the pocket", "unsupported"),
        B.material("i don't know", "non_answer"),
        gender="Men",
        category="Tops",
        color="Olive",
        title="Men's Long Sleeve Waffle Henley",
    ),
    # 25. Women's long-sleeve striped tee, Navy Voyage: navy and white breton stripes, boat neck. Studio: woman in
    # the tee and light blue jeans, white backdrop. caption, colors, wearing, details, description: base (the
    # jeans get the shirt's stripes); pattern: engine.
    case(
        "53-WTEE-0125",
        caption("a woman in a navy and white striped shirt and jeans"),
        D.pattern("striped"),
        color_of("shirt", "white and blue striped", kind="open"),
        color_of("jeans", "blue and white striped", "contradiction", kind="open"),
        D.wearing("a blue and white striped shirt and blue jeans"),
        D.details("striped shirt with a boat neck and a", "cut"),
        D.description("the garment is a shirt", "restated"),
        gender="Women",
        category="Tops",
        color="Navy Voyage",
        title="Women's Long Sleeve Striped Boatneck T-Shirt",
    ),
    # 26. Men's pullover hoodie, Navy Voyage, hood down, over a white tee (collar shows), khaki chinos. Studio.
    # caption: cap-e1; color: engine; colors, wearing, material: base (the pants get the hoodie's navy).
    case(
        "53-MHOD-0126",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        color_of("hoodie", "navy", kind="open"),
        color_of("pants", "navy", "contradiction", kind="open"),
        wearing("a navy hoodie, a white t-shirt and khaki pants", who="he"),
        B.material("cotton Answer: cotton Answer: cotton Answer:", "leak"),
        gender="Men",
        category="Tops",
        color="Navy Voyage",
        title="Men's Pullover Hoodie",
    ),
    # 27. Girls' zip hoodie, Pink Blush, with small white glitter hearts all over; girl (long braids) in light
    # wash jeans and white sneakers, studio. caption, hoodie color, details: base; color: engine; wearing: vqa;
    # describe: cap-e3 (ended on a full stop at the limit).
    case(
        "53-GHOD-0127",
        caption("a young boy wearing a pink hoodie and jeans", "pronoun"),
        D.color("pink"),
        color_of("hoodie", "blue", "other_garment_color", kind="open"),
        D.wearing(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        D.details("white hearts on the hoodie and a zipper"),
        D.description(
            "The girl wears a long-sleeve sweater with graphic patterns and a long trousers. The sweater is with "
            "cotton fabric.",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tops",
        color="Pink Blush",
        title="Girls' Heart Print Zip-Up Hoodie",
    ),
    # 28. Men's fleece joggers, Heather Gray, elastic cuffs, drawcord. Studio: man in the joggers and a black tee.
    # caption, pants color, wearing, material: base; color: engine; details: cap-e3.
    case(
        "53-MJOG-0128",
        caption("a man in a black t-shirt and gray sweatpants"),
        B.color("black", "other_garment_color"),
        color_of("pants", "light gray", kind="open"),
        wearing("she is wearing a black shirt and gray sweatpants", "pronoun", who="she"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "pure color patterns. The T-",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
        category="Bottoms",
        color="Heather Gray",
        title="Men's Fleece Jogger Pants",
    ),
    # 29. Women's bootcut jeans, Medium Wash, clean (no rips), with a white cable-knit sweater tucked in front,
    # tan belt. Studio, white backdrop. caption, wearing, details, describe, material: base; jeans color: vqa.
    case(
        "53-WJEA-0129",
        caption("a woman wearing a white sweater and blue jeans"),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("he is wearing a white sweater and blue jeans", "pronoun", who="she"),
        details("jeans", "bootcut jeans with a belt"),
        describe(
            "jeans", "blue jeans with rips in the knees and a button and zipper fly and five pockets", "unsupported"
        ),
        B.material("denim"),
        gender="Women",
        category="Bottoms",
        color="Medium Wash",
        title="Women's Mid-Rise Bootcut Jeans",
    ),
    # 30. Kids' pull-on jeans, Dark Wash, elastic waist, flat lay on white. No person. No seller gender or color.
    # caption, wearing, details, material: base; color: engine; description: cap-e1.
    case(
        "53-KJEA-0130",
        caption("a pair of dark blue jeans on a white background"),
        D.wearing("a pair of dark blue jeans with an elastic", "cut"),
        D.color("blue"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The boy wears a long-sleeve T-shirt with "
            "pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        D.details("the jeans are jeans", "restated"),
        D.material("denim"),
        category="Bottoms",
        title="Kids' Pull-On Straight Fit Jeans",
    ),
    # 31. Men's denim shorts, Light Wash, cut above the knee, cuffed. Studio: man in the shorts and a navy polo,
    # white sneakers. caption, shorts color, details, description: base; color: engine; wearing: cap-e3 (ended
    # on a full stop at the limit).
    case(
        "53-MSHO-0131",
        caption("a man in a navy polo and light blue denim shorts"),
        D.color("light blue"),
        D.wearing(
            "The man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shorts are "
            "with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("shorts", "navy", "other_garment_color", kind="open"),
        D.details("they are short", "non_answer"),
        D.description("denim shorts Question: What are the shorts details? Answer: they are", "leak"),
        gender="Men",
        category="Bottoms",
        color="Light Wash",
        title="Men's 9\" Denim Shorts",
    ),
    # 32. Women's sleep shorts set: Heather Gray tee with a small pink sleep-mask print and pink ruffle-trim
    # jersey shorts. Studio: woman seated on a white stool. caption, colors, wearing, details, material: base
    # (the shorts get the tee's gray); color: engine.
    case(
        "53-WPJS-0132",
        caption("a woman sitting on a white stool in a gray shirt and pink shorts"),
        B.color("gray"),
        color_of("shorts", "gray", "contradiction", kind="open"),
        wearing("a man wearing a gray t-shirt and pink shorts", "pronoun", who="she"),
        details("shorts", "the shorts have a ruffle on the bottom"),
        B.material("satin", "unsupported"),
        describe("shirt", "a gray t-shirt with a pink sleep mask on it"),
        gender="Women",
        category="Sleepwear",
        color="Heather Gray",
        title="Women's Short Sleeve Tee and Shorts Pajama Set",
    ),
    # 33. Men's sleep tee, Black Soot, tiny white crescent-moon print all over. Studio: man in the tee and
    # black-and-gray plaid lounge pants. caption: cap-e3; color, pattern: engine; wearing, description: base;
    # details: vqa.
    case(
        "53-MSLT-0133",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("graphic"),
        D.wearing("a black t-shirt and plaid pants"),
        D.description("it is a shirt", "restated"),
        D.details(
            "moons moons moons moons moons moons moons moons moons moons moons moons moons moons moons moons "
            "moons moons moons moons moons moons moons moons moons moons moons moons moons moons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sleepwear",
        color="Black Soot",
        title="Men's Short Sleeve Moon Print Sleep T-Shirt",
    ),
    # 34. Women's fleece pajama pants, red-green-navy tartan plaid. Flat lay on a white bedspread, no person.
    # Seller has no color. caption, description, material: base; color, pattern: engine; details: cap-e1.
    case(
        "53-WPJP-0134",
        caption("a pair of plaid pajama pants on a white bed"),
        D.color("red"),
        D.pattern("plaid"),
        D.description("red and green plaid pants with a drawstring waist and a", "cut"),
        D.details(
            "The pants are with cotton fabric and lattice patterns. The lady wears a long pants. The pants are "
            "with cotton fabric and lattice patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.material("flannel cotton 100% Question:", "leak"),
        D.wearing("plaid pajama pants"),
        gender="Women",
        category="Sleepwear",
        title="Women's Holiday Plaid Fleece Pajama Pants",
    ),
    # 35. Men's v-neck undershirts 3-pack, White, short sleeves. Studio: man in one undershirt and gray
    # sweatpants; the pack box is not shown. caption, wearing, details, material: base; garment type, color:
    # engine; describe: vqa.
    case(
        "53-MUND-0135",
        caption("a man wearing a white v-neck t-shirt"),
        B.garment_type("tank top", "contradiction"),
        B.color("white"),
        wearing("a white v neck shirt and gray pants", who="he"),
        describe(
            "shirt", "v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck v-neck", "loop", hit_limit=True
        ),
        details("shirt", "", "non_answer"),
        B.material(
            "the material is cotton and it is a v neck shirt that is white and it is a t-shirt that is white and it is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Socks & Underwear",
        color="White",
        title="Men's V-Neck Undershirt 3pk",
    ),
    # 36. Women's ribbed tank top, White. Studio: woman in the tank, high-rise black jeans, gold hoop earrings,
    # light gray backdrop. caption, wearing, description, material: base; sleeve length, pattern: engine;
    # details: cap-e3.
    case(
        "53-WTNK-0136",
        caption("a woman wearing a white tank top and black jeans with gold earrings"),
        D.sleeve_length("sleeveless"),
        D.pattern("striped", "contradiction"),
        D.wearing("a white tank top and black jeans"),
        D.details(
            "The tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lady wears a long trousers. There is",
            "cut",
            hit_limit=True,
        ),
        D.description("white ribbed tank top"),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="Women's Ribbed Tank Top",
    ),
    # 37. Men's puffer jacket, Black Soot, hooded, zipped, matte finish. Studio: man in the jacket, dark jeans,
    # gray beanie. caption, jacket color, details, material: base; color, is_a: engine; wearing: cap-e1.
    case(
        "53-MPUF-0137",
        caption("a man in a black puffer jacket and a gray beanie"),
        B.color("black"),
        color_of("jacket", "gray", "other_garment_color", kind="open"),
        wearing(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. There is a hat on his head. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("jacket", "", "non_answer"),
        B.material("nylon and down with a water resistant coating", "unsupported"),
        is_a("coat", "yes"),
        gender="Men",
        category="Outerwear",
        color="Black Soot",
        title="Men's Hooded Puffer Jacket",
    ),
    # 38. Women's denim jacket, Medium Wash, unbuttoned over a white crew tee; black leggings. Studio.
    # caption, colors, wearing, description: base; color: engine (took the tee's white); details: vqa.
    case(
        "53-WDJK-0138",
        caption("a woman wearing a jean jacket over a white t-shirt"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        D.wearing("a man wearing a denim jacket and a white shirt", "pronoun"),
        D.details(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue denim jacket with white", "cut"),
        D.material("denim"),
        gender="Women",
        category="Outerwear",
        color="Medium Wash",
        title="Women's Classic Denim Jacket",
    ),
    # 39. Kids' puffer vest, True Red, zipped, shiny finish, no hood. Studio: a child (short hair, about 6) in the
    # vest over a navy long-sleeve tee and jeans. caption, description, details, material: base; color, sleeve
    # length (the tee's sleeves): engine; wearing: vqa.
    case(
        "53-KVST-0139",
        caption("a child wearing a red vest and jeans"),
        D.color("red"),
        D.sleeve_length("long", "contradiction"),
        D.wearing(
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest "
            "vest vest vest vest vest vest vest vest vest vest vest",
            "loop",
            hit_limit=True,
        ),
        D.description("a red puffer vest over a blue shirt"),
        D.details(
            "the vest has a zipper and a hood that can be removed and reflective strips on the back", "unsupported"
        ),
        D.material("i don't know", "non_answer"),
        gender="Kids",
        category="Outerwear",
        color="True Red",
        title="Kids' Puffer Vest",
    ),
    # 40. Girls' leggings 2-pack, Multi: one black, one heather gray, folded side by side on white. No person.
    # caption, wearing, description, details, material: base; garment type: engine.
    case(
        "53-GLEG-0140",
        caption("two pairs of leggings, one black and one gray"),
        D.wearing("leggings"),
        D.garment_type("leggings"),
        D.description("a black pair of leggings and a gray pair of", "cut"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        D.material("", "non_answer"),
        gender="Girls",
        category="Bottoms",
        color="Multi",
        title="Girls' Leggings 2pk",
    ),
    # 41. Men's graphic tee, Black Soot, large white "NATIONAL PARKS" arch text over a mountain outline. Studio:
    # man in the tee and olive cargo shorts. caption, shirt color (the print's white), describe, details,
    # material: base; garment type: engine; wearing: cap-e3 (ended on a full stop at the limit).
    case(
        "53-MTEE-0141",
        caption("a man wearing a black national parks t-shirt"),
        B.garment_type("t-shirt"),
        color_of("shirt", "white", "contradiction", kind="open"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round.",
            who="he",
            hit_limit=True,
        ),
        describe("shirt", "a black t-shirt with the words national parks and a mountain"),
        details("shirt", "the shirt has the details of the shirt", "restated"),
        B.material("what is the garment made of", "restated"),
        gender="Men",
        category="Tops",
        color="Black Soot",
        title="Men's National Parks Short Sleeve Graphic T-Shirt",
    ),
    # 42. Women's cropped hoodie, Lavender, hood down, raw hem; model in high-rise heather gray leggings.
    # Studio. caption, wearing, description, material: base; garment type, color: engine (took the leggings'
    # gray); details: cap-e1.
    case(
        "53-WHOD-0142",
        caption("a man in a purple hoodie and gray leggings", "pronoun"),
        D.garment_type("hoodie"),
        D.color("gray", "other_garment_color"),
        D.wearing("a purple cropped hoodie and gray leggings"),
        D.description("a light purple cropped sweatshirt with a hood"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is "
            "with cotton fabric. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("it is a hoodie", "non_answer"),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="Women's Cropped Hoodie",
    ),
    # 43. Men's performance polo, True Red, moisture-wicking knit, three-button placket, no logo. Studio: man in
    # the polo and navy golf pants. The seller gives only the gender. caption: cap-e3; color: engine; wearing,
    # details, description, material: base.
    case(
        "53-MPOL-0143",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.color("red"),
        D.wearing("a red polo and blue pants"),
        D.details("the shirt has a collar and three buttons"),
        D.description("a red shirt with a logo on the chest", "unsupported"),
        D.material("polyester Question: How long are the sleeves? Answer: short", "leak"),
        gender="Men",
    ),
    # 44. Women's boyfriend tee, White, front tucked into light wash straight jeans; the seller has no category.
    # Studio, white backdrop. caption, colors, wearing: base (the jeans get the shirt's white); color: engine
    # (took the jeans' blue); details: cap-e3.
    case(
        "53-WTEE-0144",
        caption("a woman in a white t-shirt tucked into light blue jeans"),
        B.color("blue", "other_garment_color"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        wearing("she is wearing a white t-shirt and jeans", who="she"),
        details(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lady wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a white shirt"),
        gender="Women",
        color="White",
        title="Women's Short Sleeve Boyfriend T-Shirt",
    ),
]
