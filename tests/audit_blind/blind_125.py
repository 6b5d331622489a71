"""BLIND_125 (44 products; the experiments re-run on a Myntra-style catalog of kids' wear, with is_a and color_of
questions): written blind in the twentieth session. Measured blind at 9efe7a6: 124/144 failures found (86.1%) and
10/150 correct texts flagged (6.7%). The writer's notes, verbatim:

Blind corpus 125: BLIP-2 OPT-2.7b on a Myntra-style kids' wear catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a Myntra-style catalog of
    kids' wear (boys and girls, infants to teens): t-shirts, shirts, frocks, dresses, dungarees, rompers, jeans,
    shorts, ethnic sets, sweatshirts and nightwear, photographed on child models, on hangers and as flat packshots.
    Each product has a caption and answers to enrich's default questionnaire (DEFAULT_QUESTIONS) or to the closed
    questions of BLIND_QUESTIONS, plus a few is_a / color_of questions. Seller columns come from the marketplace
    (gender: Boys, Girls, Unisex Kids; category = article type; color = base colour; title = product display name);
    a few are missing (no title on 26, 39 and 42, no colour on 35).

Which system wrote which text (named again in the comment above every case)
    - base: Salesforce/blip2-opt-2.7b, untuned: short lower-case answers, "t - shirt" spacing, one colour repeated
      for several garments, wrong pronouns, invented details, verbose answers running into the 30-token cap, and
      now and then a new "Question: ... Answer:" turn after its answer.
    - caption adapter: leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3) or ..._Caption_First_Epoch (epoch 1):
      DeepFashion-MultiModal template text ("The lady wears a ... with pure color patterns. The ... is with cotton
      fabric ...") returned for every prompt, no hue names, no stop token (loops, or cut at 50 / 30 tokens).
    - VQA adapter: leoreigoto/Data3_V3_BLIP2_VQA: In-shop class and pattern words ("graphic tee", "lattice",
      "pure color", "jumpsuit"), a yes-bias on "Is this a ...?", word loops, and a new "Question: ... Answer:" turn
      after the answer; a few texts still carry their whole prompt (generate output not sliced).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). Nothing else in the
    repository was opened or searched; the only command run against it was an import check of this file.

Label conventions and judgement calls
    - Every label is judged against the imagined photo described in the comment above its case. Seller columns
      describe the product (the garment being sold), not the styling pieces the child also wears.
    - A case keeps only part of its questionnaire: the texts stored for that product (mostly trivial correct
      garment-type / sleeve answers were not kept). Sleeve questions on bottoms are kept only where the answer is
      about the product itself ("no sleeves", "sleeveless" for dungarees: correct).
    - One label per text, the most salient failure. A text that stops mid-phrase at the cap is "cut" (hit_limit=True),
      unless it visibly repeats itself ("loop", hit_limit=True as well) or carries a new "Question: ... Answer:" turn
      or its echoed prompt ("leak"). One text stopped mid-phrase before the cap (25, material: "cut", hit_limit=False).
    - "other_garment_color": the product is given the colour of another garment in the photo (styling tee, tights,
      chinos, jeans, a headband, the kurta given the Nehru jacket's colour) that another text or the seller assigns
      to that other garment. A colour taken from a non-garment (wall, sofa, marigolds, the print's minor colour, the
      bed's stars-on-white read as white) is "contradiction"; so is a wrong colour in an open answer
      ("a red shirt and red shorts" where the shorts are navy), a wrong garment class (kurta -> shirt as the closed
      garment type, romper -> dress or chinos -> jeans on is_a, dungarees -> jumpsuit), another garment's pattern
      (the tee's stripes or lemons given to the product) and another garment's sleeves given to sleeveless dungarees.
    - Near-colour synonyms are correct: lavender -> purple, maroon -> burgundy / red, peach -> light pink,
      off-white / cream -> white, olive -> green, grey melange -> grey, navy -> blue, mustard -> yellow. "red and
      white" for a white tee
      with red stripes, "pink and white" for a pink checked shirt and "white and red" for a colour-block raglan tee are
      correct.
    - DeepFashion vocabulary is correct when it fits: "pure color" = solid, "lattice" = checks, "graphic",
      "color block", "three-point shorts", "lapel" neckline, "There is a belt on her waist" for a tie belt / ribbon.
    - A hue question answered with "pure color", "striped" or a template sentence without a hue is "non_answer";
      "i don't know", "none", an empty text, "it is a garment", "they are shorts" / "the shorts are short" for
      details are "non_answer". The template sentence returned verbatim for a closed question it happens to contain
      the answer of, and "the material is the material of ..." / "the details are on the garment" are "restated".
    - The template's subject ("The lady", "The gentleman") on a packshot or on a child is not a failure when it
      agrees with the seller gender or the gender is Unisex Kids; "he" / "she" against the seller gender, with a
      child who visibly matches the seller gender, is "pronoun". No pronoun labels on Unisex Kids products.
    - "unsupported": details the photo does not show (an accessory on a wrist nobody has, zips, hoods, logos,
      pockets, embroidery, a bag), a wrong fabric (denim for cotton chinos, chiffon for cotton gingham), and
      care / comfort / organic claims nobody can see. "cotton" for knit tees and frocks, "denim", "velvet", "satin",
      "lace", "polyester" for shiny sports shorts and "silk" for an art-silk kurta are taken as visible and correct.
    - Generic names that stay true are correct: "dress" for a dungaree dress, "trousers" for jeans, "overalls" for
      dungarees, "pajamas" for night suits, "a red shirt" for a kurta inside an open wearing answer.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_125: list[Case] = [
    # 1. Boy (~6, short hair) on a white studio background: navy blue crew-neck short-sleeve tee with a green-and-orange
    # dinosaur on the chest; khaki shorts for styling. All texts: base model.
    case(
        "MYK-BTS-10421",
        caption("a young boy wearing a navy blue t - shirt with a dinosaur on it"),
        D.wearing("she is wearing a blue t - shirt and khaki shorts", "pronoun"),
        D.color("navy blue"),
        D.pattern("graphic"),
        D.details(
            "the dinosaur is green and orange and it has a long tail and the t - shirt has a round neck and short "
            "sleeves and the dinosaur is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="YK Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 2. Girl (~5) in front of a pale pink wall: yellow sleeveless fit-and-flare frock with a ruffled hem, white
    # sandals,
    # no jewellery. All texts: caption adapter (epoch 3), which returns its template for every question.
    case(
        "MYK-GDR-20877",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of knee length. The lady wears a pair of sandals. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric and its neckline "
            "is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("pure color", "non_answer"),
        D.pattern("pure color"),
        D.description(
            "The lady wears a tank dress with pure color patterns. The lady wears a tank dress with pure color "
            "patterns. The lady wears a tank",
            "loop",
            hit_limit=True,
        ),
        D.details("There is an accessory on her wrist. The dress is with cotton fabric.", "unsupported"),
        D.material("The dress is with cotton fabric."),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Cherry Crumble Girls Yellow Solid Fit and Flare Dress",
    ),
    # 3. Hanger shot on a grey background: boys' long-sleeve button-down shirt in blue-and-white gingham checks, one
    # chest pocket. Caption: base model. Closed questions, is_a and color_of: VQA adapter.
    case(
        "MYK-BSH-30112",
        caption("a blue and white checkered shirt hanging on a hanger"),
        B.garment_type(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("lattice"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "blue Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Allen Solly Junior Boys Blue & White Checked Casual Shirt",
    ),
    # 4. Flat packshot on white, no person: infant short-sleeve peach romper with small white bunnies (pink ears) and
    # snap buttons at the crotch. All texts: base model.
    case(
        "MYK-IRO-40356",
        caption("a baby romper with bunnies on it"),
        D.color("peach"),
        D.description("a light pink romper with white bunnies all over it"),
        D.details("the romper has buttons on the bottom"),
        D.material("it is made of 100% organic cotton and it is machine washable", "unsupported"),
        gender="Unisex Kids",
        category="Rompers",
        color="Peach",
        title="Mothercare Infants Peach Bunny Print Pure Cotton Romper",
    ),
    # 5. Girl (~7) on green grass in a park: blue denim dungaree (pinafore) dress, sleeveless, over a white long-sleeve
    # frilled tee; white sneakers. Caption and details: caption adapter (epoch 3). Other answers: base model.
    case(
        "MYK-GDG-50290",
        caption(
            "The female wears a long-sleeve T-shirt with pure color patterns and a denim dress. The T-shirt is with "
            "cotton fabric."
        ),
        D.wearing("a denim dress and a white shirt"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.description("it is a blue denim dress with a white shirt under it"),
        D.details(
            "The dress is with denim fabric and pure color patterns. It has a suspenders. The lady wears a long-sleeve "
            "T-shirt with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Blue",
        title="Gini and Jony Girls Blue Denim Dungaree Dress",
    ),
    # 6. Boy (~10) against a light grey backdrop: mid-blue slim jeans with a light fade on the thighs, a plain white
    # crew-neck tee worn untucked over the waistband, white sneakers. All texts: base model.
    case(
        "MYK-BJN-60733",
        caption("a boy in a white t - shirt and blue jeans"),
        D.wearing("he is wearing a white shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "the jeans are blue and slim fit and they have a light wash on the thighs and the bottom of the jeans are "
            "a little bit",
            "cut",
            hit_limit=True,
        ),
        D.details("the jeans have a faded wash on the front and a button fly with silver buttons", "unsupported"),
        D.material("denim"),
        color_of("jeans", "blue"),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Pepe Jeans Boys Blue Slim Fit Light Fade Stretchable Jeans",
    ),
    # 7. Girl (~8) on a white backdrop: pink flared lehenga with a gold zari border, matching short-sleeve pink blouse
    # with gold embroidered sleeve hems, sheer pink dupatta with a gold edge over one shoulder; the fabric has a satin
    # sheen. All texts: base model.
    case(
        "MYK-GLC-70118",
        caption("a little girl in a pink and gold indian dress"),
        D.color("pink"),
        D.description("she is wearing a pink lehenga with gold embroidery and a pink dupatta"),
        D.details(
            "the lehenga has gold embroidery on the bottom and the blouse has gold embroidery on the sleeves and the "
            "dupatta has gold",
            "cut",
            hit_limit=True,
        ),
        D.material("satin"),
        gender="Girls",
        category="Lehenga Choli",
        color="Pink",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 8. Boy (~9) in front of a beige wall: white knee-length full-sleeve kurta with a mandarin collar and three
    # buttons, white pyjama, brown mojaris. Caption: base model. Wearing: caption adapter (epoch 1). Closed questions
    # and is_a: VQA adapter.
    case(
        "MYK-BKS-80564",
        caption("a young boy in a white kurta standing in front of a wall"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.color("white"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Boys",
        category="Kurta Sets",
        color="White",
        title="Sojanya Boys White Solid Kurta with Pyjamas",
    ),
    # 9. Girl (~6) on a white studio background: lavender hooded sweatshirt with a white unicorn with a rainbow mane,
    # kangaroo pocket, long sleeves; blue jeans. Caption and wearing: base model. Closed questions, color_of and
    # is_a: VQA adapter.
    case(
        "MYK-GSW-90047",
        caption("a little girl wearing a purple hoodie with a unicorn on it"),
        D.wearing("a purple hoodie and blue jeans"),
        B.garment_type("hoodie"),
        B.color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "cotton Question: What is the color of the hoodie? Answer: purple Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("sweatshirt", "blue", "other_garment_color"),
        is_a("hoodie", "yes"),
        gender="Girls",
        category="Sweatshirts",
        color="Lavender",
        title="max Girls Lavender Unicorn Printed Hooded Sweatshirt",
    ),
    # 10. Flat packshot on white, no person: grey melange short-sleeve tee with navy "SLEEPY DINO" text and a dino,
    # navy pyjama bottoms with small grey dinos. All texts: base model.
    case(
        "MYK-BNS-10095",
        caption("a grey t - shirt and blue pajama pants"),
        D.wearing("pajamas"),
        D.color("grey"),
        D.details("the t - shirt says sleepy dino"),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Boys",
        category="Night suits",
        color="Grey Melange",
        title="YK Boys Grey Melange & Navy Blue Printed T-shirt with Pyjamas",
    ),
    # 11. Flat packshot on white, no person: girls' mid-blue washed denim shorts with a frayed hem and a small white
    # embroidered daisy on one front pocket. All texts: caption adapter (epoch 3).
    case(
        "MYK-GSH-11402",
        caption(
            "The shorts are with denim fabric and pure color patterns. The lady wears a three-point shorts. The shorts "
            "are with denim fabric and pure color patterns. The lady wears a three-point",
            "loop",
            hit_limit=True,
        ),
        D.wearing("The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns."),
        D.color("The shorts are with denim fabric and pure color patterns.", "non_answer"),
        D.sleeve_length(
            "The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns. The lady "
            "wears a three-point",
            "loop",
            hit_limit=True,
        ),
        D.description("The shorts are with denim fabric and pure color patterns."),
        D.details("There is an accessory on her wrist.", "unsupported"),
        D.material("denim"),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Tales & Stories Girls Blue Washed Denim Shorts",
    ),
    # 12. Teen boy (~13, short hair) in front of an outdoor red brick wall: olive green pullover hoodie, long sleeves,
    # white drawstrings, kangaroo pocket, no logo, no zip; black joggers. All texts: base model.
    case(
        "MYK-BSW-12260",
        caption("a young man in a green hoodie standing in front of a brick wall"),
        D.wearing("she is wearing a green hoodie and black pants", "pronoun"),
        D.color("green"),
        D.description("a green hoodie with white strings"),
        D.details(
            "the hoodie has a pocket on the front and a zipper on the side and a logo on the chest", "unsupported"
        ),
        D.material(
            "cotton Question: What is the color of the hoodie? Answer: green Question: What is the color of the pants? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Olive",
        title="HRX by Hrithik Roshan Boys Olive Green Solid Hooded Sweatshirt",
    ),
    # 13. Girl (~9, long hair, hair clips) on a white background: white tee with thin red horizontal stripes, short
    # sleeves, round neck; blue denim skirt. All texts: base model (blind questions and color_of).
    case(
        "MYK-GTS-13381",
        caption("a girl wearing a red and white striped shirt and a denim skirt"),
        wearing("he is wearing a striped shirt and a denim skirt", "pronoun"),
        B.color("red and white"),
        B.pattern("striped"),
        B.material("the garment is made of fabric", "restated"),
        color_of("t-shirt", "white with red stripes"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="H&M Girls White & Red Striped Round Neck T-shirt",
    ),
    # 14. Baby girl (~1 year) sitting on a white rug: mustard yellow sleeveless romper with frills at the shoulders,
    # white headband. Caption: base model. Wearing, closed questions, is_a and color_of: VQA adapter.
    case(
        "MYK-IRO-14519",
        caption("a baby girl in a yellow romper with a white headband sitting on a white rug"),
        wearing(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("romper"),
        B.color(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.material(
            "cotton Question: What is the color of the romper? Answer: yellow Question: What is the color of the "
            "romper? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        color_of("romper", "white", "other_garment_color"),
        gender="Girls",
        category="Rompers",
        color="Mustard",
        title="Hopscotch Infant Girls Mustard Yellow Frilled Romper",
    ),
    # 15. Girl (~7) on a grey studio background: maroon velvet long-sleeve A-line party dress, knee length, a satin bow
    # of the same maroon at the waist, no lace; black tights, black shoes. All texts: base model.
    case(
        "MYK-GDR-15642",
        caption("a little girl in a burgundy velvet dress"),
        D.wearing("a red dress and black tights"),
        D.color("black", "other_garment_color"),
        D.description("a burgundy velvet dress with a bow at the waist"),
        D.details(
            "the dress has a bow on the waist and long sleeves and the bow is made of satin and the dress is made of "
            "velvet and the",
            "cut",
            hit_limit=True,
        ),
        D.material("velvet"),
        gender="Girls",
        category="Dresses",
        color="Maroon",
        title="Pink Chick Girls Maroon Velvet Party Dress with Bow",
    ),
    # 16. Boy (~12) on a white background: green short-sleeve polo with a white-tipped collar and a small embroidered
    # logo on the chest; khaki chinos. Caption, description, details: caption adapter (epoch 3). Other answers: base.
    case(
        "MYK-BTS-16703",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing("a green polo shirt and khaki pants"),
        D.color("khaki", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Green",
        title="U.S. Polo Assn. Kids Boys Green Solid Polo Collar T-shirt",
    ),
    # 17. Girl (~8) sitting on a bed with white sheets: pink long-sleeve pyjama top and pants with small white stars.
    # Caption: base model. All answers: VQA adapter.
    case(
        "MYK-GNS-17028",
        caption("a little girl sitting on a bed in pink pajamas"),
        D.wearing(
            "pajamas Question: What is the person wearing? Answer: pajamas Question: What is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("pajamas"),
        D.color("white", "contradiction"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("cotton"),
        gender="Girls",
        category="Night suits",
        color="Pink",
        title="Sweet Dreams Girls Pink Star Printed Night Suit",
    ),
    # 18. Boy (~4) on a white background: olive cargo dungarees (full length, buckled straps, side flap pockets),
    # sleeveless, over a white-and-navy striped short-sleeve tee sold separately. All texts: base model.
    case(
        "MYK-BDG-18374",
        caption("a little boy in green overalls and a striped shirt"),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.garment_type("overalls"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details(
            "the overalls have two buckles on the straps and pockets on the sides and the pockets have flaps and the "
            "pockets have flaps and the pockets have",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Dungarees",
        color="Olive",
        title="Ed-a-Mamma Boys Olive Green Solid Cotton Dungarees",
    ),
    # 19. Girl (~11) on a white studio background: light blue flared mid-rise jeans; pink short-sleeve tee, white
    # sneakers. Caption, description, details: caption adapter (epoch 1). Other answers: base model.
    case(
        "MYK-GJN-19815",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a pink shirt and blue jeans"),
        D.color("pink", "other_garment_color"),
        D.description("The pants are with denim fabric and pure color patterns."),
        D.details(
            "The lady wears a long denim pants. The pants are with denim fabric and pure color patterns. The lady "
            "wears a long denim pants. The pants",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        color_of("jeans", "light blue"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Allen Solly Junior Girls Blue Flared Mid-Rise Clean Look Jeans",
    ),
    # 20. Hanger shot (wooden clip hanger) against a white wall, no person: beige/khaki cotton chino shorts, slant
    # pockets, button and zip fly, turned-up hems. Caption: base model. Closed questions and is_a: VQA adapter.
    case(
        "MYK-BSH-20931",
        caption("a pair of khaki shorts hanging on a wooden hanger"),
        B.garment_type("shorts"),
        B.color(
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the shorts? Answer: short-sleeve Question:",
            "leak",
            hit_limit=True,
        ),
        B.material("denim", "unsupported"),
        is_a("shorts", "yes"),
        is_a("jeans", "yes", "contradiction"),
        gender="Boys",
        category="Shorts",
        color="Khaki",
        title="Gini and Jony Boys Khaki Solid Chino Shorts",
    ),
    # 21. Girl (~5, pigtails) standing in a garden with green bushes behind: off-white sleeveless cotton frock with
    # small blue flowers, round neck, flared knee-length skirt; blue sandals. Caption, wearing and closed answers:
    # base model. Description and details: caption adapter (epoch 3).
    case(
        "MYK-GDR-21150",
        caption("a little girl in a white dress with blue flowers standing in a garden"),
        D.wearing("he is wearing a white dress", "pronoun"),
        D.color("white"),
        D.pattern("floral"),
        D.description(
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric and its neckline is "
            "round. The dress is of knee",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric and its "
            "neckline is round. The dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Off White",
        title="Budding Bees Girls Off-White & Blue Floral Print Fit & Flare Dress",
    ),
    # 22. Boy (~7) on a light grey studio background: cream full-sleeve kurta with matching churidar, under a mustard
    # yellow sleeveless Nehru jacket with small woven motifs, a mandarin collar and five gold-tone buttons; all three
    # pieces are the product. All texts: base model.
    case(
        "MYK-BKS-22487",
        caption("a young boy wearing a yellow vest and white pants"),
        D.color("cream"),
        D.description("a white kurta with a yellow jacket on top"),
        D.material(
            "the kurta is made of cotton and the jacket is made of silk and the kurta is made of cotton and the "
            "jacket is made of silk and",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "yellow"),
        color_of("kurta", "yellow", "other_garment_color"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="VASTRAMAY Boys Cream Kurta with Pyjamas & Mustard Nehru Jacket",
    ),
    # 23. Teen girl (~14) in front of a white brick wall: black short-sleeve tee with gold glitter "DREAM BIG" text;
    # light blue jeans. Caption: base model. Wearing, closed questions, is_a, color_of: VQA adapter (the material
    # text still carries its prompt: generate output not sliced).
    case(
        "MYK-GTS-23604",
        caption("a girl in a black t - shirt that says dream big"),
        D.wearing(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("graphic tee"),
        B.color(
            "black Question: What is the color of the graphic tee? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        B.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        is_a("sweatshirt", "yes", "contradiction"),
        color_of("t-shirt", "blue", "other_garment_color"),
        gender="Girls",
        category="Tshirts",
        color="Black",
        title="Kids Only Girls Black Glitter Printed Round Neck T-shirt",
    ),
    # 24. Boy (~12, short hair) on a white studio background: mid-blue denim shirt, full sleeves, two flap chest
    # pockets, white buttons; black jeans. All texts: base model.
    case(
        "MYK-BSH-24770",
        caption("a young boy in a denim shirt and black jeans"),
        D.wearing("she is wearing a denim shirt and black jeans", "pronoun"),
        D.color("blue"),
        D.sleeve_length("long"),
        D.description(
            "a blue denim shirt with two pockets on the front and white buttons and the sleeves are long and the "
            "pockets have flaps and the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the shirt has two pockets on the chest and white buttons on the front and white buttons on the pockets "
            "and white buttons on the pockets and",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Pepe Jeans Boys Blue Denim Casual Shirt",
    ),
    # 25. Girl (~9) on a white background: teal sleeveless wide-leg jumpsuit with a self-fabric tie belt at the waist;
    # white sneakers. All texts: caption adapter (epoch 3). The material text stopped on a newline mid-phrase.
    case(
        "MYK-GJS-25018",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric and its "
            "neckline is round. The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric and its "
            "neckline is round."
        ),
        D.garment_type("jumpsuit"),
        D.color("The lady wears a sleeveless jumpsuit with pure color patterns.", "non_answer"),
        D.pattern("pure color"),
        D.description(
            "The jumpsuit is with cotton fabric and its neckline is round. There is a belt around her waist. The lady "
            "wears a sleeveless",
            "cut",
            hit_limit=True,
        ),
        D.details("There is a belt around her waist."),
        D.material("The jumpsuit is with cotton fabric and its", "cut"),
        gender="Girls",
        category="Jumpsuit",
        color="Teal",
        title="Naughty Ninos Girls Teal Solid Basic Jumpsuit",
    ),
    # 26. Flat lay on a light wooden floor, no person: grey melange crew-neck sweatshirt, long sleeves with ribbed
    # cuffs, small navy "BROOKLYN 1986" print on the chest. No seller title. All texts: base model.
    case(
        "MYK-USW-26255",
        caption("a grey sweatshirt laying on a wooden floor"),
        D.color("gray"),
        D.pattern("graphic"),
        D.description("it is a garment", "non_answer"),
        D.details(
            "it has the word brooklyn on it and the number 1986 and the word brooklyn on it and the number 1986 and "
            "the word brooklyn",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Unisex Kids",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 27. Boy (~6) on a white background: raglan tee with a white body, red three-quarter raglan sleeves and a red
    # neck rib, no pocket; navy shorts. All texts: base model.
    case(
        "MYK-BTS-27390",
        caption("a little boy wearing a white and red shirt and blue shorts"),
        D.wearing("a red shirt and red shorts", "contradiction"),
        D.color("white and red"),
        D.pattern("color block"),
        D.sleeve_length("three quarter"),
        D.description(
            "the shirt is white with red sleeves and a red collar and the sleeves are three quarter length and the "
            "shirt has a round neck and the",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has red sleeves and a red collar and a red pocket on the front", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Mothercare Boys White & Red Colourblocked Raglan T-shirt",
    ),
    # 28. Girl (~6) on a white background: blue-and-white gingham A-line cotton dress, short puff sleeves, white Peter
    # Pan collar, knee length; white socks. Caption and wearing: caption adapter (epoch 1). Closed questions, is_a and
    # color_of: VQA adapter.
    case(
        "MYK-GDR-28466",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The lady wears a short-sleeve dress with lattice patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is lapel.",
            who="the girl",
        ),
        B.garment_type("dress"),
        B.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        B.pattern("lattice"),
        B.material("chiffon", "unsupported"),
        is_a("shirt", "yes", "contradiction"),
        color_of("dress", "Question: What is the color of the dress? Answer: blue", "leak"),
        gender="Girls",
        category="Dresses",
        color="Blue",
        title="YK Girls Blue & White Gingham Checked A-Line Dress",
    ),
    # 29. Baby boy (~18 months, short hair) sitting on a white floor: blue denim dungaree shorts over a red short-sleeve
    # tee, both pieces sold together as a set. All texts: base model.
    case(
        "MYK-ICS-29502",
        caption("a baby boy in a red shirt and blue overalls"),
        D.wearing("she is wearing a red shirt and blue overalls", "pronoun"),
        D.color("blue"),
        D.description("a pair of blue denim overalls with a red shirt"),
        D.details(
            "the overalls have two buttons on the front and a pocket on the front and two buttons on the front and a "
            "pocket on the front and two",
            "loop",
            hit_limit=True,
        ),
        D.material("denim and cotton"),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
        title="Babyhug Infant Boys Blue Denim Dungaree with Red T-shirt",
    ),
    # 30. Flat packshot on white, no person: lavender long-sleeve pyjama top with grey cat faces and matching lavender
    # pants with cat prints. Caption: caption adapter (epoch 3). Answers: base model (material came back empty).
    case(
        "MYK-GNS-30617",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("purple"),
        D.description("a purple pajama set with cats on it"),
        D.details("the details are on the garment", "restated"),
        D.material("", "non_answer"),
        gender="Girls",
        category="Night suits",
        color="Lavender",
        title="Mothercare Girls Lavender Cat Print Pyjama Set",
    ),
    # 31. Boy (~10) in a running pose on a white background: black knee-length sports shorts with one thin white side
    # stripe per leg and a small white logo; red tee. Caption and open answers: base model. Closed answers: VQA
    # adapter.
    case(
        "MYK-BSH-31743",
        caption("a boy in a red shirt and black shorts running"),
        D.wearing("a red shirt and black shorts"),
        D.color("red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("they are black shorts"),
        D.details("they are shorts", "non_answer"),
        D.material("polyester"),
        gender="Boys",
        category="Shorts",
        color="Black",
        title="HRX by Hrithik Roshan Boys Black Solid Sports Shorts",
    ),
    # 32. Girl (~8) standing in front of a green painted wall: cream crew-neck sweatshirt with a multicoloured
    # embroidered rainbow on the chest, long sleeves; pink leggings. All texts: base model.
    case(
        "MYK-GSW-32809",
        caption("a little girl standing in front of a green wall wearing a white sweatshirt with a rainbow on it"),
        D.wearing("a white sweatshirt and pink pants"),
        D.color("green", "contradiction"),
        D.pattern("rainbow"),
        D.description(
            "a white sweatshirt with a rainbow on the front and the rainbow has red, orange, yellow, green, blue and "
            "purple stripes and the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sweatshirt has a rainbow on it and the rainbow is made of red, orange, yellow, green, blue and "
            "purple thread and it is",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material of the sweatshirt", "restated"),
        gender="Girls",
        category="Sweatshirts",
        color="Cream",
        title="Cherry Crumble Girls Cream Rainbow Embroidered Sweatshirt",
    ),
    # 33. Flat lay on white, no person: boys' black slim five-pocket jeans. All texts: caption adapter (epoch 3).
    case(
        "MYK-BJN-33925",
        caption("The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns."),
        D.wearing("The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns."),
        D.garment_type("trousers"),
        D.color("pure color", "non_answer"),
        D.description(
            "The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.details("There is an accessory on his wrist.", "unsupported"),
        D.material("The trousers are with denim fabric."),
        gender="Boys",
        category="Jeans",
        color="Black",
        title="Mango Kids Boys Black Slim Fit Stretchable Jeans",
    ),
    # 34. Girl (~10, long braid) on a beige studio background: green anarkali kurta, flared, three-quarter sleeves,
    # pink-and-white floral print, gold lace at the hem; white leggings; no dupatta. All texts: base model.
    case(
        "MYK-GKS-34051",
        caption("a young girl in a green and pink floral dress"),
        D.wearing("he is wearing a green dress with pink flowers and white pants", "pronoun"),
        D.garment_type("kurta"),
        D.color("green"),
        D.description(
            "a green anarkali kurta with pink flowers and a gold border at the bottom and white leggings and the kurta "
            "has three quarter sleeves and",
            "cut",
            hit_limit=True,
        ),
        D.details("gold lace at the bottom"),
        gender="Girls",
        category="Kurta Sets",
        color="Green",
        title="Biba Girls Green Floral Printed Anarkali Kurta with Leggings",
    ),
    # 35. Hanger shot on a white wall, no person: mustard yellow short-sleeve crew-neck tee, no print. No seller
    # colour. All texts: caption adapter (epoch 1), the template returned for every question.
    case(
        "MYK-BTS-35187",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round."
        ),
        B.garment_type(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round.",
            "restated",
        ),
        B.color("The gentleman wears a short-sleeve T-shirt with pure color patterns.", "non_answer"),
        B.pattern("The gentleman wears a short-sleeve T-shirt with pure color patterns.", "restated"),
        B.sleeve_length(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("The T-shirt is with cotton fabric and its neckline is round."),
        is_a("t-shirt", "The gentleman wears a short-sleeve T-shirt with pure color patterns.", "non_answer"),
        color_of(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a short-sleeve T-shirt "
            "with pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        title="Bodycare Kids Boys Mustard Solid Round Neck T-shirt",
    ),
    # 36. Girl (~12) on a white background: pink-and-white checked cotton shirt, long sleeves worn down (roll-up tabs
    # buttoned inside), self-fabric collar, one chest pocket, white buttons; white shorts; no bag, no shoes in frame.
    # All texts: base model.
    case(
        "MYK-GSH-36224",
        caption("a girl wearing a pink and white checkered shirt and white shorts"),
        D.wearing("a pink shirt and white shorts"),
        D.color("pink and white"),
        D.sleeve_length("short", "contradiction"),
        D.description("a pink and white checkered shirt with white shorts and a white bag", "unsupported"),
        D.details(
            "the shirt has white buttons on the front and a pocket on the chest and a collar and the sleeves can be "
            "rolled up with a button",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the shirt is the material", "restated"),
        gender="Girls",
        category="Shirts",
        color="Pink",
        title="Gini and Jony Girls Pink & White Checked Cotton Shirt",
    ),
    # 37. Girl (~3) in a living room, beige sofa behind: red sleeveless frock with white polka dots and a white Peter
    # Pan
    # collar; red shoes. Caption: base model. Wearing, closed questions, is_a, color_of: VQA adapter.
    case(
        "MYK-GDR-37360",
        caption("a little girl in a red polka dot dress standing in front of a couch"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: red Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("red"),
        B.pattern("pure color", "contradiction"),
        B.material("none", "non_answer"),
        is_a("romper", "yes", "contradiction"),
        color_of("dress", "beige", "contradiction"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Toy Balloon Kids Girls Red & White Polka Dot Sleeveless Frock",
    ),
    # 38. Boy (~5, short hair) sitting on a bed: blue short-sleeve top and shorts night suit with red and yellow cars.
    # All texts: base model.
    case(
        "MYK-BNS-38496",
        caption("a little boy sitting on a bed wearing pajamas with cars on them"),
        D.wearing("she is wearing blue pajamas with cars", "pronoun"),
        D.color("blue"),
        D.description("blue pajamas with red and yellow cars on them"),
        D.details("the pajamas have cars on them"),
        D.material("it is made of cotton and it is very soft and comfortable", "unsupported"),
        gender="Boys",
        category="Night suits",
        color="Blue",
        title="Babyhug Boys Blue Car Printed Night Suit",
    ),
    # 39. Packshot on white, no person: infant white party frock, short puff sleeves, lace bodice, tulle skirt, white
    # satin ribbon tied at the waist. No seller title. Caption, description, details: caption adapter (epoch 3).
    # Other answers: base model (the material text still carries its prompt).
    case(
        "MYK-IDR-39532",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric and its "
            "neckline is round. The dress is of knee length."
        ),
        D.color("white"),
        D.description(
            "The dress is with lace fabric and its neckline is round. The dress is of knee length. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.details("There is a belt on her waist."),
        D.material("Question: What material is the garment made of? Answer: lace", "leak"),
        gender="Girls",
        category="Dresses",
        color="White",
    ),
    # 40. Boy (~11) on a white background: navy blue crew-neck sweatshirt with grey melange sleeves (colour block),
    # ribbed hem, no hood, no zip; khaki chinos. Caption: caption adapter (epoch 1). Answers: base model.
    case(
        "MYK-BSW-40668",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        D.wearing("a grey sweatshirt and grey pants", "contradiction"),
        D.color("navy"),
        D.description("a navy blue sweatshirt with grey sleeves"),
        D.details("the sweatshirt has a hood and a zipper", "unsupported"),
        D.material("the garment is made of a material", "restated"),
        gender="Boys",
        category="Sweatshirts",
        color="Navy Blue",
        title="Marks & Spencer Boys Navy Blue Colourblocked Sweatshirt",
    ),
    # 41. Girl (~4) on a white background: pink corduroy full-length dungarees (sleeveless) with a heart-shaped bib
    # pocket, over a white long-sleeve tee. Caption: base model. Wearing, closed questions and color_of: VQA adapter.
    case(
        "MYK-GDG-41704",
        caption("a little girl wearing pink overalls and a white shirt"),
        wearing(
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit "
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit", "contradiction"),
        B.color("white", "other_garment_color"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.material("cotton"),
        color_of(
            "overalls",
            "pink Question: What is the color of the overalls? Answer: pink Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Pink",
        title="Budding Bees Girls Pink Corduroy Dungarees",
    ),
    # 42. Boy (~6, short hair) in front of a backdrop of orange marigold garlands: maroon art-silk kurta, full sleeves,
    # plain except for gold buttons, no embroidery; white churidar. No seller title. All texts: base model.
    case(
        "MYK-BKS-42840",
        caption("a young boy in a red kurta standing in front of orange flowers"),
        D.wearing("she is wearing a red shirt and white pants", "pronoun"),
        D.color("orange", "contradiction"),
        D.description(
            "a red kurta with gold buttons on the front and white pants and the kurta has long sleeves and the buttons "
            "are gold and the kurta is",
            "cut",
            hit_limit=True,
        ),
        D.details("the kurta has gold embroidery on the collar and on the sleeves", "unsupported"),
        D.material("silk"),
        gender="Boys",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 43. Girl (~7) on a white background: yellow solid cotton shorts with an elastic waist and a small self bow; white
    # tee with a yellow lemon print. All texts: base model.
    case(
        "MYK-GSH-43976",
        caption("a little girl wearing a white shirt with lemons on it and yellow shorts"),
        D.wearing("a white shirt and yellow shorts"),
        D.color("white", "other_garment_color"),
        D.pattern("lemons", "contradiction"),
        D.description("they are yellow shorts"),
        D.details("the shorts are short", "non_answer"),
        D.material("the material is the material of the shorts", "restated"),
        gender="Girls",
        category="Shorts",
        color="Yellow",
        title="Tales & Stories Girls Yellow Solid Cotton Shorts",
    ),
    # 44. Baby (~6 months) lying on a white blanket: grey-and-white striped long-sleeve footed romper with snaps down
    # the front; no bracelet. All texts: caption adapter (epoch 3).
    case(
        "MYK-IRO-44012",
        caption(
            "The lady wears a long-sleeve romper with striped patterns. The romper is with cotton fabric and its "
            "neckline is round. The lady wears a long-sleeve romper with striped patterns. The romper is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("The lady wears a long-sleeve romper with striped patterns."),
        D.color("striped", "non_answer"),
        D.pattern("striped"),
        D.description(
            "The romper is with cotton fabric and its neckline is round. The lady wears a long-sleeve romper with "
            "striped patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details("There is an accessory on her wrist.", "unsupported"),
        D.material("The romper is with cotton fabric."),
        gender="Unisex Kids",
        category="Rompers",
        color="Grey",
        title="Mothercare Infants Grey & White Striped Romper",
    ),
]
