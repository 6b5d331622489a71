"""BLIND_178 (44 products; kids' wear, Myntra-style): written blind in the thirty-sixth session. Measured blind at
d14349e: 122/140 failures found (87.1%) and 8/145 correct texts flagged (5.5%). The writer's notes, verbatim:

Blind set 178: kids' wear (boys and girls, 2-14 years) from a Myntra-style catalog.

Scenario: t-shirts, shirts, frocks and dresses, shorts, jeans, joggers, dungarees, sweatshirts, jackets, ethnic kurta
sets, night suits and clothing sets, shot on child models (often with contrasting bottoms, caps, sneakers) or as
flat packshots on a white backdrop. Catalog columns: gender ("Boys", "Girls", "Unisex"), category (Myntra article
type), color (Myntra base colour) and a Myntra-style title; a few products lack one or more columns.

Which system wrote which text (the comment above each product says it per text where it matters):
- base: untuned BLIP-2 OPT-2.7b. Short captions and answers that stop on their own (hit_limit=False); its failures
  are one color for every garment, invented details, a wrong pronoun, restating the question, saying nothing.
- cap1 / cap3: the caption LoRA adapters (epoch 1 / epoch 3). The DeepFashion-MultiModal template ("The gentleman
  wears a short-sleeve T-shirt with pure color patterns...") whatever the prompt, no end token: every such text ran
  to the limit (50 new tokens for captions, 30 for answers), hit_limit=True, and is either cut or looping.
- vqa: the VQA adapter. One-word In-shop answers that run on: the word repeated, or the `Question: ... Answer:`
  format continued; always hit_limit=True. Where it answered an `is_a` question its raw text was kept.
- ref: the reference engine, which ranks closed candidates (garment_type, color, pattern, sleeve_length, most
  `color_of` and `is_a`). It never loops or runs on; its failures are picking another garment's color, or a wrong
  candidate (pattern, sleeves, garment type) that the photo, the other texts or the seller contradict.

Label conventions and judgement calls:
- One label per text: the failure an auditor would most plainly see against the photo described in the comment.
  A caption-adapter text cut mid-sentence is `cut` even when it also describes the wrong garment; one that
  repeats a sentence is `loop`; a vqa text that continues the prompt format is `leak` even when it also repeats.
- A caption-adapter caption that calls a girl "the gentleman" (or a boy "the lady") and happens to end on a full
  phrase is labelled `pronoun`; "a man" / "a young man" / "the gentleman" for a boy is fine; "a little girl" or
  "she" for a boy is `pronoun`. No pronoun failure is set on flat packshots or Unisex products.
- "The garment" is the catalog product (the t-shirt of a Tshirts product, the shorts of a Shorts product). A color
  answer that gives the product the color of the other visible garment (the contrasting bottom, the tee under a
  jacket) is `other_garment_color`; `color_of(other garment, ...)` answered with the product's color is also
  `other_garment_color`. An open answer that gets the product right but paints the other garment in the product's
  color ("a white shirt and white jeans" over blue jeans) is `contradiction`.
- A wrong closed garment type (against the seller category), a wrong closed pattern or sleeve length, "no" to a
  true `is_a`, and a description whose sleeves contradict the photo are `contradiction`.
- `unsupported`: details, hoods, fur, logos, zippers, pockets or materials not in the photo (or on a side not shown).
- `restated`: the question's words given back as the answer, with or without a tail ("the details of the garment
  are the details"; "what material is the garment made of? cotton"). `non_answer`: saying nothing about what was
  asked ("", "i don't know", "none", "it's a shirt" to the material question, "they are shorts" for details).
- Judged correct: near hues the base model uses (teal as "blue", mustard as "yellow", coral as "pink", off white
  or cream-looking as "white" for the garment itself, maroon as "red"); "dress" for an anarkali in an open answer;
  "a white t-shirt" to "What is the person wearing?" on a packshot; for a "Multi" clothing set, any of its main
  colors; "cotton" for a plain tee, "denim" for jeans, "nylon" for a bomber, "corduroy" for a corduroy dungaree.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_178 = [
    # 001 Boy (~8) in a navy blue short-sleeve crew-neck tee with a white dinosaur print on the chest, grey melange
    # shorts, white sneakers, white studio backdrop. caption/wearing/description/material: base; details: cap3.
    case(
        "K178-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.description("a navy blue t-shirt with a dinosaur print"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is crew. The gentleman wears a three",
            "cut",
            hit_limit=True,
        ),
        D.material("none", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="YK Boys Navy Blue Printed Round Neck T-shirt",
    ),
    # 002 Girl (~5) in a peach sleeveless fit-and-flare dress with a small white floral print, white sandals, pale
    # pink backdrop. caption: cap3 (loops); details: vqa; the rest base / ref.
    case(
        "K178-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a dress with flowers on it"),
        D.color("peach"),
        D.description("she is wearing a dress with a flower pattern"),
        D.details(
            "floral Question: What is the color of the dress? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.material("the dress is made of a material", "restated"),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="Peppermint Girls Peach-Coloured Floral Print Fit and Flare Dress",
    ),
    # 003 Boy (~10) in a green and white gingham checked full-sleeve shirt, buttoned, no chest pocket, mid-blue
    # jeans, brown loafers, grey backdrop. Asks the experiments' color_of shirt / jeans (ref). description: cap1.
    case(
        "K178-003",
        caption("a boy in a green and white checkered shirt and jeans"),
        color_of("shirt", "green"),
        color_of("jeans", "green", "other_garment_color"),
        D.color("green"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the chest and a zipper", "unsupported"),
        gender="Boys",
        category="Shirts",
        color="Green",
        title="HERE&NOW Boys Green & White Checked Casual Shirt",
    ),
    # 004 Girl (~12) in mid-blue skinny jeans with a light fade, a white tee tucked in, white sneakers, white
    # backdrop. Product: the jeans. wearing: vqa; details: cap3; color: ref picked the tee's white.
    case(
        "K178-004",
        caption("a girl in a white shirt and blue jeans"),
        D.wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Girls",
        category="Jeans",
        color="Blue",
        title="Pepe Jeans Girls Blue Skinny Fit Stretchable Jeans",
    ),
    # 005 Boy (~9) in plain black joggers (no side stripe) with an elastic waistband and elastic cuffs, a red
    # crew-neck sweatshirt, black sneakers, white backdrop. Product: the joggers. caption: cap3; rest base / ref.
    case(
        "K178-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red sweatshirt and black pants", "pronoun"),
        D.garment_type("pants"),
        D.color("red", "other_garment_color"),
        D.description("black sweatpants with a white stripe on the side", "unsupported"),
        D.details("the pants have an elastic waistband and cuffs"),
        D.material("cotton"),
        gender="Boys",
        category="Track Pants",
        color="Black",
        title="HRX Boys Black Solid Joggers",
    ),
    # 006 Girl (~4) in a mustard corduroy dungaree with a bib pocket and two front buttons, a white full-sleeve tee
    # under it, white backdrop. wearing: vqa; description: cap3; rest base / ref.
    case(
        "K178-006",
        caption("a little girl wearing a yellow overalls"),
        D.wearing(
            "jumpsuit Question: What is the color of the jumpsuit? Answer: yellow Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("dungarees"),
        D.color("mustard"),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "square neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a pocket on the front and two buttons"),
        D.material("corduroy"),
        gender="Girls",
        category="Dungarees",
        color="Mustard",
        title="Cherry Crumble Girls Mustard Solid Corduroy Dungaree",
    ),
    # 007 Boy (~7) in a grey melange pullover hoodie with a kangaroo pocket and ribbed cuffs, navy joggers, white
    # backdrop. caption: cap1 (loops); details: vqa (loops); material "wool": base, not what a melange fleece shows.
    case(
        "K178-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. "
            "The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and blue pants"),
        D.color("grey"),
        D.description("it is a grey hoodie"),
        D.details(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie "
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        gender="Boys",
        category="Sweatshirts",
        color="Grey Melange",
        title="Mothercare Boys Grey Melange Hooded Sweatshirt",
    ),
    # 008 Flat packshot, front only: white short-sleeve round-neck tee with pink "Be Kind" lettering over a small
    # rainbow, white backdrop, no person. description: cap3; rest base / ref.
    case(
        "K178-008",
        caption("a white t-shirt with the words be kind on it"),
        D.wearing("a white t-shirt"),
        D.color("white"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T",
            "cut",
            hit_limit=True,
        ),
        D.details("the t-shirt has a rainbow and a unicorn on the back", "unsupported"),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Gini and Jony Girls White Printed Round Neck T-shirt",
    ),
    # 009 Boy (~6) in a cream knee-length full-sleeve kurta with a mandarin collar, plain, white pyjamas, tan
    # mojaris, beige backdrop. caption: cap3; description: vqa; color: ref picked the pyjamas' white.
    case(
        "K178-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a kurta and pajamas"),
        D.garment_type("kurta"),
        D.color("white", "other_garment_color"),
        D.description(
            "kurta Question: Describe the kurta. Answer: kurta Question: Describe the kurta. Answer: kurta Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("it is a kurta", "non_answer"),
        is_a("kurta", "yes"),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Sojanya Boys Cream-Coloured Solid Kurta with Pyjamas",
    ),
    # 010 Girl (~8) in a pink full-sleeve night suit: top and pyjama with a white star print, white backdrop.
    # description: cap1; rest base / ref; pattern "floral" is a wrong candidate (stars).
    case(
        "K178-010",
        caption("a little girl in pink pajamas with stars on them"),
        D.wearing("he is wearing pajamas", "pronoun"),
        D.color("pink"),
        D.pattern("floral", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("the pajamas have stars on them"),
        D.material("cotton"),
        gender="Girls",
        category="Night suits",
        color="Pink",
        title="Sweet Dreams Girls Pink & White Printed Night Suit",
    ),
    # 011 Boy (~11) in olive cargo shorts with side flap pockets and a plain waistband (no belt), a white polo tee,
    # white sneakers, white backdrop. Product: the shorts. caption: cap3; rest base / ref.
    case(
        "K178-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The shorts this gentleman wears is of three-point length. The shorts are "
            "with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and green shorts"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a pair of green shorts with pockets"),
        D.details("the shorts have pockets on the side and a belt", "unsupported"),
        D.material("cotton"),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Allen Solly Junior Boys Olive Green Solid Cargo Shorts",
    ),
    # 012 Girl (~10) in a teal A-line kurta with three-quarter sleeves and a gold ethnic-motif print (printed, not
    # embroidered), matching teal palazzos, gold juttis, white backdrop. wearing: vqa; details: cap1; is_a: ref.
    case(
        "K178-012",
        caption("a young girl in a blue and gold indian outfit"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("teal"),
        D.description("a teal kurta with gold embroidery and sequins", "unsupported"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress is with cotton fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        category="Kurta Sets",
        color="Teal",
        title="Biba Girls Teal Ethnic Motifs Printed Kurta with Palazzos",
    ),
    # 013 Kid (~6, a boy) in a yellow short-sleeve tee with a Minion graphic, no pocket, blue denim shorts, red cap,
    # white backdrop. description: vqa; material: cap3; sleeve_length "long" is a wrong candidate.
    case(
        "K178-013",
        caption("a young boy wearing a yellow shirt with a minion on it"),
        D.wearing("a yellow shirt, blue shorts and a red hat"),
        D.color("yellow"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        D.details("the t-shirt has a picture of a minion on it and a pocket", "unsupported"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Tshirts",
        color="Yellow",
        title="Kids Ville Unisex Kids Yellow Minions Printed T-shirt",
    ),
    # 014 Girl (~9) in a pink quilted puffer jacket, zip front, full sleeves, plain hood without fur, black leggings,
    # white sneakers, grey backdrop. caption: cap3; color: ref picked the leggings' black.
    case(
        "K178-014",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with other fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink jacket and black pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("a pink jacket with a fur hood", "unsupported"),
        D.details("the jacket has a zipper and a hood"),
        gender="Girls",
        category="Jackets",
        color="Pink",
        title="Gini and Jony Girls Pink Solid Hooded Padded Jacket",
    ),
    # 015 Boy (~13) in black slim-fit jeans, a grey crew-neck tee, black sneakers, white backdrop. Product: the
    # jeans. wearing: base gives the jeans the tee's grey; details: vqa.
    case(
        "K178-015",
        caption("a boy in a grey shirt and black jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.color("black"),
        D.description("describe the jeans. they are black jeans", "restated"),
        D.details(
            "denim Question: What are the jeans details? Answer: denim Question: What are the jeans details? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Jeans",
        color="Black",
        title="Mango Kids Boys Black Slim Fit Jeans",
    ),
    # 016 Girl (~7) in light blue washed denim shorts with a frayed hem, a pink tee with a heart print, pink
    # sandals, white backdrop. Product: the shorts. caption: cap1 (loops); material: vqa (loops).
    case(
        "K178-016",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("pink", "other_garment_color"),
        D.description("he is wearing denim shorts", "pronoun"),
        D.details("the shorts have a frayed hem"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Kids Only Girls Light Blue Washed Denim Shorts",
    ),
    # 017 Boy (~9) in a blue and white vertically striped half-sleeve shirt with one chest pocket and a button
    # front, beige chinos, white backdrop. description: cap3; sleeve_length "long" is a wrong candidate.
    case(
        "K178-017",
        caption("a boy wearing a blue and white striped shirt and khaki pants"),
        D.wearing("she is wearing a striped shirt", "pronoun"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the left side and buttons down the front"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="U.S. Polo Assn. Kids Boys Blue & White Striped Casual Shirt",
    ),
    # 018 Girl (~3) in a red dress with white polka dots, short puff sleeves, a white Peter Pan collar, white shoes,
    # white backdrop. wearing: vqa; details: cap3; material: base says nothing.
    case(
        "K178-018",
        caption("a little girl in a red and white polka dot dress"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: red Question: Is this a dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.description("a red dress with white polka dots and a white collar"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the dress is made of fabric", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Red",
        title="Hopscotch Girls Red Polka Dot Puff Sleeve Fit and Flare Dress",
    ),
    # 019 Boy (~2) in a clothing set: navy short-sleeve tee with a red car applique and red shorts, white backdrop.
    # caption: cap3; color_of shorts: ref picked the tee's navy.
    case(
        "K178-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this gentleman wears is of three-point length. The shorts are with "
            "cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and red shorts"),
        D.color("navy blue"),
        color_of("shorts", "navy blue", "other_garment_color"),
        D.description("a blue shirt with a red car on it"),
        D.details("the details of the shirt are the details of the shirt", "restated"),
        gender="Boys",
        category="Clothing Set",
        color="Navy Blue",
        title="Babyhug Boys Navy Blue & Red T-shirt with Shorts",
    ),
    # 020 Girl (~6) in a lavender long-sleeve sweatshirt with a sequinned unicorn print, blue jeans, white backdrop.
    # description: cap1 (loops); details: vqa; wearing and material: base.
    case(
        "K178-020",
        caption("a girl wearing a purple sweater with a unicorn on it"),
        D.wearing("he is wearing a purple sweater", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("lavender"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The sweater is with cotton fabric. It has a round neckline. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "graphic Question: What are the sweatshirt details? Answer: graphic Question: What are the",
            "leak",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        category="Sweatshirts",
        color="Lavender",
        title="Gini and Jony Girls Lavender Unicorn Printed Sweatshirt",
    ),
    # 021 Boy (~12) in a plain red short-sleeve polo tee with a two-button placket and no logo, beige shorts, white
    # backdrop. caption: cap3 (loops); pattern "striped" is a wrong candidate; details / material: base.
    case(
        "K178-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is "
            "with cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt and tan shorts"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.details("the shirt has a logo of a horse on the chest", "unsupported"),
        D.material("what material is the garment made of? cotton", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Allen Solly Junior Boys Red Solid Polo Collar T-shirt",
    ),
    # 022 Girl (~10) in navy blue joggers with a drawstring waist and side pockets, a white printed tee, white
    # backdrop. No title in the catalog. wearing: base gives the joggers the tee's white; description: cap3.
    case(
        "K178-022",
        caption("a girl in a white shirt and blue pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.color("navy blue"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long trousers",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have a drawstring and pockets"),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 023 Boy (~11) in an olive nylon bomber jacket (no hood) with a zip, two side pockets and ribbed cuffs, worn
    # open over a white tee, black jeans, white backdrop. wearing: vqa; color: ref picked the tee's white.
    case(
        "K178-023",
        caption("a young man wearing a green jacket and black pants"),
        D.wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.description("a green jacket with a hood", "unsupported"),
        D.details("it has a zipper and two pockets"),
        D.material("nylon"),
        gender="Boys",
        category="Jackets",
        color="Olive",
        title="Mango Kids Boys Olive Green Solid Bomber Jacket",
    ),
    # 024 Flat packshot, front only: yellow sleeveless A-line dress with a smocked bodice and a tiered skirt, white
    # backdrop, no person. caption: cap3 (loops); material: vqa; details: base invents a bow on the unseen back.
    case(
        "K178-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress"),
        D.color("yellow"),
        D.description("a yellow dress with ruffles"),
        D.details("it has a bow on the back", "unsupported"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Cherry Crumble Girls Yellow Self Design Tiered A-Line Dress",
    ),
    # 025 Boy (~5) in a night suit: grey melange short-sleeve top with a rocket print and navy pyjama shorts, white
    # backdrop. description: cap3; color: ref picked the shorts' navy.
    case(
        "K178-025",
        caption("a little boy in a grey shirt and blue shorts"),
        D.wearing("she is wearing a grey shirt and blue shorts", "pronoun"),
        D.garment_type("pajamas"),
        D.color("navy blue", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a rocket on it and the shorts are blue"),
        gender="Boys",
        category="Night suits",
        color="Grey Melange",
        title="Bodycare Kids Boys Grey Melange & Navy Printed Night Suit",
    ),
    # 026 Girl (~9) in a coral and white horizontally striped short-sleeve tee, a denim skirt, white backdrop. No
    # gender column. details: vqa (loops); material: cap3; pattern "solid" is a wrong candidate.
    case(
        "K178-026",
        caption("a girl wearing a pink and white striped shirt"),
        D.wearing("a striped shirt and a denim skirt"),
        D.color("coral"),
        D.pattern("solid", "contradiction"),
        D.details(
            "striped striped striped striped striped striped striped striped striped striped striped striped striped "
            "striped striped striped striped striped striped striped striped striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        category="Tshirts",
        color="Coral",
        title="Gini and Jony Girls Coral & White Striped Round Neck T-shirt",
    ),
    # 027 Boy (~3) in mid-blue denim dungaree shorts with a bib pocket (no zipper), over a yellow short-sleeve tee,
    # white backdrop. caption: cap3; garment_type "t-shirt" is the tee under the product.
    case(
        "K178-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a denim overalls. The overalls are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue overalls"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("blue"),
        D.description("blue denim overalls"),
        D.details("the overalls have a pocket on the front and a zipper on the side", "unsupported"),
        D.material("the overalls are made of the material", "restated"),
        gender="Boys",
        category="Dungarees",
        color="Blue",
        title="Babyhug Boys Blue Solid Denim Dungarees",
    ),
    # 028 Girl (~12) in a plain white full-sleeve button-down shirt, mid-blue jeans, white backdrop. wearing: base
    # paints the blue jeans white; details: cap3 (loops); material: base answers another question.
    case(
        "K178-028",
        caption("a girl in a white shirt and jeans"),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.color("white"),
        D.description("a white shirt with a collar"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("it's a shirt", "non_answer"),
        gender="Girls",
        category="Shirts",
        color="White",
        title="Tokyo Talkies Girls White Solid Casual Shirt",
    ),
    # 029 Boy (~9) in a maroon full-sleeve kurta with a gold brocade placket, gold buttons and a gold mandarin
    # collar, cream churidar, gold mojaris, beige backdrop. caption: cap3; description: vqa; is_a: vqa raw text.
    case(
        "K178-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is stand. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and gold outfit"),
        D.garment_type("kurta"),
        D.color("maroon"),
        D.pattern("solid"),
        D.description(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has gold buttons and a gold collar"),
        D.material("the kurta is made of the material of the kurta", "restated"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Maroon",
        title="Manyavar Boys Maroon Solid Kurta with Churidar",
    ),
    # 030 Flat packshot: black crew-neck long-sleeve sweatshirt (no hood, no zip) with a white astronaut print and a
    # ribbed hem, white backdrop, no person. No color column. description: cap1 (loops); pattern "striped": ref.
    case(
        "K178-030",
        caption("a black sweatshirt with an astronaut on it"),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("the sweatshirt has a hood and a zipper", "unsupported"),
        gender="Unisex",
        category="Sweatshirts",
        title="YK Unisex Kids Black Astronaut Printed Sweatshirt",
    ),
    # 031 Girl (~4) in a clothing set: white sleeveless ruffled top with a blue floral print and matching blue
    # shorts, white backdrop. caption: cap3 calls her "the gentleman"; details: vqa.
    case(
        "K178-031",
        caption(
            "The gentleman wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The shorts this gentleman wears is of three-point length. The shorts are with "
            "cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white top and blue shorts"),
        D.color("white"),
        D.description("a white top with blue flowers and ruffles"),
        D.details(
            "floral Question: What are the details of the garment? Answer: floral Question: What are the",
            "leak",
            hit_limit=True,
        ),
        D.material("the garment is made of cotton"),
        gender="Girls",
        category="Clothing Set",
        color="Multi",
        title="Peppermint Girls White & Blue Floral Printed Top with Shorts",
    ),
    # 032 Boy (~6) in navy blue cotton shorts with a drawstring, a green tee with a dinosaur, white backdrop.
    # Product: the shorts. wearing: vqa; color: ref picked the tee's green; details: base says nothing.
    case(
        "K178-032",
        caption("a boy wearing a green shirt and blue shorts"),
        D.wearing(
            "shorts Question: What is the color of the shorts? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("green", "other_garment_color"),
        D.description("blue shorts"),
        D.details("they are shorts", "non_answer"),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="Marks & Spencer Boys Navy Blue Solid Regular Shorts",
    ),
    # 033 Girl (~11) in a black and white gingham shirt dress, long sleeves with button cuffs, a self belt, button
    # front, white sneakers, white backdrop; the back is not shown. caption: cap3; sleeve_length "short": ref.
    case(
        "K178-033",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of knee length. There is an accessory on her waist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white dress"),
        D.color("black"),
        D.sleeve_length("short", "contradiction"),
        D.description("a black and white plaid dress with a belt"),
        D.details("the dress has a belt and buttons and a pocket on the back", "unsupported"),
        D.material("black", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Black",
        title="Tiny Girl Black & White Checked Shirt Dress with Belt",
    ),
    # 034 Boy (~8) in a blue denim jacket with two chest flap pockets, full sleeves, over a black tee, black joggers,
    # white sneakers, white backdrop. wearing: base paints the joggers blue; color: ref picked black; description:
    # cap1 (loops).
    case(
        "K178-034",
        caption("a young boy wearing a denim jacket"),
        D.wearing("a blue jacket and blue pants", "contradiction"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. The jacket is with denim fabric. The jacket is with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket has two pockets on the chest"),
        gender="Boys",
        category="Jackets",
        color="Blue",
        title="Pepe Jeans Boys Blue Solid Denim Jacket",
    ),
    # 035 Boy (~10) in a mustard short-sleeve hooded tee with black "GAME ON" typography, black shorts, white
    # backdrop. No category column. caption: cap3 calls him "the lady"; description: base says long sleeves;
    # details: vqa (loops).
    case(
        "K178-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "hooded neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt with the words game on"),
        D.color("mustard"),
        D.sleeve_length("short"),
        D.description("a yellow hoodie with long sleeves", "contradiction"),
        D.details(
            "hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded "
            "hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded hooded",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        color="Mustard",
        title="HRX Boys Mustard Typography Printed Hooded T-shirt",
    ),
    # 036 Flat packshot, front only: sky blue night suit, short-sleeve top and shorts with a white cloud and rainbow
    # print (no unicorn), white backdrop, no person. description: cap3; rest base / ref.
    case(
        "K178-036",
        caption("a blue shirt and shorts with clouds on them"),
        D.wearing("pajamas"),
        D.color("blue"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The shorts this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        D.details("the pajamas have clouds and rainbows and a unicorn", "unsupported"),
        D.material("the material of the garment", "restated"),
        gender="Girls",
        category="Night suits",
        color="Blue",
        title="Sweet Dreams Girls Sky Blue Cloud Printed Night Suit",
    ),
    # 037 Boy (~12) in mid-blue jeans with ripped knees, a black short-sleeve tee, white backdrop. No color column.
    # caption: cap1 (loops); color: ref picked the tee's black; material: vqa.
    case(
        "K178-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a long denim "
            "pants. The pants are with denim fabric. The pants are with denim fabric. The pants are with denim "
            "fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and ripped jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have holes in the knees"),
        D.material(
            "denim Question: What material is the garment made of? Answer: denim Question: What material is",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Jeans",
        title="Flying Machine Boys Blue Slim Fit Mildly Distressed Jeans",
    ),
    # 038 Girl (~6) in a pink sleeveless flared anarkali kurta with a floral print, white leggings, white backdrop.
    # garment_type "dress" and sleeve_length "long" are wrong candidates; description: vqa (loops).
    case(
        "K178-038",
        caption("a little girl in a pink dress with flowers"),
        D.wearing("a pink dress and white leggings"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        is_a("kurta", "yes"),
        gender="Girls",
        category="Kurta Sets",
        color="Pink",
        title="Aarika Girls Pink Floral Printed Anarkali Kurta with Leggings",
    ),
    # 039 Boy (~5) in grey melange track pants with a thin navy side tape, a navy tee, white backdrop. Product: the
    # track pants. color: ref picked the tee's navy; description: cap3; material: empty.
    case(
        "K178-039",
        caption("a little boy in a blue shirt and grey pants"),
        D.wearing("he is wearing a blue shirt and grey pants"),
        D.color("navy blue", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have a stripe on the side"),
        D.material("", "non_answer"),
        gender="Boys",
        category="Track Pants",
        color="Grey Melange",
        title="Jockey Boys Grey Melange Solid Track Pants",
    ),
    # 040 Girl (~8) in an off-white pull-over cotton top (no buttons, no lace) with short flutter sleeves and small
    # pink flower embroidery at the neckline, blue denim shorts, white backdrop. caption: cap3; color: ref picked
    # the shorts' blue.
    case(
        "K178-040",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and denim shorts"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.description("a white shirt with a pink flower on the collar"),
        D.details("the shirt has buttons on the front and lace on the sleeves", "unsupported"),
        gender="Girls",
        category="Tshirts",
        color="Off White",
        title="Cherry Crumble Girls Off White Embroidered Flutter Sleeve Top",
    ),
    # 041 Boy (~7) in a kurta set: white full-sleeve kurta under a teal printed Nehru jacket, white pyjamas, beige
    # backdrop. Seller color Teal is the jacket's. color_of jacket: ref picked the kurta's white; description: vqa;
    # details: cap1 (loops).
    case(
        "K178-041",
        caption("a young boy wearing a white shirt and a blue vest"),
        D.wearing("a white kurta and a green vest"),
        D.garment_type("kurta"),
        D.color("teal"),
        color_of("jacket", "white", "other_garment_color"),
        D.description(
            "vest Question: Describe the vest. Answer: vest Question: Describe the vest. Answer: vest Question:",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a vest. The "
            "gentleman wears a vest. The gentleman wears a vest. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Teal",
        title="Vastramay Boys White Kurta with Teal Printed Nehru Jacket and Pyjama",
    ),
    # 042 Girl (~10) in a navy blue sleeveless party dress: sequinned bodice, flared net skirt, silver shoes, white
    # backdrop. wearing: vqa (loops); description: base says "he"; material: base restates.
    case(
        "K178-042",
        caption("a girl in a blue dress with sparkles"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.description("he is wearing a blue dress", "pronoun"),
        D.details("the dress has sequins on the top and a net skirt"),
        D.material("what material is the dress made of", "restated"),
        gender="Girls",
        category="Dresses",
        color="Navy Blue",
        title="Hopscotch Girls Navy Blue Embellished Net Fit and Flare Party Dress",
    ),
    # 043 Boy (~6) in a white short-sleeve camp-collar shirt with a blue palm-leaf print, navy shorts, white
    # backdrop. No title column. caption: base calls him "a little girl"; color: ref picked the shorts' navy;
    # details: vqa.
    case(
        "K178-043",
        caption("a little girl wearing a white shirt with blue leaves", "pronoun"),
        D.wearing("a white shirt with blue leaves and blue shorts"),
        D.garment_type("shirt"),
        D.color("navy blue", "other_garment_color"),
        D.description("a white shirt with a palm tree print"),
        D.details(
            "floral Question: What are the details of the garment? Answer: floral Question: What are the details",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="White",
    ),
    # 044 Boy (~14) in a teal and white colourblocked short-sleeve round-neck tee (teal body, white chest panel),
    # black track pants, white backdrop. description: cap3; details: base restates.
    case(
        "K178-044",
        caption("a young man wearing a blue and white t-shirt"),
        D.wearing("a t-shirt and pants"),
        D.color("teal"),
        D.pattern("color block"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears long",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment are the details", "restated"),
        gender="Boys",
        category="Tshirts",
        color="Teal",
        title="Mothercare Boys Teal & White Colourblocked Round Neck T-shirt",
    ),
]
