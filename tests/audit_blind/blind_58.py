"""BLIND_58 (44 products; the experiments re-run on a Myntra-style kids' catalog): written blind in the seventeenth
session. Measured blind at 5a20331: 121/140 and 16/145. The writer's notes, verbatim:

Blind corpus 58: BLIP-2 OPT-2.7b on a Myntra-style kids' wear catalog (boys and girls, 2-14).

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a marketplace catalog of
    kids' wear: t-shirts, shirts, frocks and dresses, shorts, jeans, joggers, dungarees, ethnic kurta sets, night
    suits, sweatshirts and jackets. Mostly on-model studio shots of a child on a white background, some flat
    packshots with no person. enrich's default questionnaire (DEFAULT_QUESTIONS), a few products with the VQA data's
    yes/no garment question (is_a). Seller columns from the marketplace passed to case(): gender (Boys/Girls),
    category (Myntra article type), color (base colour), title; some products lack some or all of them.

Which system wrote which text (named again in the comment above each case)
    - base: Salesforce/blip2-opt-2.7b untuned, greedy, stops on the newline. Writes the short captions ("a little
      boy in ...") and most short open answers; its failures are one color for every garment, the wrong pronoun for
      the child, invented details, the question said back, empty or "i don't know" answers.
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). Task erased: every prompt returns the
      DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt
      is with cotton fabric ..."), which runs to the token limit: cut mid-sentence or looping.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. One-word answers from its training classes that run on: repeated words,
      "yes" to open questions, and the `Question: ... Answer:` format continued (prompt leaks).
    - closed questions (garment_type, color, pattern, sleeve_length): enrich's reference engine ranking the
      candidate answers with the base model; the stored text is the chosen candidate. is_a answers: vqa adapter.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). No audit code, no other corpus, no docs; the only thing run was
    an import check of this file. Every label was judged against the imagined photo in the comment above each case.

Label conventions and judgement calls
    - One failure kind per text, the most salient one. A template text that runs into the limit and stops
      mid-phrase is "cut", one that restarts its own sentence or repeats a word/phrase to the limit is "loop", one
      that contains "Question:" or "Answer:" is "leak" even when it also repeats.
    - Answers are capped at 30 new tokens and captions at 50 (hit_limit=True on cut and loop texts that ran to the
      cap). Adapter texts that end cleanly on a full stop are stored hit_limit=True as well: the adapters learned to
      emit padding (not eos) after the template, so generation still runs to the cap. Base texts stop on the newline
      (hit_limit=False); a base text that stops mid-phrase before the cap is "cut" with hit_limit=False.
    - Near-color synonyms are correct: Navy Blue -> "blue"/"dark blue", Lavender -> "purple", Mustard -> "yellow",
      Olive/Sea Green/Teal -> "green", Maroon -> "red", Off White -> "white"/"cream", Peach/Coral -> "pink",
      Grey Melange/Charcoal -> "grey".
    - DeepFashion template words are correct where they fit: "pure color patterns" = solid, "lattice" = checked,
      "three-point shorts", "long trousers" for joggers, "sweater" for a sweatshirt, "coat" for a jacket, "dress"
      for the kurta in a caption template that then ends cut or loops (the text is labelled by its cut/loop).
    - Adult nouns of the right gender for a child ("The lady" for a girl, "This gentleman"/"The man" for a boy) are
      not pronoun failures; "she"/"the lady" for a Boys product or "he" for a Girls product are. "The person" is
      neutral. Pronoun failures are labelled only where the seller gender is given.
    - Layers are correct when named as layers (a jacket over a t-shirt); backgrounds named in captions ("on a white
      background", "in front of a white wall") are correct; a packshot caption with no person is correct.
    - A closed color/pattern/type answer that names another garment in the photo (the jeans' blue for the
      t-shirt) is other_garment_color for colors and contradiction for types and patterns; a closed color that names
      only a print, a collar or trim of the product itself is contradiction. An open answer that gives the product
      the other garment's color is other_garment_color; one that gives another garment the product's color is
      contradiction.
    - "they are shorts" / "they are short" for details, "yes" to an open question, "" and "i don't know" are
      non_answer; "the garment is a garment", "the details of the garment are the details of the garment" are
      restated.
    - Materials a shopper can see (denim, fleece-like cotton for tees, polyester puffer shell) are correct; fibre
      percentages, "organic", care instructions, and parts not in the photo (hood, pockets, zipper at the back,
      rings and wrist accessories of the template) are unsupported.
    - Pattern "solid" for garments with only a tiny side stripe or self-design is correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, is_a

BLIND_58: list[Case] = [
    # Boy ~6 on white, navy blue half-sleeve crew-neck t-shirt with a white dinosaur graphic, grey shorts.
    # caption/wearing: base; closed: reference engine; description/details: cap3.
    case(
        "KW58-BT-1001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("navy"),
        D.description(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. This man wears a three-point shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
    ),
    # Girl ~5 on white, red sleeveless fit-and-flare frock with white polka dots, round neck; no jewellery.
    # caption: cap1; wearing/material: base; details: vqa.
    case(
        "KW58-GD-2002",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a red dress with white polka dots"),
        D.garment_type("dress"),
        D.color("red"),
        D.pattern("polka dots"),
        D.details(
            "red Question: What is the color of the dress? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Girls Red Polka Dot Print Fit and Flare Dress",
    ),
    # Boy ~10, blue-and-white gingham full-sleeve shirt, buttoned, with beige chinos.
    # caption/wearing/details: base; description: cap3.
    case(
        "KW58-BS-3003",
        caption("a boy in a blue and white checkered shirt and khaki pants"),
        D.wearing("a plaid shirt"),
        D.garment_type("shirt"),
        D.color("beige", "other_garment_color"),
        D.pattern("checked"),
        D.description(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has buttons on the front and a collar"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Boys Blue & White Gingham Checked Casual Shirt",
    ),
    # Flat packshot on white, no person: girls' mid-blue slim jeans with a small embroidered flower on a back pocket.
    # caption/wearing/material: base; description: vqa; details: cap1.
    case(
        "KW58-GJ-4004",
        caption("a pair of blue jeans on a white background"),
        D.wearing("jeans"),
        D.color("blue"),
        D.description("yes", "non_answer"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Girls Blue Slim Fit Stretchable Jeans",
    ),
    # Boy ~12, black joggers with a thin white side stripe, plain white t-shirt on top.
    # caption: cap3 (complete, padded to the cap); wearing/description: base; details: vqa.
    case(
        "KW58-BJ-5005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The man "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("joggers"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description("black pants with a white stripe on the side"),
        D.details(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Track Pants",
        color="Black",
        title="Boys Black Solid Joggers",
    ),
    # Girl ~9, mustard straight kurta with gold block-printed motifs, three-quarter sleeves, round neck, matching
    # mustard palazzos; no mirror work, no tassels. caption/wearing/details: base; description: cap3.
    case(
        "KW58-GK-6006",
        caption("a little girl in a yellow indian outfit"),
        D.wearing("a yellow kurta"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow"),
        D.pattern("printed"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("gold print with mirror work and a tassel tie at the neck", "unsupported"),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Girls Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos",
    ),
    # Boy ~4, light blue night suit with cartoon cars, half-sleeve top and full-length pyjamas.
    # caption/wearing/details: base; description: cap1.
    case(
        "KW58-BN-7007",
        caption("a little boy in blue pajamas with cars on them"),
        D.wearing("she is wearing pajamas", "pronoun"),
        D.garment_type("night suit"),
        D.color("light blue"),
        D.description(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The person wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("none", "non_answer"),
        gender="Boys",
        category="Night suits",
        color="Blue",
        title="Boys Blue Printed Night suit",
    ),
    # Girl ~7, lavender t-shirt with a glitter unicorn print and short puff sleeves, white leggings.
    # caption: cap3; wearing/description/material: base.
    case(
        "KW58-GT-8008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt with a unicorn on it"),
        D.garment_type("t-shirt"),
        D.color("purple"),
        D.description("the garment is a garment", "restated"),
        D.material("the material of the garment", "restated"),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="Girls Lavender Unicorn Printed Pure Cotton T-shirt",
    ),
    # Boy ~11, grey melange crew-neck sweatshirt with navy "BROOKLYN" lettering, ribbed cuffs, navy joggers.
    # Every open text by cap3 (task erased); closed: reference engine.
    case(
        "KW58-BSW-9009",
        caption(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("graphic"),
        D.description(
            "This gentleman wears a long-sleeve sweater with graphic patterns. This gentleman wears a long-sleeve "
            "sweater with graphic patterns. This gentleman",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The sweater is with cotton fabric and its neckline is round. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. "
            "The sweater",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Grey Melange",
        title="Boys Grey Melange Typography Printed Sweatshirt",
    ),
    # Girl ~3, front view, peach tiered frock with a small white floral print and flutter sleeves; the back is not
    # visible. No gender or title from the seller. caption/wearing/details: base; material: vqa.
    case(
        "KW58-GD-1010",
        caption("a little girl in a pink floral dress"),
        D.wearing("a dress"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.details("the dress has ruffles on the bottom and a bow on the back", "unsupported"),
        D.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made of? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        category="Dresses",
        color="Peach",
    ),
    # Boy ~7, olive cargo shorts with side pockets, white printed t-shirt, bare wrists.
    # caption/wearing/description/material: base; details: cap3.
    case(
        "KW58-BSH-1111",
        caption("a young boy in a white t-shirt and green shorts"),
        D.wearing("a white t-shirt and shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description("they are shorts", "non_answer"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.material("the garment is made of fabric", "non_answer"),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Olive Green Solid Cargo Shorts",
    ),
    # Girl ~10, pink hooded puffer jacket, full zip, open over a white t-shirt, blue jeans.
    # caption/wearing/material: base; description: cap3.
    case(
        "KW58-GJK-1212",
        caption("a girl wearing a pink jacket and jeans"),
        D.wearing("a pink jacket, a white shirt and blue jeans"),
        D.garment_type("jacket"),
        D.color("pink"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and it has a "
            "hooded neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the jacket is the material", "restated"),
        gender="Girls",
        category="Jackets",
        color="Pink",
        title="Girls Pink Solid Hooded Padded Jacket",
    ),
    # Boy ~6 on white, white self-design kurta with mandarin collar and button placket, full sleeves, white pyjamas.
    # caption/details: base; wearing/material: vqa; description: cap1.
    case(
        "KW58-BK-1313",
        caption("a young boy in a white indian outfit standing in front of a white wall"),
        D.wearing("dress", "contradiction"),
        D.garment_type("kurta set"),
        D.color("white"),
        D.description(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand collar. The man wears",
            "cut",
            hit_limit=True,
        ),
        D.details("the kurta has a mandarin collar and buttons down the front"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="White",
        title="Boys White Self Design Kurta with Pyjamas",
    ),
    # Girl ~12, light blue denim dungaree dress (pinafore) over a white t-shirt with red horizontal stripes.
    # caption/details: cap3; wearing: base; description: vqa.
    case(
        "KW58-GDG-1414",
        caption(
            "The lady wears a sleeveless denim dress with pure color patterns. The dress is with denim fabric. The "
            "lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            hit_limit=True,
        ),
        D.wearing("a denim dress with a striped shirt"),
        D.garment_type("dungarees"),
        D.color("red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description(
            "denim Question: What is the color of the dress? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The dress is with denim fabric. The dress is with denim fabric. The dress is with denim fabric. The dress "
            "is with denim",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Blue",
        title="Girls Blue Denim Dungaree Dress",
    ),
    # Boy ~9, colour-blocked polo t-shirt (yellow body, navy shoulders and collar), no chest pocket, navy shorts.
    # caption/wearing/details: base; description: cap1.
    case(
        "KW58-BT-1515",
        caption("a boy in a yellow and blue polo shirt"),
        D.wearing("she is wearing a yellow shirt and blue shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.description(
            "This gentleman wears a short-sleeve polo shirt with color block patterns. The polo shirt is with cotton "
            "fabric and it has a lapel collar. This gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a collar and two buttons and a pocket on the chest", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="Boys Yellow Colourblocked Polo Collar T-shirt",
    ),
    # Flat packshot on white, no person: girls' white full-sleeve shirt with a white embroidered collar. Seller gives
    # no gender. caption/wearing/material: base; description: cap3; details: vqa.
    case(
        "KW58-GS-1616",
        caption("a white shirt on a white background"),
        D.wearing("a white shirt"),
        D.garment_type("shirt"),
        D.color("white"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel collar. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material of the shirt", "restated"),
        category="Shirts",
        color="White",
        title="Girls White Solid Regular Fit Shirt",
    ),
    # Boy ~13, dark indigo slim jeans with mild distressing at the knees, black crew t-shirt, no watch.
    # caption: cap1; wearing/description/material: base; details: vqa.
    case(
        "KW58-BJ-1717",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black shirt and black jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        D.description("blue jeans with holes in the knees"),
        D.details(
            "Answer: the jeans are ripped Question: What are the details of the garment? Answer: the jeans are ripped "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Jeans",
        color="Navy Blue",
        title="Boys Navy Blue Slim Fit Mildly Distressed Jeans",
    ),
    # Girl ~6, pink full-sleeve night suit with small white hearts, top and pyjamas.
    # caption/wearing/details: base; description: cap3; material: vqa.
    case(
        "KW58-GN-1818",
        caption("a little girl in pink pajamas with hearts on them"),
        D.wearing("he is wearing pink pajamas", "pronoun"),
        D.garment_type("night suit"),
        D.pattern("printed"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady wears "
            "a long-sleeve shirt with graphic patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the pajamas have hearts and a", "cut"),
        D.material("yes", "non_answer"),
        gender="Girls",
        category="Night suits",
        color="Pink",
        title="Girls Pink Heart Print Night Suit",
    ),
    # Boy ~10, olive bomber jacket, full zip, rib collar (no hood), two side welt pockets, over a grey t-shirt,
    # black jeans. caption/material: cap3; wearing/description/details: base.
    case(
        "KW58-BJK-1919",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a long-sleeve coat with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black jeans"),
        D.garment_type("jacket"),
        D.color("green"),
        D.description("it is a bomber jacket with a zipper"),
        D.details("the jacket has a hood and two zippered pockets on the chest", "unsupported"),
        D.material(
            "The coat is with cotton fabric and pure color patterns. The gentleman wears a long denim pants. The pants "
            "are with denim",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jackets",
        color="Olive",
        title="Boys Olive Green Solid Bomber Jacket",
    ),
    # Girl ~4, white t-shirt with a yellow sun and "Little Sunshine" in yellow letters, yellow shorts.
    # caption/wearing/details: base; description: vqa.
    case(
        "KW58-GT-2020",
        caption("a little girl wearing a white t-shirt that says little sunshine"),
        D.wearing("a yellow shirt and yellow shorts", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.pattern("graphic"),
        D.description(
            "The garment is a t-shirt. The garment is a t-shirt. The garment is a t-shirt. The garment is a t-shirt.",
            "loop",
            hit_limit=True,
        ),
        D.details("it says little sunshine"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Girls White Typography Printed Pure Cotton T-shirt",
    ),
    # Flat packshot on white, no person: boys' red shorts with elastic waist and white drawstring.
    # caption: cap1; wearing/description/details: base; material: vqa.
    case(
        "KW58-BSH-2121",
        caption(
            "The person wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The "
            "person wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The person "
            "wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color("red"),
        D.description("the garment is a pair of shorts that is a garment", "restated"),
        D.details("they are shorts", "non_answer"),
        D.material(
            "cotton Question: What is the color of the shorts? Answer: red Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Red",
        title="Boys Red Solid Regular Shorts",
    ),
    # Girl ~7, teal sleeveless party frock: sequinned bodice, layered tulle skirt, no floral print.
    # caption/details/material: base; wearing: vqa; description: cap3.
    case(
        "KW58-GFR-2222",
        caption("a girl in a green dress with sparkles"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has sequins on the top and a tulle skirt"),
        D.material("the garment is made of material", "restated"),
        gender="Girls",
        category="Dresses",
        color="Teal",
        title="Girls Teal Embellished Net Fit and Flare Party Dress",
    ),
    # Boy ~8, red pullover hoodie with a Spider-Man print and kangaroo pocket, blue jeans.
    # caption/wearing/material: base; description: cap3.
    case(
        "KW58-BSW-2323",
        caption("a young boy wearing a red spiderman hoodie"),
        D.wearing("a red hoodie and blue jeans"),
        D.color("red"),
        D.description(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "it has a hooded neckline. This",
            "cut",
            hit_limit=True,
        ),
        D.material("100% cotton fleece, machine washable", "unsupported"),
        gender="Boys",
        category="Sweatshirts",
        color="Red",
        title="Boys Red Spider-Man Printed Hooded Sweatshirt",
    ),
    # Girl ~11, charcoal grey joggers, plain white short-sleeve t-shirt.
    # caption: cap3 (complete); wearing/details: base; description: vqa; material: cap1.
    case(
        "KW58-GJG-2424",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey sweatpants"),
        D.garment_type("joggers"),
        D.color("white", "other_garment_color"),
        D.description(
            "Question: Describe the garment. Answer: Question: Describe the garment. Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the details are on the garment", "restated"),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Track Pants",
        color="Charcoal",
        title="Girls Charcoal Grey Solid Joggers",
    ),
    # Boy ~3, red-and-white horizontal striped crew t-shirt, blue denim shorts.
    # caption/wearing: base; description: cap3; details: vqa.
    case(
        "KW58-BT-2525",
        caption("a toddler in a red and white striped shirt"),
        D.wearing("she is wearing a striped shirt and jean shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("red"),
        D.pattern("striped"),
        D.description(
            "The person wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The person wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Boys Red & White Striped Round Neck T-shirt",
    ),
    # Girl ~13, maroon Anarkali kurta with gold embroidery on the yoke, churidar and a matching dupatta; no ring.
    # caption/material: cap3; wearing/details: base; description: vqa.
    case(
        "KW58-GK-2626",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon "
            "fabric and it has a round neckline",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red indian dress with gold embroidery"),
        D.garment_type("dress", "contradiction"),
        D.color("maroon"),
        D.description(
            "dress Question: What is the color of the dress? Answer: red Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.details("gold embroidery on the neck and a matching scarf"),
        D.material(
            "The dress is with chiffon fabric and it has a round neckline. The lady wears a ring. The dress is with "
            "chiffon fabric and it has",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Maroon",
        title="Girls Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
    ),
    # Boy ~12, half-sleeve white shirt with a tiny navy anchor print, buttoned, beige shorts. No seller gender.
    # caption/wearing: base; description: cap1.
    case(
        "KW58-BS-2727",
        caption("a boy in a white shirt with blue anchors on it"),
        D.wearing("the person is wearing clothes", "non_answer"),
        D.garment_type("shirt"),
        D.color("beige", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "This gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. This gentleman",
            "cut",
            hit_limit=True,
        ),
        category="Shirts",
        color="White",
        title="Boys White & Navy Blue Conversational Printed Casual Shirt",
    ),
    # Flat packshot on white, no person: girls' lavender crew-neck sweatshirt with a rainbow patch. No title.
    # caption/description/details: base.
    case(
        "KW58-GSW-2828",
        caption("a purple sweatshirt with a rainbow on it"),
        D.garment_type("sweatshirt"),
        D.color("purple"),
        D.description("the garment is a garment that you wear", "restated"),
        D.details("", "non_answer"),
        gender="Girls",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Boy ~2, short blue denim dungarees (bib and straps) over a plain white t-shirt.
    # caption: cap1; wearing/description: base; details: vqa.
    case(
        "KW58-BDG-2929",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. The person",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing overalls", "pronoun"),
        D.garment_type("shorts", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("blue denim overalls with a pocket on the front"),
        D.details("yes", "non_answer"),
        gender="Boys",
        category="Dungarees",
        color="Blue",
        title="Boys Blue Denim Dungaree Shorts",
    ),
    # Girl ~10, plain mustard crew-neck t-shirt (no pocket, no logo) with rolled sleeves, black leggings.
    # caption/wearing/details: base; is_a: vqa; description: cap3.
    case(
        "KW58-GT-3030",
        caption("a girl wearing a yellow shirt and black leggings"),
        D.wearing("a yellow shirt and black leggings"),
        D.color("black", "other_garment_color"),
        is_a("t-shirt", "yes"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the chest and a logo", "unsupported"),
        gender="Girls",
        category="Tshirts",
        color="Mustard",
        title="Girls Mustard Solid Round Neck T-shirt",
    ),
    # Boy ~9, night suit: navy half-sleeve top with rockets and planets, grey pyjamas. No seller gender.
    # caption/details: base; wearing: cap3; description: vqa.
    case(
        "KW58-BN-3131",
        caption("a boy in navy pajamas with rockets on the shirt"),
        D.wearing(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        D.color("navy"),
        D.description(
            "The T-shirt is with cotton fabric. Question: Describe the garment. Answer: The T-shirt is with cotton "
            "fabric. Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the details of the garment are on the shirt", "restated"),
        category="Night suits",
        color="Navy Blue",
        title="Boys Navy Blue & Grey Printed Night suit",
    ),
    # Girl ~5, yellow A-line frock with a white Peter Pan collar and short puff sleeves; bare wrists.
    # caption: cap3; wearing/description: base; details: vqa.
    case(
        "KW58-GFR-3232",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel collar. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with a white collar"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.sleeve_length("short"),
        D.description("it is a garment", "non_answer"),
        D.details(
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the "
            "buttons, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Girls Yellow Solid A-Line Dress with Peter Pan Collar",
    ),
    # Flat packshot on white, no person: boys' grey melange joggers with drawstring and cuffed hems.
    # caption/wearing/details: base; description: cap1.
    case(
        "KW58-BJG-3333",
        caption("a pair of grey sweatpants on a white background"),
        D.wearing("sweatpants"),
        D.garment_type("joggers"),
        D.description(
            "The person wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "person wears a long trousers with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender="Boys",
        category="Track Pants",
        color="Grey Melange",
        title="Boys Grey Melange Solid Joggers",
    ),
    # Girl ~6, light-wash denim jacket with star and flower patches, plain denim collar, open over a pink dress.
    # caption/wearing/details: base; description: cap3.
    case(
        "KW58-GJK-3434",
        caption("a little girl in a denim jacket and a pink dress"),
        D.wearing("a jean jacket"),
        D.garment_type("dress", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve coat with denim patterns. The coat is with denim fabric. The lady wears a "
            "long-sleeve coat with denim patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.details("it has patches of flowers and stars on it and a fur collar", "unsupported"),
        gender="Girls",
        category="Jackets",
        color="Blue",
        title="Girls Blue Washed Denim Jacket",
    ),
    # Boy ~4, sea green solid kurta, full sleeves, white pyjamas, smiling.
    # caption: cap1; wearing/description/material: base; details: vqa.
    case(
        "KW58-BK-3535",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a stand collar. This gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and white pants"),
        D.color("green"),
        D.pattern("solid"),
        D.description("the boy is wearing a green kurta and she is smiling", "pronoun"),
        D.details(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Boys",
        category="Kurta Sets",
        color="Sea Green",
        title="Boys Sea Green Solid Kurta with Pyjamas",
    ),
    # Girl ~11, red-and-black buffalo check full-sleeve shirt worn open over a black t-shirt, blue jeans.
    # caption/wearing/material: base; description: vqa; details: cap3.
    case(
        "KW58-GS-3636",
        caption("a girl in a red and black plaid shirt over a black t-shirt"),
        D.wearing("a plaid shirt, black t-shirt and jeans"),
        D.garment_type("shirt"),
        D.pattern("checked"),
        D.description(
            "red Question: What is the pattern of the shirt? Answer: plaid Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel collar. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        gender="Girls",
        category="Shirts",
        color="Red",
        title="Girls Red & Black Checked Casual Shirt",
    ),
    # Boy ~14, black t-shirt with neon green "GAME ON" lettering, grey joggers. Seller gives no colour or title.
    # caption/wearing/details/material: base.
    case(
        "KW58-BT-3737",
        caption("a teenage boy in a black t-shirt with green writing"),
        D.wearing("a black t-shirt and black pants", "contradiction"),
        D.color("black"),
        D.pattern("graphic"),
        D.details("it says game on"),
        D.material("the material is the material of the t-shirt", "restated"),
        gender="Boys",
        category="Tshirts",
    ),
    # Girl ~4, pink corduroy dungarees with a bunny appliqué on the bib pocket, white t-shirt underneath.
    # caption: cap3; wearing/description: base; is_a/details: vqa.
    case(
        "KW58-GDG-3838",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with corduroy fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink overalls and a white shirt"),
        is_a("dungaree", "no", "contradiction"),
        D.color("pink"),
        D.description("the girl is wearing a pink overalls with a bunny on the pocket and he is smiling", "pronoun"),
        D.details(
            "pink Question: What are the details of the garment? Answer: pink Question: What are the details",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Pink",
        title="Girls Pink Corduroy Dungarees with T-shirt",
    ),
    # Boy ~10, mid-blue washed denim shorts, navy polo t-shirt.
    # caption/wearing/details/material: base.
    case(
        "KW58-BSH-3939",
        caption("a boy wearing a blue shirt and denim shorts"),
        D.wearing("a blue shirt and blue shorts"),
        D.garment_type("jeans", "contradiction"),
        D.details("they are short", "non_answer"),
        D.material("i'm not sure", "non_answer"),
        gender="Boys",
        category="Shorts",
        color="Blue",
        title="Boys Blue Washed Denim Shorts",
    ),
    # Girl ~13, off-white pullover hoodie, blue jeans.
    # caption/wearing/material: base; is_a/details: vqa; description: cap3.
    case(
        "KW58-GSW-4040",
        caption("a girl wearing a white hoodie and jeans"),
        D.wearing("a white sweatshirt"),
        D.color("cream"),
        is_a("sweatshirt", "yes"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and it "
            "has a hooded neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("blue", "other_garment_color"),
        D.material("it is made of 100% organic cotton", "unsupported"),
        gender="Girls",
        category="Sweatshirts",
        color="Off White",
        title="Girls Off-White Solid Hooded Sweatshirt",
    ),
    # Flat packshot on white, no person: black five-pocket jeans. Seller gives no gender and no title.
    # caption/wearing: base; description/material: cap1; details: vqa.
    case(
        "KW58-BJ-4141",
        caption("a pair of black jeans on a white background"),
        D.wearing("jeans"),
        D.color("black"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: black Question: What are the details of the "
            "garment?",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "The person wears a long denim pants. The pants are with denim fabric and pure color patterns. The person "
            "wears a long denim",
            "cut",
            hit_limit=True,
        ),
        category="Jeans",
        color="Black",
    ),
    # Girl ~9, navy maxi dress with a white floral print, full sleeves, pull-on, no belt, no lace.
    # caption/wearing/details: base; description: cap3.
    case(
        "KW58-GFR-4242",
        caption("a young girl in a long blue dress with white flowers"),
        D.wearing("a blue floral dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("it has flowers and a belt and a zipper in the back and lace trim", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Navy Blue",
        title="Girls Navy Blue Floral Print Maxi Dress",
    ),
    # Boy ~5, navy crew-neck sweatshirt with a Mickey Mouse print, matching navy joggers.
    # caption/details: cap1; wearing: base.
    case(
        "KW58-BSW-4343",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue sweatshirt with mickey mouse on it", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("blue"),
        D.details(
            "The sweater is with cotton fabric and its neckline is round. The sweater is with cotton fabric and its "
            "neckline is round. The sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Navy Blue",
        title="Boys Navy Blue Mickey Mouse Printed Sweatshirt",
    ),
    # Flat packshot on white, no person: girls' coral t-shirt with ruffled short sleeves.
    # caption/wearing/details: base; description: cap3; material: vqa.
    case(
        "KW58-GT-4444",
        caption("a pink t-shirt with ruffled sleeves"),
        D.wearing("a pink top"),
        D.garment_type("t-shirt"),
        D.pattern("solid"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("ruffles"),
        D.material(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Coral",
        title="Girls Coral Solid Ruffle Sleeve T-shirt",
    ),
]
