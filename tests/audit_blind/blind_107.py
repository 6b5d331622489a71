"""BLIND_107 (44 products; the experiments re-run on a Myntra-style catalog of kids' wear, with is_a and color_of
questions): written blind in the twentieth session. Measured blind at ebb051b: 129/144 failures found (89.6%) and
7/149 correct texts flagged (4.7%). The writer's notes, verbatim:

Blind corpus 107: kids' wear from a Myntra-style catalog, labelled BLIP-2 OPT-2.7b outputs.

Scenario
    The original experiments' models re-run on a marketplace catalog of kids' wear (boys and girls, infants to
    teens): t-shirts, frocks, dungarees, rompers, shorts, jeans, ethnic sets (kurta sets, lehenga choli, dhoti
    sets), sweatshirts and nightwear, photographed on child models, on hangers and as flat packshots. Each product
    gets a caption and enrich's default questionnaire (DEFAULT_QUESTIONS), plus a few "Is this a ...?" (is_a) and
    "What is the color of the ...?" (color_of) questions. The seller's columns ride along as case() keywords:
    gender (Boys, Girls, Unisex Kids), category (Myntra article type), color (base colour) and title, some missing.

Which system wrote which text (named again in the comment above every case)
    - B: the untuned base, Salesforce/blip2-opt-2.7b: short lowercase captions and answers, stops by itself on
      short questions, but misjudges colors (background or the other garment's color, one color for every garment),
      the child's gender, and invents details; on "describe"/"details" it sometimes runs on and repeats itself.
    - C1 / C3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3): the DeepFashion-MultiModal template ("The lady wears a
      short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric..."), for every prompt, no hue
      names, never stops: cut at 50 tokens (captions) / 30 tokens (answers) or looping a sentence.
    - V: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): one In-shop word ("tee", "dress", "black", "cotton")
      repeated to the limit, or the "Question: ... Answer:" frame leaked and continued.
    - X: the third experiment, extractive QA (timpal0l/mdeberta-v3-base-squad2) over a C3 caption: spans of the
      caption, sometimes empty, sometimes a span that ends mid-phrase.
    - Closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of) are answered by ranking
      candidates (the reference engine) with the model named in the comment; open ones are free generation.

How it was written
    Blind. I read only ../shared/CONTEXT.md (the experiments and how they failed) and lines 1-168 of
    tests/audit_corpus.py (the Text/Case layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS).
    Nothing else in the project was opened; the only thing run was an import check of this module. Every photo is
    imagined and described in the comment above its case; every label is judged against that description.

Label conventions and judgement calls
    - One label per text, the most salient failure: a leaked "Question:/Answer:" frame is "leak" even when it
      repeats; a text that repeats a word or a full sentence at least twice to the limit is "loop"; a text that ends
      mid-phrase without repeating is "cut". A caption-adapter template that ends mid-phrase is "cut" even when it
      also invents "the lady" on a packshot.
    - hit_limit=True on every text that ran to the token limit (30 new tokens for answers, 50 for captions),
      including loops and leaks. A few cuts stop before the limit (extractive spans ending on "with"): hit_limit
      False. No correct text hits the limit.
    - Near-color synonyms are correct: dark blue / blue / navy for Navy Blue, yellow for Mustard, purple for
      Lavender, green for Olive and Teal, cream for Off White, burgundy / dark red / red for Maroon, orange for
      Coral, grey for Grey Melange, multi for tie-dye.
    - A background color named as the background in a caption is correct; the same color given as the garment's
      color is "contradiction".
    - The color of another garment in the photo given as the product's color is "other_garment_color"; a color
      given to a non-product garment that belongs to another garment or to nothing (the base model's one color for
      everything) is "contradiction"; a wrong is_a, pattern or sleeve answer against the photo and the other texts
      is "contradiction".
    - For a patterned or multi-part garment, the ground color or the seller's base colour is correct; layers
      (dungaree over tee, jacket over kurta) named together are correct, and the inner garment's color is correct
      when asked about that garment.
    - "What is the person wearing?" on a packshot or hanger shot: naming the garment is correct; "nothing" is
      "non_answer". Empty answers, "i don't know", and caption-template colors without a hue ("pure color
      patterns") are "non_answer"; "they are short" for the shorts' details is "non_answer".
    - "restated": a sentence that only turns the question's own words back ("the garment is made of material").
    - "pronoun": a boy called a girl/she or a girl called he/gentleman against the seller's gender. "The lady" for a
      girl and "young woman"/"young man" for teens are not failures; no pronoun labels where the gender column is
      missing or Unisex Kids.
    - Vocabulary accepted: kurta as dress/shirt/tunic, dungarees as overalls, romper as onesie/jumpsuit, night suit
      as pajamas, nightdress as dress, hanger hoodie as hoodie.
    - Plausible material answers that fit the photo (cotton for a cotton tee) are correct; a material the photo or
      the seller's title contradicts, and details absent from the photo (hood, zip, logo, pocket, belt, bow) are
      "unsupported".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_107: list[Case] = [
    # 1. Boy (about 6) in a navy blue round-neck tee with a yellow dinosaur on the chest, grey knit shorts, white
    #    studio. Back of the tee not visible. Caption C3; wearing, description, material B; details C3; the open
    #    t-shirt color X over the C3 caption; closed questions ranked with B.
    case(
        "MYN-KB-TS-50101",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The neckline of the T-shirt is round. The gentleman wears a short pants. The pants are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt with a dinosaur on it and grey shorts"),
        D.color("navy"),
        D.description("a blue t-shirt with a yellow dinosaur and the word roar on the back", "unsupported"),
        D.details(
            "The T-shirt is with cotton fabric. The neckline of the T-shirt is round. The T-shirt is with cotton "
            "fabric. The neckline",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "pure color patterns", "non_answer", kind="open"),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 2. Girl (about 6) in a sleeveless pink cotton frock with small white and green flowers, fit-and-flare, against
    #    a light blue wall. Caption B; wearing V; description C1; material B; closed ranked with B.
    case(
        "MYN-KG-FR-50102",
        caption("a little girl in a pink floral dress standing in front of a blue wall"),
        D.wearing(_rep("dress", 30), "loop", hit_limit=True),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a sleeveless dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("frock", "yes"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Girls Pink Floral Print Fit and Flare Cotton Dress",
    ),
    # 3. Boy (about 4) in mid-blue denim dungarees over a white tee with red horizontal stripes, grey backdrop.
    #    Caption C3; wearing B; the open t-shirt color B; details C3; closed ranked with B.
    case(
        "MYN-KB-DG-50103",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "The neckline of the T-shirt is round. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim overall and a striped shirt"),
        D.color("white", "other_garment_color"),
        color_of("t-shirt", "white with red stripes", kind="open"),
        is_a("dungaree", "yes"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Dungarees",
        color="Blue",
        title="Boys Blue Denim Dungarees with Striped T-shirt",
    ),
    # 4. Flat packshot, no person: infant girl's peach cotton romper, short sleeves with ruffles at the shoulders,
    #    plain front (no bow, no print), white background. Caption, wearing, description, material B; details C3;
    #    closed ranked with B.
    case(
        "MYN-KG-RP-50104",
        caption("a peach colored baby romper on a white background"),
        D.wearing("a baby romper"),
        D.color("peach"),
        D.description("a peach romper with a bow on the front and ruffles on the shoulders", "unsupported"),
        D.details(
            "The jumpsuit is with cotton fabric. The neckline of the jumpsuit is round. The sleeves of the "
            "jumpsuit are short. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Girls",
        category="Rompers",
        color="Peach",
        title="Baby Girls Peach-Coloured Solid Pure Cotton Romper",
    ),
    # 5. Boy (about 10) in navy blue slim jeans and a plain white tee, white sneakers, studio. Caption, wearing,
    #    open colors, material B; details V; closed ranked with B.
    case(
        "MYN-KB-JN-50105",
        caption("a young boy in a white t-shirt and blue jeans"),
        D.wearing("jeans and a white t-shirt"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        D.details(
            "blue Question: What are the details of the garment? Answer: blue Question: What are the details of "
            "the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Jeans",
        color="Navy Blue",
        title="Boys Navy Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Girl (about 8) in a mustard yellow matte cotton kurta with small gold ethnic motifs, three-quarter sleeves,
    #    green sharara, pink net dupatta over one shoulder. Caption, material, dupatta color B; wearing V;
    #    description C3; closed ranked with B.
    case(
        "MYN-KG-ET-50106",
        caption("a little girl in a yellow dress with a green skirt"),
        D.wearing(
            "dress Question: What is the person wearing? Answer: dress Question: What is the person wearing? "
            "Answer: dress Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "neckline of the dress is v-shape. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        color_of("dupatta", "green", "contradiction", kind="open"),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Girls Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Sharara & Dupatta",
    ),
    # 7. Hanger shot, no person: boys' grey melange hooded sweatshirt, "ADVENTURE" printed in orange across the
    #    chest, hung on a hook against a wooden plank wall. Caption, wearing, description B; details C1;
    #    material V; closed ranked with B.
    case(
        "MYN-KB-SW-50107",
        caption("a grey hoodie hanging on a wooden wall"),
        D.wearing("a grey hoodie"),
        D.color("grey"),
        D.description("a grey hoodie with the word adventure on it"),
        D.details(
            "The sweater has long sleeves, the sweater has long sleeves, the sweater has long sleeves, the sweater "
            "has long sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Sweatshirts",
        color="Grey Melange",
        title="Boys Grey Melange Typography Printed Hooded Sweatshirt",
    ),
    # 8. Girl (about 5, short bob) sitting on a bed in a lavender long-sleeve night suit: top with a unicorn print,
    #    pyjama with small white stars; barefoot, no slippers. Caption, wearing, description, material B; details
    #    C3; closed ranked with B.
    case(
        "MYN-KG-NW-50108",
        caption("a little boy sitting on a bed in pajamas", "pronoun"),
        D.wearing("pajamas"),
        D.color("purple"),
        D.description("a purple pajama set with a unicorn on it and a matching pair of slippers", "unsupported"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is round. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Girls",
        category="Night suits",
        color="Lavender",
        title="Girls Lavender Unicorn Printed Night Suit",
    ),
    # 9. Flat packshot, no person: boys' olive green cargo shorts, two flap side pockets, elastic waist, no belt,
    #    white background. Caption C3; wearing, open shorts color, description, details B; closed ranked with B.
    case(
        "MYN-KB-SH-50109",
        caption(
            "The person wears a short pants. The pants are with cotton fabric and pure color patterns. The person "
            "wears a short pants. The pants are with cotton fabric and pure color patterns. The person",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of green shorts"),
        D.color("green"),
        color_of("shorts", "brown", "contradiction", kind="open"),
        D.description("a pair of green cargo shorts with pockets and a brown belt", "unsupported"),
        D.details("they are short", "non_answer"),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Olive Green Solid Cargo Shorts",
    ),
    # 10. Girl (about 7) in a white tee with a pink sequin heart on the chest and blue denim shorts, in front of a
    #     pink wall. Caption, wearing, details, material B; description V; closed ranked with B.
    case(
        "MYN-KG-TS-50110",
        caption("a little girl in a white shirt and denim shorts standing in front of a pink wall"),
        D.wearing("she is wearing a white t-shirt and jean shorts"),
        D.color("blue", "other_garment_color"),
        D.description(_rep("white", 30), "loop", hit_limit=True),
        D.details("a pink heart made of sequins on the front"),
        D.material("the material of the garment is made of fabric", "restated"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Girls White Embellished Pure Cotton T-shirt",
    ),
    # 11. Boy (about 9) in an off-white (cream) long kurta, white pyjama, and a maroon Nehru jacket with gold
    #     buttons and a mandarin collar; no pocket square. Caption, description, details, open kurta color B;
    #     wearing C3; material V; closed ranked with B.
    case(
        "MYN-KB-ET-50111",
        caption("a young boy wearing a red vest and white pants"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.color("maroon", "other_garment_color"),
        color_of("jacket", "maroon"),
        color_of("kurta", "cream", kind="open"),
        D.description(
            "a cream kurta with a maroon jacket with a pocket square and embroidery on the collar", "unsupported"
        ),
        D.details("the jacket has gold buttons and a mandarin collar"),
        D.material(
            "silk Question: What material is the garment made of? Answer: silk Question: What material is the "
            "garment made",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Off White",
        title="Boys Off White Kurta with Pyjamas & Maroon Nehru Jacket",
    ),
    # 12. Girl (about 11) in light blue jeans, mildly distressed at the knees, button and front fly, with a
    #     yellow tee. Caption C1; wearing, description, details B; closed ranked with B.
    case(
        "MYN-KG-JN-50112",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a long trousers. The trousers are with denim fabric. The lady wears a long trousers. "
            "The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue jeans"),
        D.color("blue"),
        D.description("blue jeans with holes in the knees"),
        D.details("the jeans have a zipper on the side and a drawstring waist", "unsupported"),
        is_a("skirt", "no"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Girls Blue Mildly Distressed Stretchable Jeans",
    ),
    # 13. Baby boy lying on a white blanket in a sleeveless navy romper with small white anchors. Caption, wearing
    #     B; description C3; details V; closed ranked with B.
    case(
        "MYN-KB-RP-50113",
        caption("a baby girl laying on a bed in a blue romper", "pronoun"),
        D.wearing("a blue onesie"),
        D.color("navy"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The person wears a sleeveless jumpsuit with graphic patterns. The jumpsuit is with cotton fabric. The "
            "neckline of the jumpsuit is round. The",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("white", 15, "-"), "loop", hit_limit=True),
        gender="Boys",
        category="Rompers",
        color="Navy Blue",
        title="Baby Boys Navy Blue Anchor Printed Cotton Romper",
    ),
    # 14. Girl (about 6) in a red velvet party frock with a red tulle skirt, long sleeves, black patent shoes,
    #     decorated Christmas tree behind her. Caption, wearing, description, material B; details C3; closed ranked
    #     with B.
    case(
        "MYN-KG-FR-50114",
        caption("a little girl in a red dress standing in front of a christmas tree"),
        D.wearing("he is wearing a red dress and black shoes", "pronoun"),
        D.color("green", "contradiction"),
        D.sleeve_length("long"),
        D.description("a red velvet dress with a tulle skirt"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. The dress has long sleeves. The neckline of "
            "the dress is round. The",
            "cut",
            hit_limit=True,
        ),
        D.material("velvet and tulle"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Girls Red Velvet Fit & Flare Party Dress",
    ),
    # 15. Boy (about 12) in a mustard yellow pique polo tee, collar and cuffs tipped with navy stripes, beige
    #     chinos. Caption C3; wearing, open pants color, details, material B; description V; closed ranked with B.
    case(
        "MYN-KB-TS-50115",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow polo shirt and khaki pants"),
        D.color("yellow"),
        color_of("pants", "yellow", "contradiction", kind="open"),
        D.description(
            "tee Question: Describe the garment. Answer: tee Question: Describe the garment. Answer: tee Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        D.details("the collar and the cuffs have navy blue stripes"),
        gender="Boys",
        category="Tshirts",
        color="Mustard",
        title="Boys Mustard Yellow Polo Collar Pure Cotton T-shirt",
    ),
    # 16. Flat packshot on a grey background: girls' pink crew-neck sweatshirt with a white bunny applique, no hood.
    #     Caption C1; wearing, description, material B; closed ranked with B.
    case(
        "MYN-KG-SW-50116",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "neckline of the sweater is round. The lady wears a long-sleeve sweater with graphic patterns. The "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt with a bunny on it"),
        D.color("grey", "contradiction"),
        D.pattern("graphic"),
        D.description("a pink sweatshirt with a white bunny and a hood", "unsupported"),
        D.material("the garment is made of a garment material", "restated"),
        gender="Girls",
        category="Sweatshirts",
        color="Pink",
        title="Girls Pink Bunny Applique Sweatshirt",
    ),
    # 17. Flat lay, no person: boys' navy and white checked night suit, shirt-style top with a notch collar, buttons
    #     and one chest pocket, long pyjama. Caption, wearing, details B; description C3; material V; closed ranked
    #     with B.
    case(
        "MYN-KB-NW-50117",
        caption("a pair of blue and white plaid pajamas on a white background"),
        D.wearing("pajamas"),
        D.pattern("checked"),
        D.description(
            "The person wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the shirt has buttons and a pocket on the left side and a pocket on the right side and a pocket on the "
            "left side and a pocket",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton\nQuestion: What is the color of the shirt? Answer: blue\nQuestion: What is the color of the "
            "pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Night suits",
        color="Navy Blue",
        title="Boys Navy Blue & White Checked Night Suit",
    ),
    # 18. Girl (about 3, curly hair) in pink corduroy dungarees with heart-shaped buttons on the straps over a white
    #     tee. Caption V; wearing, description, details, material B; closed ranked with B.
    case(
        "MYN-KG-DG-50118",
        caption(_rep("pink", 25, "-"), "loop", hit_limit=True),
        D.wearing("he is wearing a pink overall and a white shirt", "pronoun"),
        D.color("white", "other_garment_color"),
        D.description(
            "a pink overall with a pink overall with a pink overall with a pink overall with a pink overall with a",
            "loop",
            hit_limit=True,
        ),
        D.details("heart shaped buttons on the straps"),
        D.material("corduroy"),
        gender="Girls",
        category="Dungarees",
        color="Pink",
        title="Girls Pink Corduroy Dungarees with T-shirt",
    ),
    # 19. Boy (about 8) in light blue washed denim shorts (no belt) and a black tee with a skateboard print, in a
    #     park. Caption, wearing, open colors, description, material B; details V; closed ranked with B.
    case(
        "MYN-KB-SH-50119",
        caption("a young boy in a black shirt and blue shorts standing in a park"),
        D.wearing("black shirt and jean shorts"),
        D.color("blue"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        D.description("blue denim shorts with a brown leather belt", "unsupported"),
        D.details(_rep("shorts", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Shorts",
        color="Blue",
        title="Boys Blue Washed Denim Shorts",
    ),
    # 20. Girl (about 9) in a coral tee with "Sunshine" in gold glitter letters and a white skirt; gender column
    #     missing. Caption, description, material B; wearing C3; closed ranked with B.
    case(
        "MYN-KX-TS-50120",
        caption("a little girl wearing an orange shirt and a white skirt"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.description("an orange t-shirt with the word sunshine on it"),
        D.material("", "non_answer"),
        category="Tshirts",
        color="Coral",
        title="Girls Coral Typography Printed T-shirt",
    ),
    # 21. Boy (about 7) in a teal solid kurta with three small gold buttons at the placket, stand collar, and
    #     white churidar. Caption C3; the open kurta color X over that caption; wearing, description B; details V;
    #     closed ranked with B.
    case(
        "MYN-KB-ET-50121",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        D.wearing("a green shirt and white pants"),
        D.color("teal"),
        D.description("a green tunic with gold buttons"),
        D.details(
            "green Question: What are the details of the garment? Answer: green Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        category="Kurta Sets",
        color="Teal",
        title="Boys Teal Solid Kurta with Churidar",
    ),
    # 22. Girl (about 10) by a window in a sky blue short-sleeve nightdress with white polka dots. Caption,
    #     details, material B; wearing V; description C1; closed ranked with B.
    case(
        "MYN-KG-NW-50122",
        caption("a little girl in a blue and white polka dot dress"),
        D.wearing(_rep("dress", 15, "-"), "loop", hit_limit=True),
        D.garment_type("dress"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        D.details("white polka dots"),
        D.material("the garment is made of material", "restated"),
        gender="Girls",
        category="Nightdress",
        color="Blue",
        title="Girls Blue Polka Dot Printed Nightdress",
    ),
    # 23. Boy (about 13) in a black crew-neck sweatshirt (no zip, no hood) with "GAME ON" in neon green, black
    #     joggers. Caption, wearing, open pants color, details, material B; description C3; closed ranked with B.
    case(
        "MYN-KB-SW-50123",
        caption("a young man in a black sweatshirt and black pants"),
        D.wearing("a black sweatshirt with green letters"),
        D.color("black"),
        color_of("pants", "black", kind="open"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "The neckline of the sweater is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("the sweatshirt has a zipper on the front and a hood", "unsupported"),
        gender="Boys",
        category="Sweatshirts",
        color="Black",
        title="Boys Black Typography Printed Sweatshirt",
    ),
    # 24. Girl (about 8) in a pink art-silk lehenga with gold zari border, green sleeveless choli, pink net dupatta.
    #     Caption C3; wearing, description, material B; details V; closed ranked with B.
    case(
        "MYN-KG-ET-50124",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink and green indian dress"),
        D.color("green", "other_garment_color"),
        D.description("a pink skirt with gold embroidery and a green blouse"),
        D.details(_rep("gold", 30), "loop", hit_limit=True),
        D.material("silk"),
        is_a("lehenga", "no", "contradiction"),
        gender="Girls",
        category="Lehenga Choli",
        color="Pink",
        title="Girls Pink & Green Embroidered Ready to Wear Lehenga Choli with Dupatta",
    ),
    # 25. Flat packshot, no person: boys' white tee with a large red-and-black Spider-Man print. Caption, wearing,
    #     material B; description V; details C3; closed ranked with B.
    case(
        "MYN-KB-TS-50125",
        caption("a white t-shirt with spider man on it"),
        D.wearing("a spiderman shirt"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description(_rep("tee", 30), "loop", hit_limit=True),
        D.details(
            "The T-shirt is with cotton fabric. The neckline of the T-shirt is round. The T-shirt has short "
            "sleeves. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Boys White Spider-Man Printed Pure Cotton T-shirt",
    ),
    # 26. Hanger shot against a white wall, no person: girls' yellow cotton shorts with white lace trim at the hem.
    #     Caption, wearing, details, material, open shorts color B; description C1; closed ranked with B.
    case(
        "MYN-KG-SH-50126",
        caption("a pair of yellow shorts hanging on a wall"),
        D.wearing("a pair of yellow shorts"),
        color_of("shorts", "yellow", kind="open"),
        D.description(
            "The lady wears a short pants. The pants are with cotton fabric and pure color patterns. The pants are "
            "of short length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the shorts are short", "non_answer"),
        D.material("cotton with lace"),
        gender="Girls",
        category="Shorts",
        color="Yellow",
        title="Girls Yellow Solid Shorts with Lace Detail",
    ),
    # 27. Baby boy (about 1, standing, holding a toy) in grey-and-white checked dungarees over a red tee. Caption,
    #     wearing, open colors B; description C3; details V; closed ranked with B.
    case(
        "MYN-KB-DG-50127",
        caption("a baby girl in a red shirt and grey overalls holding a toy", "pronoun"),
        D.wearing("red shirt and grey overalls"),
        D.color("grey"),
        color_of("shirt", "red", kind="open"),
        color_of("overalls", "red", "other_garment_color", kind="open"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("grey", 30), "loop", hit_limit=True),
        gender="Boys",
        category="Dungarees",
        color="Grey",
        title="Baby Boys Grey Checked Dungarees with Red T-shirt",
    ),
    # 28. Teen girl (about 14) in a black sleeveless wide-leg jumpsuit with a self-fabric tie belt, no buttons.
    #     Caption, wearing, description B; details C3; closed ranked with B.
    case(
        "MYN-KG-RP-50128",
        caption("a young woman in a black jumpsuit"),
        D.wearing("he is wearing a black jumpsuit", "pronoun"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.description("a black jumpsuit with a belt and gold buttons down the front", "unsupported"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The lady wears "
            "a sleeveless tank",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Jumpsuit",
        color="Black",
        title="Girls Black Solid Basic Jumpsuit with Belt",
    ),
    # 29. Flat packshot, folded, no person: boys' black skinny jeans on white. Caption C3; the open jeans color X
    #     over that caption; wearing, description, details B; material V; closed ranked with B.
    case(
        "MYN-KB-JN-50129",
        caption(
            "The person wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "person wears a long trousers. The trousers are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "", "non_answer", kind="open"),
        D.wearing("black jeans"),
        D.color("black"),
        D.description("a pair of black jeans folded on a white background"),
        D.details(
            "the jeans have a button and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper "
            "and a",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "denim Question: What material is the garment made of? Answer: denim Question: What material is the "
            "garment made",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        color="Black",
        title="Boys Black Skinny Fit Stretchable Jeans",
    ),
    # 30. Girl (about 5) in a garden in a yellow-and-white gingham frock with short puff sleeves and a white Peter
    #     Pan collar; gender column missing. Caption C1; wearing, description B; details V; closed ranked with B.
    case(
        "MYN-KX-FR-50130",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow and white checkered dress"),
        D.pattern("checked"),
        D.sleeve_length("long", "contradiction"),
        D.description("a yellow dress with a white collar and puffy sleeves"),
        D.details(
            "yellow\nQuestion: What are the details of the garment? Answer: yellow\nQuestion: What are the details of",
            "leak",
            hit_limit=True,
        ),
        category="Dresses",
        color="Yellow",
        title="Girls Yellow Checked A-Line Cotton Dress",
    ),
    # 31. Boy (about 11) in red polyester jersey sports shorts with a white side stripe and an elastic drawstring
    #     waist (no logo), white sleeveless vest. Caption, description, details, material, open vest color B;
    #     wearing V; closed ranked with B.
    case(
        "MYN-KB-SH-50131",
        caption("a boy in a white tank top and red shorts"),
        D.wearing(
            "shorts Question: What is the person wearing? Answer: shorts Question: What is the person wearing? "
            "Answer: shorts",
            "leak",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_of("tank top", "red", "contradiction", kind="open"),
        D.description("red shorts with white stripes on the side"),
        D.details("the shorts have an elastic waistband and a nike logo on the leg", "unsupported"),
        D.material("polyester"),
        gender="Boys",
        category="Shorts",
        color="Red",
        title="Boys Red Solid Sports Shorts with Side Stripes",
    ),
    # 32. Girl (about 12) in a blue, pink and purple tie-dye sweatshirt and white jeans. Caption, wearing, details,
    #     material, open jeans color B; description C3; closed ranked with B.
    case(
        "MYN-KG-SW-50132",
        caption("a girl in a tie dye sweatshirt and white jeans"),
        D.wearing("a tie-dye sweater and white pants"),
        D.color("multi"),
        D.description(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. The "
            "neckline of the sweater is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("pink", 30), "loop", hit_limit=True),
        D.material("the material is a material", "restated"),
        color_of("jeans", "white", kind="open"),
        gender="Girls",
        category="Sweatshirts",
        color="Multi",
        title="Girls Multicoloured Tie-Dye Sweatshirt",
    ),
    # 33. Boy (about 3, long fringe) sitting on a bed in a grey tee with a rocket print and navy shorts (night
    #     suit). Caption, wearing, open shorts color, description B; details C1; material V; closed ranked with B.
    case(
        "MYN-KB-NW-50133",
        caption("a little girl sitting on a bed wearing pajamas", "pronoun"),
        D.wearing("a grey shirt and blue shorts"),
        D.color("grey"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        D.description("a grey t-shirt with a rocket on it"),
        D.details(
            "The T-shirt is with cotton fabric. The neckline of the T-shirt is round. The gentleman wears a short "
            "pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.material(_rep("cotton", 15, "-"), "loop", hit_limit=True),
        gender="Boys",
        category="Night suits",
        color="Grey",
        title="Boys Grey & Navy Blue Printed Night Suit",
    ),
    # 34. Flat packshot, no person: girls' pink coloured slim jeans, plain back pockets (no embroidery); title
    #     column missing. Caption, wearing, details, material B; description C3; closed ranked with B.
    case(
        "MYN-KG-JN-50134",
        caption("a pair of pink jeans"),
        D.wearing("pink jeans"),
        D.garment_type("jeans"),
        D.description(
            "The person wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "trousers are of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the jeans have pockets on the back and a button on the front with a flower embroidered on the pocket",
            "unsupported",
        ),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        category="Jeans",
        color="Pink",
    ),
    # 35. Boy (about 2) in a yellow cotton kurta with long sleeves and a white dhoti. Caption C3; wearing, details,
    #     material B; description V; closed ranked with B.
    case(
        "MYN-KB-ET-50135",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white dhoti"),
        D.color("yellow"),
        D.sleeve_length("long"),
        D.description(_rep("shirt", 15, "-"), "loop", hit_limit=True),
        D.details("the details of the garment are the details of the kurta", "restated"),
        D.material("cotton"),
        gender="Boys",
        category="Clothing Set",
        color="Yellow",
        title="Boys Yellow & White Solid Kurta with Dhoti Pants",
    ),
    # 36. Teen girl (about 14) in a black crop tee with a white butterfly graphic (no pocket) and blue high-waist
    #     jeans. Caption, description, details, open jeans color B; wearing C1; material V; closed ranked with B.
    case(
        "MYN-KG-TS-50136",
        caption("a woman wearing a black shirt with a butterfly on it"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("a black crop top with a white butterfly"),
        D.details("a white butterfly on the front and a small pocket on the chest", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the "
            "garment",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Black",
        title="Girls Black Graphic Printed Crop T-shirt",
    ),
    # 37. Flat packshot, no person: unisex baby romper, yellow with grey elephants, long sleeves, snap buttons down
    #     the front (no zip). Caption, wearing, description, material B; details C3; closed ranked with B.
    case(
        "MYN-KU-RP-50137",
        caption("a yellow baby onesie with elephants on it"),
        D.wearing("a baby onesie"),
        D.color("yellow"),
        D.sleeve_length("short", "contradiction"),
        D.description("a long sleeved yellow romper with grey elephants"),
        D.details(
            "The person wears a long-sleeve jumpsuit with graphic patterns. The jumpsuit is with cotton fabric. The "
            "neckline of the jumpsuit is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton with a zipper at the front", "unsupported"),
        gender="Unisex Kids",
        category="Rompers",
        color="Yellow",
        title="Unisex Kids Yellow Elephant Printed Pure Cotton Romper",
    ),
    # 38. Girl (about 9) in a maroon anarkali kurta with gold ethnic print and a gold border at the hem, matching
    #     churidar. Caption, wearing, details, material B; description C1; closed ranked with B.
    case(
        "MYN-KG-ET-50138",
        caption("a little girl in a burgundy dress with gold designs"),
        D.wearing("a dark red dress"),
        D.color("purple", "contradiction"),
        D.pattern("printed"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("gold print on the dress and a gold border"),
        D.material("the material of the garment is the material", "restated"),
        gender="Girls",
        category="Kurta Sets",
        color="Maroon",
        title="Girls Maroon Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
    ),
    # 39. Boy (about 6, shoulder-length hair) on a beach in a red-and-navy horizontally striped tee and navy shorts.
    #     Caption, wearing, details, open shorts color B; description C3; material V; closed ranked with B.
    case(
        "MYN-KB-TS-50139",
        caption("a little girl in a striped shirt standing on a beach", "pronoun"),
        D.wearing("a red and blue striped shirt and blue shorts"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "The neckline of the T-shirt is round. The",
            "cut",
            hit_limit=True,
        ),
        D.details("red and blue stripes"),
        color_of("shorts", "red", "contradiction", kind="open"),
        D.material(
            "cotton\nQuestion: What is the pattern of the garment? Answer: striped\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Boys Red & Navy Blue Striped Pure Cotton T-shirt",
    ),
    # 40. Girl (about 10) in blue denim shorts with small floral embroidery on the front pockets and a white top;
    #     category column missing. Caption C3; the open shorts color X over that caption (span stops before the
    #     limit); wearing, description, material B; details V; closed ranked with B.
    case(
        "MYN-KG-SH-50140",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short pants. The pants are with denim fabric and floral",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "denim fabric and", "cut", kind="open"),
        D.wearing("a white shirt and denim shorts"),
        D.color("white", "other_garment_color"),
        D.description("denim shorts with flowers embroidered on the pockets"),
        D.details(_rep("floral", 15, "-"), "loop", hit_limit=True),
        D.material("denim"),
        gender="Girls",
        color="Blue",
        title="Girls Blue Floral Embroidered Denim Shorts",
    ),
    # 41. Hanger shot against a grey wall, no person: boys' maroon pullover hoodie with a kangaroo pocket, no zip,
    #     no logo. Caption, wearing, description, material B; details C3; closed ranked with B.
    case(
        "MYN-KB-SW-50141",
        caption("a red hoodie hanging on a hanger"),
        D.wearing("nothing", "non_answer"),
        D.color("burgundy"),
        D.description("a maroon hoodie with a zipper and a school logo on the chest", "unsupported"),
        D.details(
            "The sweater is with cotton fabric. The neckline of the sweater is hooded. The sweater has long sleeves "
            "and the",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("jacket", "no"),
        gender="Boys",
        category="Sweatshirts",
        color="Maroon",
        title="Boys Maroon Solid Hooded Sweatshirt",
    ),
    # 42. Flat packshot, no person: girls' night suit, white long-sleeve top with small pink hearts and plain pink
    #     pyjama. Caption C1; details and material X over that caption; wearing, description, open pants color B;
    #     closed ranked with B.
    case(
        "MYN-KG-NW-50142",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("pink", "other_garment_color"),
        color_of("pants", "pink", kind="open"),
        D.description("white top with pink hearts and pink pants"),
        D.details("a long-sleeve T-shirt with", "cut"),
        D.material("cotton fabric"),
        gender="Girls",
        category="Night suits",
        color="White",
        title="Girls White & Pink Heart Printed Night Suit",
    ),
    # 43. Boy (about 7) in a green tee with a chest pocket and orange drawstring shorts (two-piece set); gender
    #     column missing. Caption, wearing, open colors, details, material B; description C3; closed ranked with B.
    case(
        "MYN-KX-CS-50143",
        caption("a young boy in a green shirt and orange shorts"),
        D.wearing("a green t-shirt and orange shorts"),
        D.color("orange", "other_garment_color"),
        color_of("shirt", "green", kind="open"),
        color_of("shorts", "orange", kind="open"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears a short pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details("the t-shirt has a pocket on the chest and the shorts have a drawstring"),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        category="Clothing Set",
        color="Green",
        title="Kids Green & Orange T-shirt with Shorts Set",
    ),
    # 44. Flat packshot on a pink background, no person: baby girls' white sleeveless A-line frock with red cherry
    #     print and matching bloomers. Caption, wearing, details, material B; description C3; closed ranked with B.
    case(
        "MYN-KG-FR-50144",
        caption("a white dress with cherries on it on a pink background"),
        D.wearing("the person is wearing a garment", "restated"),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.description(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. The neckline "
            "of the dress is round. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("red cherries and matching bloomers"),
        D.material("Answer: cotton", "leak"),
        gender="Girls",
        category="Dresses",
        color="White",
        title="Baby Girls White Cherry Print Cotton A-Line Dress with Bloomers",
    ),
]
