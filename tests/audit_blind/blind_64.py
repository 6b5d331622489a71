"""BLIND_64 (44 products; the experiments re-run on Myntra-style women's tops and bottoms shot without a person):
written blind in the seventeenth session. Measured blind at 7fb9ce4: 122/141 and 9/144. The writer's notes,
verbatim:

Blind corpus 64: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's tops, shirts, t-shirts, jeans, trousers, skirts.

Scenario
    The original experiments' models re-run on a marketplace catalog of women's wear photographed mostly without a
    person: flat packshots on white, invisible-mannequin (ghost) shots, hanger shots against plain or white walls, and a
    few on-model shots where the model also wears a second garment (jeans, a tee, trousers, a skirt). Each product was
    put through enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type, color, pattern,
    sleeve_length, description, details, material), not always every question (sleeve length is not asked of bottoms,
    and some runs skip questions), with a few extra yes/no garment questions (is_a) and open color questions
    (color_of). The seller's columns are passed as catalog columns: gender ("Women"), category (Myntra article type:
    Tops, Shirts, Tshirts, Jeans, Trousers, Skirts), color (Myntra base colour: Navy Blue, Off White, Grey Melange,
    Multi ...) and title (the seller's own title). One product (M64-TEE-041) has no seller columns at all.

Which system wrote which text
    - base: untuned Salesforce/blip2-opt-2.7b (short answers, stops on its own, terse captions; loops rarely, invents a
      man / "he" now and then, gives the color of the other garment or of the background).
    - cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1) and
      cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3). Both answer every prompt with the DeepFashion
      template ("The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."), never stop,
      invent a lady's accessories and a second garment, and loop or are cut at 50 (caption) / 30 (answer) tokens.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): one-word answers that do not stop (loops of the answer word),
      or run on into the training prompt format ("Question: ... Answer: ..."), empty answers now and then.
    Closed questions (garment_type, color, pattern, sleeve_length, is_a) show the mapped candidate when the raw text
    mapped to one, and the raw generation when it did not (the template, a loop, a leak).
    Every case's comment describes the imagined photo and names the model behind each text.

How it was written
    Blind: I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No other file of the repository,
    no audit code, no other corpus. The only code of the repository run was an import check of this file.

Label conventions and judgement calls
    - One label per text: the failure it is chiefly wrong for. A template answer cut at the token limit that also
      invents a second garment or an accessory is labelled "unsupported"; one that is cut but otherwise right is
      "cut"; one that gives no hue to a color question is "non_answer" (hit_limit=True where it ran to the limit).
    - Loops that run to the token limit are labelled "loop" and carry hit_limit=True; leaks that run on are labelled
      "leak" and carry hit_limit=True when they reached the limit.
    - "cut" texts stop mid-phrase; most at the limit (30 new tokens for answers, 50 for captions, hit_limit=True),
      a few earlier (hit_limit=False).
    - The caption adapters' template voice ("The lady wears ...", "Her shirt has ...") on a photo without a person is
      not counted as a failure by itself when the garment facts are right; the invented accessory ("There is an
      accessory on her wrist") or invented second garment ("The lady wears a long trousers") is "unsupported".
    - DeepFashion pattern words are accepted as pattern answers: "pure color"/"solid color" = solid, "lattice" =
      checked, "graphic" = printed/dots. "pure color" as the answer to a color question is a non_answer.
    - Near-colour synonyms are correct: Navy Blue = navy / dark blue, Off White / Cream = white / cream, Maroon or
      Burgundy = burgundy / maroon, Olive = green, Mustard = yellow, Grey Melange = grey, Charcoal = dark grey,
      Khaki = beige / tan, Rust = orange, Coral = orange, Teal = turquoise / teal, Lavender = purple, Peach = peach /
      light pink. For a two-colour stripe either stripe colour is correct (seller says Blue, "white" accepted); for a
      Multi floral the ground colour is correct.
    - Backgrounds, walls, hangers and surfaces named in captions are correct. A color answer that gives the wall's
      color instead of the garment's is a "contradiction"; one that gives the other worn garment's (or the styled
      belt's) color is "other_garment_color".
    - On-model captions and answers that name the second garment with its right color ("a white shirt tucked into a
      denim skirt") are correct; a wearing answer naming both garments is correct.
    - "he"/"his"/"a man" for a women's product is "pronoun", also on a photo without a person; "she"/"the lady" is
      never a failure here.
    - "non_answer": empty, "no"/"yes"/"none" to an open question, a color word or the garment word alone where
      details or a type were asked, "it is a t-shirt" for details. "restated": the question's own words given back
      as the answer ("the garment is made of material", "the pattern of the garment is a pattern").
    - A wrong garment type (jacket for a denim shirt, dress for a tunic top or peplum top, shorts for a mini skirt,
      belt for belted jeans), a wrong yes to is_a, a wrong pattern (solid for stripes, striped for corduroy) or
      wrong sleeves (long for short, short for sleeveless) is "contradiction": the seller's columns or another
      text of the same product have it right.
    - Materials that the photo or title make plausible are correct (cotton for a tee, denim for jeans, satin for a
      satin cami, chiffon for a sheer shirt); invented construction details the photo cannot show (back zip, back
      slit, a chest pocket that is not there, props that are not in the shot) are "unsupported".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"

BLIND_64: list[Case] = [
    # 1. Flat packshot on white: white cotton round-neck short-sleeve tee, small black "PARIS" print on the chest.
    #    All texts by base.
    case(
        "M64-TEE-001",
        caption("a white t-shirt with the word paris printed on it"),
        D.color("white"),
        D.sleeve_length("short"),
        D.description(
            "it is a white t-shirt with the word paris written on the front in black letters and the sleeves are "
            "short and the neckline is round and the",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the t-shirt", "restated"),
        D.material("cotton"),
        gender=W,
        category="Tshirts",
        color="White",
        title="Roadster Women White Printed Round Neck T-shirt",
    ),
    # 2. Invisible-mannequin shot: navy long-sleeve shirt-style top with small white polka dots, collar, button placket.
    #    caption and details by cap3; garment_type, color, pattern, sleeve_length, material by vqa.
    case(
        "M64-TOP-002",
        caption(
            "The shirt this lady wears has long sleeves and it is with chiffon fabric and graphic patterns. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long trousers. The trousers are",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue", "loop", hit_limit=True),
        D.pattern("dotted"),
        D.sleeve_length("long"),
        D.details(
            "Her shirt has long sleeves, chiffon fabric and graphic patterns. It has a lapel neckline. The shirt has "
            "buttons on the front. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "chiffon Question: What is the color of the shirt? Answer: blue Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue & White Polka Dot Shirt Style Top",
    ),
    # 3. Flat packshot: mid-blue skinny jeans, button and zip fly visible, on white.
    #    caption, wearing, color, description, material by base; details by cap3.
    case(
        "M64-JNS-003",
        caption("a pair of blue jeans on a white background"),
        D.wearing("he is wearing blue jeans", "pronoun"),
        D.color("blue"),
        D.description("a pair of blue skinny jeans with a button and zipper fly"),
        D.details(
            "The lady wears a long pants. The pants are with denim fabric and solid color patterns. The lady wears a "
            "long pants. The pants are with denim fabric and solid",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender=W,
        category="Jeans",
        color="Blue",
        title="HERE&NOW Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Hanger shot on a white wall: black matte A-line midi skirt, no print, hanging from a clip hanger.
    #    Every text by cap1 (garment_type and pattern are the mapped candidates of its template answers).
    case(
        "M64-SKT-004",
        caption(
            "The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The lady wears a "
            "long skirt. The skirt is with cotton fabric and pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long skirt with pure color patterns. The skirt is with cotton fabric. There is an "
            "accessory on her wrist. She",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color(
            "The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. Her skirt is of "
            "long length. The lady",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description(
            "The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The lady wears a "
            "long skirt. The skirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("The skirt is with cotton fabric."),
        gender=W,
        category="Skirts",
        color="Black",
        title="DressBerry Women Black Solid A-Line Midi Skirt",
    ),
    # 5. On-model, grey studio: woman in a maroon long-sleeve wrap top with a waist tie, blue jeans.
    #    All texts by base. The description gives the top the jeans' blue.
    case(
        "M64-TOP-005",
        caption("a woman wearing a maroon top and blue jeans"),
        D.wearing("he is wearing a burgundy top and blue jeans", "pronoun"),
        D.color("burgundy"),
        D.description("a blue wrap top with a v-neck and long sleeves", "other_garment_color"),
        D.details("she is wearing a wrap top with a tie at the waist"),
        D.material("the garment is made of material", "restated"),
        gender=W,
        category="Tops",
        color="Maroon",
        title="Tokyo Talkies Women Maroon Solid Wrap Top",
    ),
    # 6. Flat packshot: olive cotton-twill cargo trousers, side flap pockets, toggle drawcords at the hems.
    #    caption, description, details by base; garment_type, color, material by vqa.
    case(
        "M64-TRS-006",
        caption("a pair of green cargo pants on a white background"),
        D.garment_type("pants"),
        D.color(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "the pants are green and have pockets on the sides and on the back and they have a drawstring at the "
            "bottom of the legs and a button and",
            "cut",
            hit_limit=True,
        ),
        D.details("they are pants", "non_answer"),
        D.material(
            "cotton Question: What is the color of the pants? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Trousers",
        color="Olive",
        title="Roadster Women Olive Green Regular Fit Solid Cargo Trousers",
    ),
    # 7. Hanger shot: off-white linen long-sleeve shirt on a wooden hanger against a grey wall; one chest pocket.
    #    caption, garment_type, color, sleeve_length, material by base; description and details by cap3.
    #    The color answer is the wall's grey.
    case(
        "M64-SHT-007",
        caption("a white shirt hanging on a wooden hanger against a grey wall"),
        D.garment_type("shirt"),
        D.color("grey", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "The shirt this lady wears has long sleeves and it is with linen fabric and pure color patterns. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers",
            "unsupported",
            hit_limit=True,
        ),
        D.details(
            "Her shirt has long sleeves, linen fabric and pure color patterns. It has a lapel neckline. The shirt has "
            "a chest pocket and",
            "cut",
            hit_limit=True,
        ),
        D.material("linen"),
        gender=W,
        category="Shirts",
        color="Off White",
        title="Mango Women Off-White Linen Regular Fit Casual Shirt",
    ),
    # 8. Flat packshot: white long-sleeve Breton tee with navy horizontal stripes, boat neck.
    #    caption by base; wearing, garment_type, color, pattern, sleeve_length, material by vqa; details by cap3.
    case(
        "M64-TEE-008",
        caption("a white and blue striped t-shirt on a white background"),
        D.wearing(
            "a striped tee Question: What is the color of the tee? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern(
            "striped striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.details(
            "The T-shirt this lady wears has long sleeves, cotton fabric and striped patterns. The neckline of it is "
            "boat. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("no", "non_answer"),
        gender=W,
        category="Tshirts",
        color="White",
        title="Mast & Harbour Women White & Navy Blue Striped Round Neck T-shirt",
    ),
    # 9. On-model: woman in a mustard ribbed short-sleeve crop top, white straight trousers, white sneakers.
    #    All by base. The closed color is the trousers' white; sleeves answered long; a button invented.
    case(
        "M64-TOP-009",
        caption("a woman in a yellow crop top and white pants"),
        D.wearing("a yellow top and white pants"),
        D.garment_type("crop top"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.description("she is wearing a yellow crop top with short sleeves and white pants and white sneakers"),
        D.details("the top is ribbed and has a round neck and a white button", "unsupported"),
        gender=W,
        category="Tops",
        color="Mustard",
        title="Berrylush Women Mustard Yellow Ribbed Crop Top",
    ),
    # 10. Flat packshot: white-ground midi skirt with pink flowers and green leaves, elastic waist, flared hem.
    #     caption by cap3; the rest by base.
    case(
        "M64-SKT-010",
        caption(
            "The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a "
            "long skirt with floral patterns. The skirt is with chiffon fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("white"),
        D.pattern("floral"),
        D.description("a white skirt with pink flowers"),
        D.details(
            "the skirt has a floral print and an elastic waist and it is a midi length skirt with a flared hem and "
            "pink and green flowers on a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Multi",
        title="SASSAFRAS Women White & Pink Floral Print Flared Midi Skirt",
    ),
    # 11. Invisible-mannequin shot: grey melange short-sleeve V-neck tee, plain front, no pocket.
    #     All by base.
    case(
        "M64-TEE-011",
        caption("a grey t-shirt with a v neck and a pocket on the chest", "unsupported"),
        D.color("grey"),
        D.sleeve_length("short"),
        D.description("a man's grey v-neck t-shirt", "pronoun"),
        D.details("the details of the garment are a v neck and short sleeves"),
        D.material("cotton"),
        gender=W,
        category="Tshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Women Grey Melange Solid V-Neck T-shirt",
    ),
    # 12. Flat packshot: black high-rise mom jeans with a brown leather belt (gold buckle) threaded through the loops.
    #     caption, wearing, color, description by base; garment_type, color_of (open), details by vqa.
    case(
        "M64-JNS-012",
        caption("a pair of black jeans with a brown belt"),
        D.wearing("black jeans and a brown belt"),
        D.garment_type("belt", "contradiction"),
        D.color("black"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        D.description(
            "high waisted black jeans with a brown leather belt and the jeans are a little bit loose and they have a "
            "tapered leg and the belt has a gold",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the belt the belt the belt the belt the belt the belt the belt the belt the belt the belt",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Black",
        title="Kraus Jeans Women Black Mom Fit High-Rise Jeans",
    ),
    # 13. Hanger shot on white: pink peplum top with short puff sleeves and a round neck.
    #     caption by base; garment_type, color, pattern, sleeve_length, details, material by vqa; description by cap3.
    case(
        "M64-TOP-013",
        caption("a pink blouse on a hanger"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.pattern("solid"),
        D.sleeve_length(
            "short short short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.material(
            "cotton Question: What is the color of the top? Answer: pink Question: What is the pattern of the top? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Pink",
        title="AND Women Pink Solid Peplum Top",
    ),
    # 14. Flat packshot: red and black checked flannel shirt, long sleeves rolled up with button tabs, two flap pockets.
    #     caption by cap3; wearing, color, pattern, description, details by base.
    case(
        "M64-SHT-014",
        caption(
            "The shirt this lady wears has long sleeves and it is with cotton fabric and lattice patterns. It has a "
            "lapel neckline. Her shirt has buttons and two chest pockets with flaps. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt"),
        D.color("red"),
        D.pattern("checked"),
        D.description(
            "a red and black plaid shirt with two pockets on the front and a collar and buttons down the front and "
            "the sleeves are rolled up and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "it has a collar and buttons on the front and it has a collar and buttons on the front and it has a "
            "collar and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Red",
        title="Roadster Women Red & Black Regular Fit Checked Casual Shirt",
    ),
    # 15. On-model: woman in khaki slim chinos with a black tee tucked in, white sneakers.
    #     All by base. Closed color and details give the tee's black.
    case(
        "M64-TRS-015",
        caption("a woman wearing a black shirt and khaki pants"),
        D.wearing("a black shirt and khaki pants"),
        D.garment_type("it is a type of garment", "restated"),
        D.color("black", "other_garment_color"),
        D.description("a pair of beige chinos with a black t-shirt tucked in"),
        D.details("they are black and have pockets", "other_garment_color"),
        D.material("cotton"),
        gender=W,
        category="Trousers",
        color="Khaki",
        title="Marks & Spencer Women Khaki Slim Fit Chinos",
    ),
    # 16. Invisible-mannequin shot: lavender top with short puff sleeves, square neck, smocked back.
    #     All by base.
    case(
        "M64-TOP-016",
        caption("a purple top with puff sleeves"),
        D.garment_type("blouse"),
        D.color("purple"),
        D.sleeve_length("short"),
        D.description(
            "this is a light purple top with puffed sleeves and a square neckline and it has smocking on the back "
            "and the sleeves have elastic at the",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are shown in the picture", "non_answer"),
        D.material("the garment is made of a fabric", "restated"),
        gender=W,
        category="Tops",
        color="Lavender",
        title="Harpa Women Lavender Puff Sleeve Smocked Top",
    ),
    # 17. Flat packshot: light-wash boyfriend jeans, ripped knees, frayed hems.
    #     Every text by cap3 (garment_type and pattern are mapped candidates).
    case(
        "M64-JNS-017",
        caption(
            "The lady wears a long pants. The pants are with denim fabric and solid color patterns. The lady wears a "
            "long pants. The pants are with denim fabric and solid color patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long pants. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color(
            "Her pants are with denim fabric and solid color patterns. The pants are of long length. The lady wears a",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. There are ripped "
            "holes on the knees of",
            "cut",
            hit_limit=True,
        ),
        D.material("The pants are with denim fabric."),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Levis Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
    ),
    # 18. Flat packshot: mid-blue denim A-line mini skirt with a button front.
    #     caption, wearing, garment_type, color, description by base; details and material by vqa.
    case(
        "M64-SKT-018",
        caption("a blue denim skirt with buttons down the front"),
        D.wearing("a denim skirt"),
        D.garment_type("shorts", "contradiction"),
        D.color("blue"),
        D.description("the skirt is blue"),
        D.details(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "denim Question: What is the color of the skirt? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Blue",
        title="ONLY Women Blue Denim A-Line Mini Skirt",
    ),
    # 19. Invisible-mannequin shot: sheer white long-sleeve button-down shirt worn over a black camisole (styling
    # layer).
    #     All by base. The details give the shirt the camisole's black.
    case(
        "M64-SHT-019",
        caption("a white sheer shirt over a black tank top"),
        D.wearing("he is wearing a white shirt over a black tank top", "pronoun"),
        D.color("white"),
        D.description("a sheer white button down shirt with a black camisole underneath"),
        D.details("it is a black shirt with sheer sleeves", "other_garment_color"),
        D.material("chiffon"),
        gender=W,
        category="Shirts",
        color="White",
        title="Vero Moda Women White Sheer Regular Fit Casual Shirt",
    ),
    # 20. Flat packshot: peach satin camisole with thin spaghetti straps, no sleeves.
    #     caption and description by base; garment_type, color, pattern, sleeve_length by vqa; details by cap1.
    case(
        "M64-TOP-020",
        caption("a peach colored camisole top"),
        D.garment_type(
            "tank top Question: What is the color of the tank top? Answer: peach Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color("peach"),
        D.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short", "contradiction"),
        D.description("a light pink camisole with thin straps"),
        D.details(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Peach",
        title="DressBerry Women Peach-Coloured Solid Camisole",
    ),
    # 21. Hanger shot on white: rust satin-finish long-sleeve shirt, collar, button placket, no pockets.
    #     All by base.
    case(
        "M64-SHT-021",
        caption("an orange satin shirt hanging on a hanger"),
        D.wearing("he is wearing an orange shirt", "pronoun"),
        D.color("orange"),
        D.description("a rust colored satin shirt with a collar and long sleeves"),
        D.details("the shirt has a collar, buttons, and a pocket on the left side of the chest", "unsupported"),
        D.material("the garment is made of the material", "restated"),
        gender=W,
        category="Shirts",
        color="Rust",
        title="Mango Women Rust Orange Satin Finish Casual Shirt",
    ),
    # 22. On-model: woman in beige high-waist pleated wide-leg trousers with a white shirt tucked in, tan heels.
    #     All by base. The closed color is the shirt's white; "Is this a skirt?" answered yes.
    case(
        "M64-TRS-022",
        caption("a woman in a white shirt and beige pants"),
        D.wearing("a white shirt and tan pants"),
        D.color("white", "other_garment_color"),
        D.description(
            "the pants are wide leg and have pleats in the front and a high waist and the legs are very wide and "
            "they go all the way down to the",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have a white shirt tucked in"),
        is_a("skirt", "yes", "contradiction"),
        gender=W,
        category="Trousers",
        color="Beige",
        title="W Women Beige Wide Leg Pleated Parallel Trousers",
    ),
    # 23. Flat packshot: black ribbed cotton tank top, round neck, no sleeves.
    #     Every text by cap3 (garment_type, pattern, sleeve_length are mapped candidates).
    case(
        "M64-TOP-023",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a long pants. The pants are with denim fabric and solid color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("tank top"),
        D.color(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.description(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. Her "
            "tank top has no sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Black",
        title="HERE&NOW Women Black Solid Tank Top",
    ),
    # 24. Flat packshot: oversized teal-and-white tie-dye tee, dropped shoulders, short sleeves.
    #     All by base. "Is this a sweatshirt?" answered yes.
    case(
        "M64-TEE-024",
        caption("a teal and white tie dye t shirt"),
        D.color("turquoise"),
        D.pattern("tie dye"),
        D.description(
            "it is a tie dye t-shirt in teal and white and it is an oversized t-shirt with dropped shoulders and "
            "short sleeves and the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the t-shirt is tie dye and the t-shirt is tie dye and the t-shirt is tie dye and the t-shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes", "contradiction"),
        gender=W,
        category="Tshirts",
        color="Teal",
        title="Tokyo Talkies Women Teal & White Tie-Dye Oversized T-shirt",
    ),
    # 25. On-model: woman in a red pleated midi skirt with a white tee tucked in, white sneakers.
    #     caption, wearing, description, details by base; garment_type, color, material by vqa.
    case(
        "M64-SKT-025",
        caption("a woman wearing a white t-shirt and a red pleated skirt"),
        D.wearing("she is wearing a white shirt and a red skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.description("the skirt is red and pleated and goes down to the calves"),
        D.details("he is wearing a red skirt", "pronoun"),
        D.material(
            "polyester Question: What is the color of the skirt? Answer: red Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Red",
        title="Mast & Harbour Women Red Solid Pleated Midi Skirt",
    ),
    # 26. Hanger shot: charcoal slim formal trousers hanging from a clip hanger, pressed crease.
    #     All by base. "Is this a pair of jeans?" answered yes.
    case(
        "M64-TRS-026",
        caption("a pair of grey trousers hanging on a hanger"),
        D.wearing("no", "non_answer"),
        D.garment_type("trousers"),
        D.color("dark grey"),
        D.description("a pair of dark grey dress pants with a crease down the front"),
        D.details(
            "the pants have a button and a zipper and a belt loop and a pocket and a button and a zipper and a belt "
            "loop and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        gender=W,
        category="Trousers",
        color="Charcoal",
        title="Marks & Spencer Women Charcoal Grey Slim Fit Formal Trousers",
    ),
    # 27. Flat packshot: white cotton top with a lace yoke and short flutter sleeves.
    #     caption and description by base; garment_type, color, pattern, sleeve_length by vqa.
    case(
        "M64-TOP-027",
        caption("a white blouse with lace and short sleeves"),
        D.garment_type(
            "blouse Question: Is this a blouse? Answer: yes Question: What is the color of the blouse? Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.color(
            "white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.pattern("lace"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "a white top with lace details on the yoke and short flutter sleeves and a round neck and the lace is on "
            "the top part of the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="White",
        title="Vero Moda Women White Lace Detail Top",
    ),
    # 28. Invisible-mannequin shot: mid-blue denim long-sleeve shirt, two chest pockets, no accessories.
    #     caption, garment_type, color, description, material by base; details by cap3.
    case(
        "M64-SHT-028",
        caption("a blue denim shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        D.description("it is a blue denim shirt with two pockets on the chest"),
        D.details(
            "The shirt this lady wears has long sleeves and it is with denim fabric and solid color patterns. It has a "
            "lapel neckline. There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        D.material("denim"),
        gender=W,
        category="Shirts",
        color="Blue",
        title="Roadster Women Blue Denim Casual Shirt",
    ),
    # 29. Hanger shot on white: sea-green three-tier maxi skirt, elastic waist.
    #     Every text by cap1 (garment_type, pattern mapped).
    case(
        "M64-SKT-029",
        caption(
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. She wears a "
            "short-sleeve T-shirt. The",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color(
            "pure color patterns. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The lady wears a long",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.description(
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. It is of a tiered "
            "style. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The lady wears a long skirt. The skirt is with "
            "chiffon",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Skirts",
        color="Sea Green",
        title="Harpa Women Sea Green Solid Tiered Maxi Skirt",
    ),
    # 30. Flat lay on a beige linen throw: cream crochet short-sleeve top with a scalloped hem; nothing else in shot.
    #     All by base. The description invents props.
    case(
        "M64-TOP-030",
        caption("a white crochet top laying on a beige blanket"),
        D.wearing("he is wearing a white crochet top", "pronoun"),
        D.garment_type("top"),
        D.color("cream"),
        D.description(
            "it is a white crochet top with a scalloped hem laying on a beige blanket next to a straw hat and "
            "sunglasses",
            "unsupported",
        ),
        D.details("crochet"),
        gender=W,
        category="Tops",
        color="Cream",
        title="Tokyo Talkies Women Cream-Coloured Crochet Top",
    ),
    # 31. On-model: woman in dark navy straight high-rise jeans with a pink top tucked in; no bag in the shot.
    #     All by base.
    case(
        "M64-JNS-031",
        caption("a woman wearing a pink top and dark blue jeans"),
        D.wearing("a pink shirt, jeans and a black handbag", "unsupported"),
        D.garment_type("the garment is a garment", "restated"),
        D.color("navy"),
        D.description("she is wearing a pair of pink jeans", "other_garment_color"),
        D.details(
            "the jeans have a high waist and straight legs and five pockets and a button and a zip fly and they are a "
            "dark blue wash with a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Navy Blue",
        title="Mast & Harbour Women Navy Blue Straight Fit High-Rise Jeans",
    ),
    # 32. On-model: woman in an oversized yellow tee with a smiley-face print, light denim shorts.
    #     caption, wearing, description, details by base; garment_type and color by vqa.
    case(
        "M64-TEE-032",
        caption("a woman wearing a yellow t-shirt with a smiley face on it"),
        D.wearing("a yellow shirt with a smiley face and denim shorts"),
        D.garment_type("graphic tee"),
        D.color(
            "yellow Question: What is the color of the shorts? Answer: blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.description("he is wearing a yellow t-shirt with a smiley face", "pronoun"),
        D.details("the t-shirt has a smiley face on the front"),
        gender=W,
        category="Tshirts",
        color="Yellow",
        title="Roadster Women Yellow Graphic Printed Oversized T-shirt",
    ),
    # 33. Flat packshot: long blue A-line tunic top with a white paisley print, mandarin collar, front keyhole,
    #     three-quarter sleeves, side slits; no dupatta. All by base.
    case(
        "M64-TOP-033",
        caption("a blue and white printed top with a mandarin collar"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.sleeve_length("three quarter"),
        D.description(
            "a long blue tunic with a white paisley print, three quarter sleeves and a matching dupatta", "unsupported"
        ),
        D.details(
            "the top has a mandarin collar and a keyhole at the front and three quarter sleeves and a slit on the "
            "sides and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Blue",
        title="Biba Women Blue & White Paisley Print A-Line Top",
    ),
    # 34. Flat packshot on white: white solid palazzo trousers, elastic waist.
    #     caption by base; wearing, garment_type, color, description, details, material by vqa.
    case(
        "M64-TRS-034",
        caption("a pair of white pants on a white background"),
        D.wearing("white pants"),
        D.garment_type("pants"),
        D.color("white"),
        D.description(
            "white pants Question: Describe the pants. Answer: white pants Question: Describe the pants. Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender=W,
        category="Trousers",
        color="White",
        title="AND Women White Solid Palazzo Trousers",
    ),
    # 35. Flat packshot, front view: black faux-leather A-line mini skirt (its zip is at the side and not visible).
    #     All by base. The color is answered brown (the leather sheen); a back zip invented.
    case(
        "M64-SKT-035",
        caption("a black leather skirt on a white background"),
        D.garment_type("skirt"),
        D.color("brown", "contradiction"),
        D.description("the skirt is short and black and has a", "cut"),
        D.details("the skirt has a zipper on the back", "unsupported"),
        D.material("leather"),
        gender=W,
        category="Skirts",
        color="Black",
        title="ONLY Women Black Solid Faux Leather A-Line Mini Skirt",
    ),
    # 36. Invisible-mannequin shot: blue-and-white vertical striped long-sleeve shirt, one pocket on the left chest.
    #     caption and details by cap3; garment_type, color, pattern, description by base.
    case(
        "M64-SHT-036",
        caption(
            "The shirt this lady wears has long sleeves and it is with cotton fabric and striped patterns. It has a "
            "lapel neckline. The shirt has buttons on the front and a pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.description("a blue and white striped button down shirt"),
        D.details(
            "Her shirt has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. Her shirt has "
            "long sleeves, cotton fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Blue",
        title="Mast & Harbour Women Blue & White Regular Fit Striped Casual Shirt",
    ),
    # 37. Flat packshot: brown corduroy straight trousers, high waist, front pleats, side pockets, zip fly, belt loops.
    #     All by base. Pattern answered striped (the corduroy wales).
    case(
        "M64-TRS-037",
        caption("a pair of brown corduroy pants"),
        D.color("brown"),
        D.pattern("striped", "contradiction"),
        D.description("a pair of brown corduroy pants with a high waist"),
        D.details(
            "the pants have a high waist with pleats in the front and two side pockets and a zip fly and a button "
            "closure and belt loops and the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Trousers",
        color="Brown",
        title="Mango Women Brown Corduroy Straight Trousers",
    ),
    # 38. Flat packshot: navy short-sleeve polo tee with white tipping on the collar.
    #     caption by base; wearing, garment_type, color, sleeve_length, description, material by vqa.
    case(
        "M64-TEE-038",
        caption("a navy blue polo shirt with white trim on the collar"),
        D.wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo "
            "shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        D.sleeve_length("short"),
        D.description(
            "Question: Describe the garment. Answer: Question: Describe the garment. Answer: Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Women Navy Blue Solid Polo Collar T-shirt",
    ),
    # 39. Flat packshot: mid-grey skinny jeans, five pockets, slight fading on the thighs.
    #     All by base. "Is this a pair of jeans?" answered no; details empty.
    case(
        "M64-JNS-039",
        caption("a pair of grey jeans on a white background"),
        D.garment_type("jeans"),
        D.color("grey"),
        D.description(
            "a pair of grey skinny jeans with a mid rise waist and five pockets and a button and zip fly and a "
            "slightly faded wash on the front of the",
            "cut",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        is_a("pair of jeans", "no", "contradiction"),
        gender=W,
        category="Jeans",
        color="Grey",
        title="Roadster Women Grey Skinny Fit Mid-Rise Jeans",
    ),
    # 40. On-model: woman in a burgundy long-sleeve velvet fitted top and a black mini skirt.
    #     caption, wearing, color, description, material by base; details by cap3 (calls it a knitted sweater).
    case(
        "M64-TOP-040",
        caption("a woman in a burgundy velvet top and a black skirt"),
        D.wearing("he is wearing a burgundy top and black skirt", "pronoun"),
        D.color("maroon"),
        D.description("a black velvet top with long sleeves", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt",
            "contradiction",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the garment", "restated"),
        gender=W,
        category="Tops",
        color="Burgundy",
        title="Vero Moda Women Burgundy Velvet Fitted Top",
    ),
    # 41. Flat lay on white: plain white short-sleeve crew-neck tee. No seller columns at all.
    #     caption, wearing, color, pattern, details, material by base; description by vqa.
    case(
        "M64-TEE-041",
        caption("a white t-shirt laid flat on a white surface"),
        D.wearing("a white t-shirt with a", "cut"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.description(
            "white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        D.details("it is a t-shirt", "non_answer"),
        D.material("cotton"),
    ),
    # 42. On-model, front view: woman in a knee-length blue denim pencil skirt with a white shirt tucked in;
    #     no slit or pockets visible from the front. All by base.
    case(
        "M64-SKT-042",
        caption("a woman wearing a white shirt tucked into a blue denim skirt"),
        D.wearing("a white shirt and a denim skirt"),
        D.color("white", "other_garment_color"),
        D.description("a knee length denim pencil skirt with a white shirt tucked in"),
        D.details("the skirt has a slit at the back and two pockets in the front", "unsupported"),
        D.material("none", "non_answer"),
        gender=W,
        category="Skirts",
        color="Blue",
        title="Kraus Jeans Women Blue Denim Pencil Skirt",
    ),
    # 43. Flat packshot: black-and-white houndstooth straight trousers.
    #     caption, description, details by cap3; wearing, color, pattern by base.
    case(
        "M64-TRS-043",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and lattice patterns. The lady wears a "
            "long pants. The pants are with cotton fabric and lattice patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black and white pants"),
        D.color("black and white"),
        D.pattern("checked"),
        D.description(
            "The pants are with cotton fabric and lattice patterns. The pants are of long length. The lady wears a "
            "short-sleeve T-shirt. The",
            "unsupported",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and lattice patterns. Question: What are the details of the garment? "
            "Answer: The pants are",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Trousers",
        color="Black",
        title="SASSAFRAS Women Black & White Houndstooth Checked Straight Trousers",
    ),
    # 44. On-model: woman in a coral one-shoulder sleeveless top with a ruffle along the neckline, white jeans.
    #     All by base. The closed color is the jeans' white.
    case(
        "M64-TOP-044",
        caption("a woman in an orange one shoulder top"),
        D.wearing("an orange top and white jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("the sleeves are as long as the sleeves", "restated"),
        D.description("he is wearing an orange top with one shoulder", "pronoun"),
        D.details(
            "the top has one shoulder with a ruffle along the neckline and the other shoulder is bare and the ruffle "
            "goes all the way down to the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Tops",
        color="Coral",
        title="Berrylush Women Coral Solid One Shoulder Top",
    ),
]
