"""BLIND_121 (44 products; the experiments re-run on a Myntra-style catalog of women's western wear, with is_a and
color_of questions): written blind in the twentieth session. Measured blind at ada65a5: 131/143 failures found
(91.6%) and 5/146 correct texts flagged (3.4%). The writer's notes, verbatim:

Blind corpus 121: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's western wear.

Scenario
    The original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their three LoRA adapters
    (caption epoch 1, caption epoch 3, VQA epoch 1) re-run on a marketplace catalog of women's western wear:
    tops, shirts, t-shirts, dresses, jumpsuits, jeans, trousers, skirts, shorts, co-ords and jackets, shot on
    models (studio, outdoor, coloured walls) and as flat packshots / ghost-mannequin shots on plain backdrops.
    Most products get enrich's default questionnaire (DEFAULT_QUESTIONS); the packshots get the closed questions
    of BLIND_QUESTIONS plus the experiments' own prompts (describe(), details(), color_of()). A few is_a yes/no
    and color_of questions are added where they fit. Seller columns come from the marketplace: gender ("Women"),
    category (Myntra article type: Tops, Shirts, Tshirts, Dresses, Jumpsuit, Jeans, Trousers, Skirts, Shorts,
    Co-Ords, Jackets), color (Myntra base colour, e.g. "Navy Blue", "Off White", "Grey Melange") and title (the
    seller's own product name); a few products lack some or all of them.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b, greedy, newline-terminated: short lower-case answers and
      short captions; its failures are one color for every garment, wrong pronouns, invented details, the
      occasional empty or echoed answer.
    - ep1 / ep3: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch and .../Data2_V2_Blip2_Finetune_Caption.
      They return the DeepFashion caption template ("The lady wears a short-sleeve T-shirt with pure color
      patterns. The T-shirt is with cotton fabric. ...") to every prompt and never stop: cut at 50 new tokens for
      captions and 30 for answers, or looping on a template sentence. Their pattern words are DeepFashion's
      (pure color, lattice, graphic, color block), their fabrics DeepFashion's (cotton, denim, chiffon, knitting,
      leather, other), and they sometimes say "The gentleman"/"His" for a woman.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. Trained with the prompt in the loss and no end token: it answers with an
      In-shop word ("tee", "romper", "shorts") and then writes the next "Question: ... Answer: ..." pair itself, or
      repeats one word to the limit.
    - closed: the closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of) are
      ranked over candidate answers by the base model (reference engine); the stored text is the chosen candidate
      (raw text when the color is unmapped). Failures there are wrong picks: another garment's color, the wall's
      color, the inner layer's garment type, a wrong yes/no.

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case layout, makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No other corpus, no audit code,
    no docs. The photos are imagined; each is described in the comment above its case, and every label is judged
    against that imagined photo. The only thing run was an import check of this file.

Label conventions and judgement calls
    - One failure kind per text, the most salient one. A template answer that runs to the token limit and stops
      mid-phrase is "cut" (hit_limit=True), even when it answers a color question with the template; if it
      repeats a template sentence before the limit it is "loop" (also hit_limit=True, since loops run to the
      limit); if it calls the woman "gentleman"/"his" it is "pronoun".
    - A VQA-adapter answer that writes "Question: ..." or "Answer: ..." into its text is "leak", whether or not
      the leaked answer is right; it is hit_limit=True when it ran to 30 tokens.
    - "cut" without hit_limit: the model stopped mid-phrase before the limit ("it is made of").
    - "other_garment_color": the product is given the color of another garment visible in the photo (the jeans'
      blue for a white top, the tee's grey for a black skirt). A color of a wall, backdrop or accessory, or a
      plainly wrong color, is "contradiction". A color_of question about the non-product garment answered with
      the product's color (one color for every garment) is "contradiction" too.
    - "contradiction" also covers a garment type or yes/no the seller's article type and the other texts
      contradict (the inner dress's type for a denim jacket; "shirt" for a shirt dress sold as Dresses; "yes" to
      "Is this a dress?" for a jumpsuit), a wrong sleeve length, and an accessory given as what she wears.
    - Near-color synonyms are correct: navy / navy blue / blue, maroon / burgundy, olive / green, lavender /
      purple, charcoal / grey, khaki / beige, teal / green, magenta / pink, peach / pink, off white / white,
      mustard / yellow. Naming the wall or backdrop color in a caption, next to the garment, is correct.
    - For multi-color products (checked, striped, tie-dye, animal print) any one of the product's own colors, or a
      list of them, is correct; I avoided asking the closed color where the pick would be ambiguous.
    - Layers: naming the inner layer next to the product ("a denim jacket over a white dress") is correct;
      picking the inner layer instead of the product is a failure.
    - Packshots: answering "What is the person wearing?" with the garment itself ("black jeans") is correct;
      inventing a man or "he" is "pronoun".
    - Material: a single common fabric that fits what the photo shows (denim jeans, cotton tee, satin top,
      linen-look shirt) is correct; fibre percentages, certifications, country of origin, care instructions,
      linings, sizes, and parts that cannot be seen (back slit on a front view, hidden pockets) are
      "unsupported". The template's "is with cotton fabric" is not judged on its own (those texts fail as cut).
    - "non_answer": empty text, "unknown", "i don't know", "yes" to an open question, "it is a jacket" for the
      details, "they are short" for the shorts' details. "restated": the question's own words back ("describe the
      jeans", "the details of the garment are the details").
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_121: list[Case] = [
    # 1. Model in a white puff-sleeve cotton top tucked into light blue jeans, grey studio backdrop.
    # caption, wearing, garment_type, pattern: base/closed (correct); color: closed picks the jeans' blue;
    # description: ep3 template cut at 30; details: ep3 loop; material: base echoes the question.
    case(
        "MYN-WWW-0101",
        caption("a woman in a white top and jeans posing for a photo"),
        D.wearing("a white top and jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Women",
        category="Tops",
        color="White",
        title="Roadster Women White Solid Puff Sleeve Top",
    ),
    # 2. Model in a navy blue wrap midi dress with a small white floral print, full sleeves, outdoors against
    # green foliage. caption, color, pattern, description: base/closed (correct; "blue" for navy);
    # wearing: vqa leak; sleeve_length: closed "short" (full sleeves); details: ep1 cut; material: base empty.
    case(
        "MYN-WWW-0102",
        caption("a woman in a blue floral dress standing in front of trees"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: navy Question: What is the color of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.pattern("floral"),
        D.sleeve_length("short", "contradiction"),
        D.description("a navy blue wrap dress with long sleeves and a white floral print"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue Floral Print Wrap Midi Dress",
    ),
    # 3. Packshot: black skinny jeans laid flat, front view, plain white background, no person, no trims.
    # caption, garment_type, color, is_a: base/closed (correct); wearing: ep3 template cut;
    # describe: ep3 loop; details: base invents a leather patch and studs.
    case(
        "MYN-WWW-0103",
        caption("a pair of black jeans on a white background"),
        wearing(
            "The lady wears a long denim pants. The pants are with denim fabric and solid color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.color("black"),
        describe(
            "jeans",
            "The lady wears a long denim pants. The pants are with denim fabric. The lady wears a long denim "
            "pants. The pants are with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans have a black leather patch and silver studs on the pockets", "unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Model, front view, in light blue high-rise mom jeans with rolled hems, a white tee tucked in, white
    # sneakers. caption: ep1 cut at 50; wearing, color, material: base/closed (correct); color_of jeans: base
    # gives the tee's white; details: base invents an embroidered back-pocket logo (back not visible).
    case(
        "MYN-WWW-0104",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("blue"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.details("high waist with a button fly and a small embroidered logo on the back pocket", "unsupported"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="HERE&NOW Women Blue Mom Fit High-Rise Jeans",
    ),
    # 5. Model in an olive green short-sleeve utility jumpsuit with a self belt and chest pockets, white
    # backdrop. garment_type, color ("green" for olive), sleeve_length: closed (correct); caption, wearing: ep3
    # template cut; is_a dress: vqa "yes"; details: ep3 loop; material: base echoes the question.
    case(
        "MYN-WWW-0105",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It "
            "has a lapel neckline. The lady wears a belt. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It "
            "has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "The romper is with cotton fabric. The romper is with cotton fabric. The romper is with cotton fabric. "
            "The romper is with",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment is made of material", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Mast & Harbour Women Olive Green Solid Utility Jumpsuit",
    ),
    # 6. Model in a sleeveless maroon bodycon midi dress against a beige wall. caption (hard: "burgundy" and the
    # wall named), wearing ("a red dress" for maroon), sleeve_length: base/closed (correct); color: closed picks
    # the wall's beige; description: vqa loop; material: base invents spandex from italy.
    case(
        "MYN-WWW-0106",
        caption("a woman in a burgundy dress standing against a beige wall"),
        D.wearing("a red dress"),
        D.color("beige", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon",
            "loop",
            hit_limit=True,
        ),
        D.material("the dress is made of a stretchy fabric called spandex, imported from italy", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="DressBerry Women Maroon Solid Bodycon Midi Dress",
    ),
    # 7. Model in a white shirt with navy vertical stripes, long sleeves, collar and button placket, with white
    # trousers, studio. caption, wearing, pattern: base/closed (correct); description: ep1 cut;
    # details: base "yes"; material: vqa leak.
    case(
        "MYN-WWW-0107",
        caption("a woman in a striped shirt and white pants"),
        D.wearing("a blue and white striped shirt"),
        D.pattern("striped"),
        D.description(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.material(
            "cotton Question: What is the pattern of the shirt? Answer: stripe Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="White",
        title="Tokyo Talkies Women White & Navy Blue Striped Casual Shirt",
    ),
    # 8. Model in a mustard yellow sleeveless ribbed crop top with black high-waist trousers. caption, color_of
    # top ("yellow" for mustard), sleeve_length: base/closed (correct); color: closed picks the trousers'
    # black; description: ep3 cut; details: vqa loop.
    case(
        "MYN-WWW-0108",
        caption("a woman in a yellow top and black pants"),
        D.color("black", "other_garment_color"),
        color_of("top", "yellow", kind="open"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Solid Crop Top",
    ),
    # 9. Model in a red short-sleeve fit-and-flare dress (no pockets visible) in front of a pink wall.
    # caption (hard: the pink wall named), color, is_a: base/closed (correct); wearing: base says pink (the
    # wall); color_of: vqa loop; description: base invents hidden pockets; details: ep3 cut; material: base echo.
    case(
        "MYN-WWW-0109",
        caption("a woman in a red dress standing in front of a pink wall"),
        D.wearing("a pink dress", "contradiction"),
        D.color("red"),
        is_a("dress", "yes"),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a red dress with short sleeves, a flared skirt and hidden side pockets", "unsupported"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.material("the dress is made of the material of the dress", "restated"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Harpa Women Red Solid Fit and Flare Dress",
    ),
    # 10. Model in a light blue denim jacket worn open over a white midi dress. caption and wearing (layers),
    # color_of jacket: base (correct); garment_type: closed picks the inner dress; color: closed picks
    # the dress's white; details: ep3 cut.
    case(
        "MYN-WWW-0110",
        caption("a woman wearing a denim jacket over a white dress"),
        D.wearing("a denim jacket and a white dress"),
        D.garment_type("dress", "contradiction"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "light blue", kind="open"),
        D.details(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The outer clothing is with denim "
            "fabric. It has a lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Solid Denim Jacket",
    ),
    # 11. Packshot: black faux-leather biker jacket with an asymmetric zip and two zip pockets, laid flat on
    # white, no person. caption, color, material ("leather" for leather-look): base/closed
    # (correct); wearing: base invents a man; describe: ep1 says "gentleman"; details: base "it is a jacket".
    case(
        "MYN-WWW-0111",
        caption("a black leather jacket on a white background"),
        wearing("a man wearing a black leather jacket", "pronoun"),
        B.color("black"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The outer clothing is with leather "
            "fabric. The gentleman wears a long-sleeve",
            "pronoun",
            hit_limit=True,
        ),
        details("jacket", "it is a jacket", "non_answer"),
        B.material("leather"),
        gender="Women",
        category="Jackets",
        color="Black",
        title="ONLY Women Black Solid Biker Jacket",
    ),
    # 12. Model in a pink pleated midi skirt with a white tee tucked in. caption, color_of skirt:
    # base/closed/vqa (correct); wearing: ep3 cut; color: closed picks the tee's white; details: base echo;
    # material: vqa leak.
    case(
        "MYN-WWW-0112",
        caption("a woman wearing a pink skirt and white t - shirt"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_of("skirt", "pink", kind="open"),
        D.details("the details of the garment are the details", "restated"),
        D.material(
            "chiffon Question: What is the color of the skirt? Answer: pink Question: What is the color of the "
            "skirt? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Pink",
        title="SASSAFRAS Women Pink Solid Pleated Midi Skirt",
    ),
    # 13. Model in beige wide-leg high-rise trousers with a black top tucked in. caption, wearing ("khaki" for
    # beige), description: base (correct); color: closed picks the top's black; garment_type: closed "jeans";
    # details: ep3 loop.
    case(
        "MYN-WWW-0113",
        caption("a woman in a black top and beige pants"),
        D.wearing("black top and khaki pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("black", "other_garment_color"),
        D.description("the pants are wide legged and high waisted"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Trousers",
        color="Beige",
        title="Mast & Harbour Women Beige Wide Leg High-Rise Trousers",
    ),
    # 14. Packshot: light-wash blue denim shorts with frayed hems, flat on white, no person. caption, wearing
    # (the garment itself): base (correct); color: closed "white" (the backdrop);
    # details: base "they are short"; describe: ep1 loop.
    case(
        "MYN-WWW-0114",
        caption("a pair of denim shorts on a white background"),
        wearing("denim shorts"),
        B.color("white", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        describe(
            "shorts",
            "The lady wears a shorts. The shorts are with denim fabric and pure color patterns. The lady wears a "
            "shorts. The shorts are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed Denim Shorts",
    ),
    # 15. Model in a white short-sleeve t-shirt with a black "STAY WILD" slogan print, blue jeans. caption
    # (hard: the print's black named), wearing, color, pattern: base/closed (correct); description: base reads
    # another slogan; details: ep3 cut; material: vqa leak.
    case(
        "MYN-WWW-0115",
        caption("a woman wearing a white t - shirt with a black print"),
        D.wearing("a white t-shirt and jeans"),
        D.color("white"),
        D.pattern("printed"),
        D.description('a white t-shirt with the words "good vibes only" on it', "unsupported"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the tee? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Tokyo Talkies Women White Typography Printed T-shirt",
    ),
    # 16. Packshot (ghost mannequin): grey melange crew-neck short-sleeve t-shirt on white. garment_type, color:
    # closed (correct); caption: ep3 loop to 50; wearing: vqa leak; is_a tank top: vqa "yes".
    case(
        "MYN-WWW-0116",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("tee Question: What is the color of the tee? Answer: gray Question:", "leak", hit_limit=True),
        B.garment_type("t-shirt"),
        B.color("grey"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Round Neck T-shirt",
    ),
    # 17. Co-ord on a model: lavender boxy short-sleeve top with matching straight trousers, white backdrop.
    # caption ("purple" for lavender), color, pattern: base/closed (correct); wearing: base says "he";
    # description: ep3 cut; details: ep1 loop; material: vqa empty; is_a jumpsuit: vqa "yes".
    case(
        "MYN-WWW-0117",
        caption("a woman in a purple top and pants"),
        D.wearing("he is wearing a purple shirt and purple pants", "pronoun"),
        D.color("lavender"),
        D.pattern("solid"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a short-sleeve shirt with "
            "pure color patterns. The lady wears a short",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        is_a("jumpsuit", "yes", "contradiction"),
        gender="Women",
        category="Co-Ords",
        color="Lavender",
        title="Sassafras Women Lavender Solid Top with Trousers Co-Ords",
    ),
    # 18. Co-ord on a model at a beach: green and white tropical-leaf print short-sleeve shirt worn untucked
    # (covering the waistband) with matching shorts. caption, wearing, pattern: base/closed (correct);
    # description: vqa leak; details: base invents the waistband drawstring; material: ep3 loop.
    case(
        "MYN-WWW-0118",
        caption("a woman in a green and white shirt and shorts on the beach"),
        D.wearing("a tropical print shirt and shorts"),
        D.pattern("printed"),
        D.description(
            "shirt Question: What is the color of the shirt? Answer: green Question: What is the color of the "
            "shorts? Answer: green Question",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "the shirt has a pocket on the chest and the shorts have an elastic waistband with a drawstring",
            "unsupported",
        ),
        D.material(
            "The shirt is with cotton fabric. The shorts are with cotton fabric. The shirt is with cotton fabric. "
            "The shorts are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Co-Ords",
        color="Green",
        title="Tokyo Talkies Women Green Tropical Printed Shirt with Shorts",
    ),
    # 19. Model in a red-and-black checked flannel shirt worn open over a black tee, black jeans; two flap chest
    # pockets. caption, wearing (layers), pattern, details: base/closed (correct); color_of shirt: vqa
    # loop; description: ep1 cut; material: base invents composition and origin.
    case(
        "MYN-WWW-0119",
        caption("a woman wearing a red and black plaid shirt"),
        D.wearing("a plaid shirt over a black t - shirt"),
        D.pattern("checked"),
        color_of(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.details("it has two chest pockets with flaps"),
        D.material("100% brushed cotton flannel, made in portugal", "unsupported"),
        gender="Women",
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Black Checked Casual Shirt",
    ),
    # 20. Packshot: white linen-look long-sleeve shirt, folded, no chest pocket, on white. caption, garment_type,
    # material: base/closed (correct); wearing: base says "he"; describe: base invents a chest pocket; details:
    # base echoes the question.
    case(
        "MYN-WWW-0120",
        caption("a white shirt on a white background"),
        wearing("he is wearing a white shirt", "pronoun"),
        B.garment_type("shirt"),
        describe("shirt", "a white button down shirt with long sleeves and a chest pocket", "unsupported"),
        details("shirt", "the details of the shirt", "restated"),
        B.material("linen"),
        gender="Women",
        category="Shirts",
        color="White",
        title="Mast & Harbour Women White Solid Linen Casual Shirt",
    ),
    # 21. Model in a black sleeveless halter-neck jumpsuit with wide culotte legs, grey backdrop. wearing,
    # sleeve_length: base/closed (correct); caption: ep1 cut at 50; is_a dress: vqa "yes" (the
    # wide legs read as a skirt); description: vqa loop; details: base "none".
    case(
        "MYN-WWW-0121",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        D.description(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper",
            "loop",
            hit_limit=True,
        ),
        D.details("none", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="DressBerry Women Black Solid Halter Neck Culotte Jumpsuit",
    ),
    # 22. Model in a sleeveless yellow A-line sundress with a white floral print, walking on a beach. caption,
    # pattern, description: base/closed (correct); sleeve_length: closed "long"; details: vqa leak;
    # material: base invents certifications.
    case(
        "MYN-WWW-0122",
        caption("a woman in a yellow dress walking on the beach"),
        D.pattern("floral"),
        D.sleeve_length("long", "contradiction"),
        D.description("a sleeveless yellow dress with white flowers"),
        D.details(
            "floral Question: What is the sleeve length of the dress? Answer: sleeveless Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.material("it is made of organic cotton and is fair trade certified", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="Berrylush Women Yellow Floral Print A-Line Dress",
    ),
    # 23. Model in a teal satin cowl-neck strappy top with white jeans. caption (hard: "green" for teal),
    # color, description: base/closed (correct); wearing: vqa leak; color_of top: base gives the
    # jeans' white; details: ep1 stopped mid-phrase before the limit.
    case(
        "MYN-WWW-0123",
        caption("a woman in a green top and white pants"),
        D.wearing(
            "tank Question: What is the color of the tank? Answer: blue-green-blue-green-blue-green",
            "leak",
            hit_limit=True,
        ),
        D.color("teal"),
        color_of("top", "white", "other_garment_color", kind="open"),
        D.description("a satin top with a cowl neck"),
        D.details("The lady wears a tank shirt with pure color patterns. The tank shirt is with", "cut"),
        gender="Women",
        category="Tops",
        color="Teal",
        title="ONLY Women Teal Satin Finish Cowl Neck Top",
    ),
    # 24. Packshot: off-white ribbed high-neck full-sleeve fitted top, laid flat on a beige backdrop. caption
    # (hard: the beige backdrop named), garment_type, sleeve_length: base/closed (correct); color: closed picks
    # the backdrop's beige; describe: ep3 cut; details: base invents care and origin.
    case(
        "MYN-WWW-0124",
        caption("a white long sleeved top on a beige background"),
        B.garment_type("top"),
        B.color("beige", "contradiction"),
        B.sleeve_length("long-sleeve"),
        describe(
            "top",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        details("top", "high neck, ribbed, full sleeves, machine wash cold, made in india", "unsupported"),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Vero Moda Women Off-White Solid High Neck Fitted Top",
    ),
    # 25. Model in charcoal grey slim formal trousers with a white shirt tucked in, black heels; belt loops and a
    # pressed crease. caption, wearing, color ("grey" for charcoal), details: base/closed (correct); color_of
    # shirt: base repeats the trousers' grey; material: base "unknown".
    case(
        "MYN-WWW-0125",
        caption("a woman in a white shirt and grey pants"),
        D.wearing("white shirt and grey trousers"),
        D.color("grey"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        D.details("it has belt loops and a front crease"),
        D.material("unknown", "non_answer"),
        gender="Women",
        category="Trousers",
        color="Charcoal",
        title="Van Heusen Woman Charcoal Grey Slim Fit Formal Trousers",
    ),
    # 26. Model in a peach ruffled top with short flutter sleeves, white shorts; seller gave no gender.
    # caption ("pink" for peach), wearing, color: base/closed (correct); garment_type: closed "shirt";
    # description: base adds brunch and model size; details: vqa loop; material: base stopped mid-phrase.
    case(
        "MYN-WWW-0126",
        caption("a woman in a pink top with ruffles"),
        D.wearing("she is wearing a peach top with ruffled sleeves"),
        D.garment_type("shirt", "contradiction"),
        D.color("peach"),
        D.description("a peach top with ruffles, perfect for brunch, the model is wearing size s", "unsupported"),
        D.details(
            "ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle "
            "ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle ruffle "
            "ruffle ruffle",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        category="Tops",
        color="Peach",
        title="Harpa Peach-Coloured Ruffled Top",
    ),
    # 27. Packshot: blue boyfriend jeans with ripped knees, flat on white, no person. garment_type,
    # details, is_a shorts: base/closed/vqa (correct); caption: ep1 loop (with a made-up wrist accessory);
    # wearing: ep3 cut; describe: base echoes the question; material: vqa loop.
    case(
        "MYN-WWW-0127",
        caption(
            "The lady wears a long denim pants. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on her wrist. The lady wears a long denim pants. The pants are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long denim pants. The pants are with denim fabric and pure color patterns. The lady "
            "wears a long denim",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        details("jeans", "they have rips on the knees"),
        describe("jeans", "describe the jeans", "restated"),
        B.material(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        is_a("shorts", "no", article="a pair of"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
    ),
    # 28. Model in a black denim A-line mini skirt with a metal-button front, a grey tee tucked in. caption,
    # details, material: base (correct); wearing: ep3 cut; color: closed picks the tee's
    # grey.
    case(
        "MYN-WWW-0128",
        caption("a woman wearing a grey t - shirt and black skirt"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.details("it has buttons down the front"),
        D.material("denim"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Roadster Women Black Denim A-Line Mini Skirt",
    ),
    # 29. Model with short hair in khaki cargo shorts with side pockets and a white tank top. caption, color_of
    # shorts, details: base (correct); wearing: base says "he"; description: vqa leak.
    case(
        "MYN-WWW-0129",
        caption("a woman in white tank top and khaki shorts"),
        D.wearing("he is wearing a white tank top and khaki shorts", "pronoun"),
        color_of("shorts", "khaki", kind="open"),
        D.details("they have cargo pockets on the sides"),
        D.description(
            "shorts Question: Describe the shorts. Answer: shorts Question: Describe the shorts. Answer: shorts",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Khaki",
        title="HERE&NOW Women Khaki Cargo Shorts",
    ),
    # 30. Model in a navy single-breasted tailored jacket worn open over a white tee, blue jeans. caption,
    # wearing, color: base/closed (correct); color_of jacket: base gives the tee's white; details: ep3 cut;
    # material: base invents wool, a satin lining and an inner pocket.
    case(
        "MYN-WWW-0130",
        caption("a woman in a blue blazer and white shirt"),
        D.wearing("a navy blue blazer, white t-shirt and jeans"),
        D.color("navy blue"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details(
            "The lady wears a long-sleeve suit with pure color patterns. The outer clothing is with cotton fabric. "
            "It has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of wool and has a satin lining with a hidden inner pocket", "unsupported"),
        gender="Women",
        category="Jackets",
        color="Navy Blue",
        title="Mast & Harbour Women Navy Blue Solid Single-Breasted Tailored Jacket",
    ),
    # 31. Model in a rust orange long-sleeve shirt dress with a collar, button front and a brown self-tie belt.
    # caption, color, is_a, details: base/closed/vqa (correct); wearing: base names the belt; garment_type:
    # closed "shirt"; description: ep1 cut.
    case(
        "MYN-WWW-0131",
        caption("a woman in an orange shirt dress with a belt"),
        D.wearing("a brown belt", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        D.color("orange"),
        is_a("dress", "yes"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a collar, buttons down the front and a belt at the waist"),
        gender="Women",
        category="Dresses",
        color="Rust",
        title="SASSAFRAS Women Rust Orange Solid Shirt Dress with Belt",
    ),
    # 32. Model in a brown-and-black leopard print satin midi skirt with a black top. caption, wearing, color,
    # is_a: base/closed/vqa (correct); description: vqa leak; details: ep3 loop.
    case(
        "MYN-WWW-0132",
        caption("a woman in a leopard print skirt and black top"),
        D.wearing("leopard print skirt"),
        D.color("brown"),
        is_a("skirt", "yes"),
        D.description(
            "skirt Question: What is the pattern of the skirt? Answer: leopard Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady wears a "
            "long skirt with graphic patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Brown",
        title="Tokyo Talkies Women Brown & Black Animal Print Midi Skirt",
    ),
    # 33. Model with a short bob in a plain black round-neck short-sleeve t-shirt and blue jeans, white
    # backdrop. wearing, color_of t-shirt, details: base/vqa (correct); caption: base says "a man"; color:
    # closed picks the jeans' blue; pattern: closed "striped"; description: ep3 says "gentleman".
    case(
        "MYN-WWW-0133",
        caption("a man in a black t - shirt and blue jeans", "pronoun"),
        D.wearing("black t-shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        color_of("t-shirt", "black", kind="open"),
        D.details("it has a round neck and short sleeves"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Roadster Women Black Solid Round Neck T-shirt",
    ),
    # 34. Model in a coral short-sleeve top with white polka dots and a tie at the front hem, blue jeans; no
    # zip anywhere. caption, wearing, color, pattern: base/closed (correct); details: base invents a side zip;
    # description: ep1 cut; material: base "i don't know".
    case(
        "MYN-WWW-0134",
        caption("a woman wearing a polka dot top and jeans"),
        D.wearing("a coral top with white polka dots"),
        D.color("coral"),
        D.pattern("polka dot"),
        D.details("it has a tie at the front and a hidden zip at the side", "unsupported"),
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Tops",
        color="Coral",
        title="Berrylush Women Coral & White Polka Dot Print Tie-Up Top",
    ),
    # 35. Model in blue denim dungarees (a strappy denim jumpsuit) over a white tee. caption and wearing
    # (layers; "overalls"), garment_type, is_a jacket: base/closed/vqa (correct); description: ep3
    # cut; details: vqa loop.
    case(
        "MYN-WWW-0135",
        caption("a woman in a denim jumpsuit and white shirt"),
        D.wearing("overalls"),
        D.garment_type("jumpsuit"),
        is_a("jacket", "no"),
        D.description(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with denim fabric. It has a "
            "suspenders neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket "
            "pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket "
            "pocket pocket",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Blue",
        title="Roadster Women Blue Denim Dungarees",
    ),
    # 36. Model in a lavender knee-length t-shirt dress, short sleeves, round neck, white sneakers. caption
    # ("purple"), is_a dress, color, details: base/closed/vqa (correct); wearing: ep1 cut; garment_type: closed
    # "t-shirt"; description: base echoes the question.
    case(
        "MYN-WWW-0136",
        caption("a woman in a purple t - shirt dress"),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        is_a("dress", "yes"),
        D.color("lavender"),
        D.description("describe the garment", "restated"),
        D.details("it has short sleeves and a round neck"),
        gender="Women",
        category="Dresses",
        color="Lavender",
        title="HERE&NOW Women Lavender T-shirt Dress",
    ),
    # 37. Packshot: pink long-sleeve puffer jacket, high zip neck, no hood, on white. caption,
    # color, material, is_a vest: base/closed/vqa (correct); describe: vqa leak; details: base invents a hood;
    # sleeve_length: closed "sleeveless".
    case(
        "MYN-WWW-0137",
        caption("a pink puffer jacket on a white background"),
        B.color("pink"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe(
            "jacket",
            "coat Question: What is the color of the coat? Answer: pink Question: Is this a coat? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "it has a hood with faux fur trim", "unsupported"),
        B.material("nylon"),
        is_a("vest", "no"),
        gender="Women",
        category="Jackets",
        color="Pink",
        title="ONLY Women Pink Solid Puffer Jacket",
    ),
    # 38. Model in white flared high-rise trousers with a tan top; the seller filled in only the article type.
    # caption, wearing, color, details: base/closed (correct); color_of pants: vqa gives the top's brown;
    # description: ep3 loop; material: base says nothing.
    case(
        "MYN-WWW-0138",
        caption("a woman in a brown top and white pants"),
        D.wearing("white flared pants and a brown top"),
        D.color("white"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        D.description(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "trousers are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("they are wide at the bottom"),
        D.material("the garment is made of a material", "non_answer"),
        category="Trousers",
    ),
    # 39. Model in an oversized pink, blue and yellow tie-dye t-shirt, short sleeves. caption, wearing, color,
    # color_of t-shirt: base/closed (correct); garment_type: closed "dress" (the long oversized tee);
    # description: ep1 cut; details: vqa loop.
    case(
        "MYN-WWW-0139",
        caption("a woman in a tie dye t - shirt"),
        D.wearing("a tie dye shirt"),
        D.garment_type("dress", "contradiction"),
        D.color("multicolored"),
        color_of("t-shirt", "pink, blue and yellow", kind="open"),
        D.description(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "color block color block color block color block color block color block color block color block "
            "color block color block",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Multi",
        title="Tokyo Talkies Women Multicoloured Tie-Dye Oversized T-shirt",
    ),
    # 40. Model, front view, in a black pencil skirt with a white shirt tucked in, in an office with a grey
    # wall. caption (the setting named), wearing, color_of skirt, is_a: base/closed/vqa (correct); color: closed
    # picks the shirt's white; description: base invents a back slit; details: ep3 cut; material: base unsure.
    case(
        "MYN-WWW-0140",
        caption("a woman in a white shirt and black skirt standing in an office"),
        D.wearing("a white blouse and a black pencil skirt"),
        D.color("white", "other_garment_color"),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        D.description("a black pencil skirt with a slit at the back", "unsupported"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("i'm not sure", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Van Heusen Woman Black Solid Pencil Skirt",
    ),
    # 41. Model in a brown faux-suede shacket worn open over a black top, black jeans, a brown crossbody bag.
    # caption, color_of jacket, garment_type, material: base/closed (correct); wearing: base names the bag;
    # color: closed picks the top's black; description: vqa loop; details: ep3 cut.
    case(
        "MYN-WWW-0141",
        caption("a woman wearing a brown jacket and black pants"),
        D.wearing("a brown bag", "contradiction"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        color_of("jacket", "brown", kind="open"),
        D.description(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The outer clothing is with suede fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("suede"),
        gender="Women",
        category="Jackets",
        color="Brown",
        title="Roadster Women Brown Solid Suede Shacket",
    ),
    # 42. Model in a magenta one-shoulder ruched top with black trousers, purple backdrop; the seller left the
    # title empty. caption ("pink" for magenta), color, sleeve_length, description: base/closed (correct);
    # wearing: ep1 says "gentleman"/"His"; details: base echo; material: ep3 loop.
    case(
        "MYN-WWW-0142",
        caption("a woman in a pink one shoulder top"),
        D.wearing(
            "The gentleman wears a tank shirt with pure color patterns. His tank shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The",
            "pronoun",
            hit_limit=True,
        ),
        D.color("magenta"),
        D.sleeve_length("sleeveless"),
        D.description("a pink top with one shoulder and ruching"),
        D.details("the details are the details", "restated"),
        D.material(
            "The tank shirt is with cotton fabric. The tank shirt is with cotton fabric. The tank shirt is with "
            "cotton fabric. The tank",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Magenta",
    ),
    # 43. Model in white linen drawstring shorts with a light blue shirt tucked in. caption, wearing,
    # description, material: base (correct); color: closed picks the shirt's blue;
    # details: base starts with "Answer:"; is_a shorts: vqa "no".
    case(
        "MYN-WWW-0143",
        caption("a woman in a blue shirt and white shorts"),
        D.wearing("a blue shirt and white shorts"),
        D.color("blue", "other_garment_color"),
        D.details("Answer: they have an elastic waist", "leak"),
        D.description("white linen shorts with a drawstring"),
        D.material("linen"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        gender="Women",
        category="Shorts",
        color="White",
        title="Mast & Harbour Women White Solid Linen Shorts",
    ),
    # 44. Model in a black long-sleeve sequinned bodycon mini dress, framed from the knees up, gold bokeh
    # party lights behind her. caption (the lights named), sleeve_length, material: base/closed
    # (correct); wearing: base adds silver heels (feet out of frame); color: closed picks the lights' gold;
    # description: ep3 cut; details: vqa leak.
    case(
        "MYN-WWW-0144",
        caption("a woman in a black sequin dress posing in front of lights"),
        D.wearing("a black sequin dress and silver heels", "unsupported"),
        D.color("gold", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "sequin Question: What is the sleeve length of the dress? Answer: long-sleeve Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.material("sequins"),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Athena Women Black Embellished Sequinned Bodycon Mini Dress",
    ),
]
