"""BLIND_1388 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 81/117 failures found (69.2%) and
11/166 correct texts flagged (6.6%). The writer's notes, verbatim:

Scenario: a Myntra women's western-wear feed (article types Dresses and Tops), one catalog shot per product: mostly a
model on a plain grey or white backdrop wearing the product with jeans, trousers, shorts or a layer; a few flat lays, a
back view, props (a straw hat, a clutch). Captions come from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens, no prompt. Every question is then answered by
timpal0l/mdeberta-v3-base-squad2 over that caption alone, so every answer is a span of the caption or empty (the
squad2 null answer). Catalog columns as Myntra has them: title, category (article type), color (base colour), gender;
one or the other is missing on a few rows.
Who wrote what: the caption is the adapter's; every answer is the extractive QA model's span. The adapter speaks only
DeepFashion-MultiModal template English: "pure color / floral / striped / lattice / graphic / complicated patterns",
"short-sleeve / medium-sleeve / long-sleeve / sleeveless", "T-shirt / shirt / tank top / dress / pants / skirt",
"cotton / chiffon / denim / knitted fabric", the neckline sentence, the lower garment's length, and stock accessory
sentences (wrist accessory, ring, hat). It never names a hue. Since the adapter was never taught to stop, every caption
ran to the 50-token limit (hit_limit=True on all of them): some end mid-sentence, some loop, and some end on a full
stop with padding after it. The QA model is not generative, so no answer has hit_limit.
Labeling conventions and judgement calls:
- A color answer that names no hue ("pure color", "floral", "striped", "graphic", "complicated", "lattice") or is
  empty is non_answer; when the span is the pattern phrase the caption gives another garment (the jeans' "solid
  color" for the top) it is other_garment_color.
- A caption that ends on a full stop is judged on its content even though it hit the limit; a caption that stops
  mid-sentence is cut; a caption that repeats its sentences is loop.
- One label per text. When a caption has several faults I kept the one a catalog reader would mind most: a wrong
  garment or a fabric the title contradicts (contradiction) > loop > cut > invented accessory or fabric (unsupported)
  > wrong pronoun.
- "shirt" for a woven top (blouse, wrap, off-shoulder, shirt-style) is accepted, as is "T-shirt" for a jersey or
  ribbed knit top; "T-shirt" for a woven ruffled or peplum top is a contradiction. "tank top" for a camisole or a
  sleeveless crop top is accepted.
- Fabric: "chiffon" for georgette is accepted; "cotton" against a title that says satin, velvet or linen blend is a
  contradiction; a fabric the title does not name is unmarked unless the photo plainly shows something else (a glossy
  stretch bodycon, an opaque poplin called chiffon), then unsupported.
- "What is the person wearing?" answered with the whole outfit ("... and a long pants") is correct when true.
- A span taken from another garment's sentence (the jeans' "denim" as the top's material, the skirt's length as the
  sleeve length) is a contradiction; an accessory sentence given as the garment's details is a contradiction when
  the accessory is there and unsupported when it is not.
- "graphic" for polka dots is counted wrong only where the pattern itself is the question.
- A "Describe" answer that is only the garment's noun is restated.
- No leak: the caption is generated without a prompt and the QA model only extracts from the caption.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1388 = [
    # Truth: model on grey backdrop, navy georgette A-line dress with small white flowers, short flutter sleeves,
    # V-neck, knee length; white sneakers, no jewellery. Caption: epoch-3 adapter (cut at the limit, and the wrist
    # accessory is invented). Answers: mdeberta squad2 over the caption.
    case(
        "X1388-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium-short length. There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print Georgette A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: mustard ribbed round-neck short-sleeve fitted knit top tucked into mid-blue jeans, white backdrop.
    # Caption: adapter, ends on a full stop at the limit, all true. Answers: QA; material taken from the jeans.
    case(
        "X1388-002",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        describe("top", "short-sleeve T-shirt with pure color patterns"),
        gender="Women",
        title="Roadster Women Mustard Yellow Solid Regular Top",
        category="Tops",
        color="Mustard",
    ),
    # Truth: black sleeveless square-neck crop top (stretch jersey), beige high-waist trousers, midriff showing.
    # Caption: adapter, loops on the fabric and neckline sentences. Answers: QA.
    case(
        "X1388-003",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a square "
            "neckline. The tank top is with cotton fabric. It has a square neckline. The tank top is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.pattern("pure color"),
        details("top", "square neckline"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Truth: black georgette maxi dress, long sheer sleeves, round neck, floor length; gold hoop earrings only, bare
    # wrists, no ring. Caption: adapter, complete sentences at the limit; wrist accessory and ring invented.
    # Answers: QA; the details answer is the invented accessory.
    case(
        "X1388-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        describe("dress", "The dress is of long length"),
        details("dress", "an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Athena Women Black Georgette Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: white shirt-style top with thin blue vertical stripes, collar, button front, long sleeves rolled to the
    # forearm, black trousers. Caption: adapter, cut. Answers: QA; the color span is the trousers' pattern phrase.
    case(
        "X1388-005",
        caption(
            "The female wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "The trousers",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        color_of("top", "pure color", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        details("top", "lapel neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Berrylush Women White & Blue Striped Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Truth: maroon self-design (dobby texture) fit-and-flare dress, elbow sleeves, round neck, knee length; a watch on
    # the left wrist. Caption: adapter, ends on a full stop, all true (the watch is there). Answers: QA.
    case(
        "X1388-006",
        caption(
            "This woman wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is round. The dress is of medium-short length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Maroon Self Design Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: olive shirt dress, collar, button placket, roll-tab long sleeves, self belt, knee length; white sneakers.
    # Caption: adapter reads the dress as a shirt and a skirt. Answers: QA; no "dress" in the caption, so the color
    # question gets the null answer.
    case(
        "X1388-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is of medium-short length. There is a belt on her waist.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        wearing("a long-sleeve shirt with pure color patterns and a short skirt", "contradiction"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "a belt on her waist"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Truth: peach woven georgette top, round neck, short ruffled flutter sleeves, tucked into white jeans.
    # Caption: adapter, cut; calls the ruffled woven top a T-shirt. Answers: QA.
    case(
        "X1388-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "chiffon fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("top", "round neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Ruffled Top",
        category="Tops",
        color="Peach",
    ),
    # Truth: sleeveless maxi dress, abstract multicolour print (orange, blue, green), V-neck, tie waist; bangle on the
    # right wrist, ring. Caption: adapter, cut. Answers: QA; the sleeve question gets the dress's length.
    case(
        "X1388-009",
        caption(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. She wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with complicated patterns"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("long length", "contradiction"),
        Q.material("chiffon"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Sera Women Multicoloured Printed Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Truth: back view: white sleeveless woven top with a tie knot at the back, blue jeans. Caption: adapter, ends on
    # a full stop, true. Answers: QA; no sleeve word in the caption (null answer); details takes the jeans' length.
    case(
        "X1388-010",
        caption(
            "The woman wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with denim fabric and solid color patterns. The pants this woman wears is of long length.",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        details("top", "long length", "contradiction"),
        gender="Women",
        title="ONLY Women White Solid Tie-Up Back Top",
        category="Tops",
        color="White",
    ),
    # Truth: black wrap dress with white polka dots, short puff sleeves, V-neck, midi. Caption: adapter, loops on the
    # length sentence. Answers: QA; "graphic" for dots is wrong as the pattern; the description span is the loop.
    case(
        "X1388-011",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is of",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        color_of("dress", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "The dress is of long length. The dress is of long length", "loop"),
        gender="Women",
        title="Vero Moda Women Black & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: teal woven peplum top, cap sleeves, round neck, black skinny jeans; a sling bag on the shoulder.
    # Caption: adapter, cut; "T-shirt" for a woven peplum top. Answers: QA; color span is the jeans' phrase.
    case(
        "X1388-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. She",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("solid color", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Teal Green Solid Peplum Top",
        category="Tops",
        color="Teal",
    ),
    # Truth: flat lay on white: lavender smocked top, short puff sleeves, square neck. No person, no jewellery.
    # Caption: adapter invents a lady with a wrist accessory and a ring. Answers: QA; details is the invented ring.
    case(
        "X1388-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("top", "a ring", "unsupported"),
        gender="Women",
        title="FabAlley Women Lavender Solid Smocked Top",
        category="Tops",
        color="Lavender",
    ),
    # Truth: navy and white Breton-striped jersey top, long sleeves, round neck, white trousers. Caption: adapter,
    # cut. Answers: QA, all but the color right.
    case(
        "X1388-014",
        caption(
            "The female is wearing a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Truth: red bodycon dress, spaghetti straps, above knee, glossy stretch fabric; a bracelet and a ring, heels.
    # Caption: adapter, cut (accessories true). Answers: QA; "cotton" for a visibly glossy stretch fabric.
    case(
        "X1388-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of medium-short length. This lady wears a ring. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="AND Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: female model with a short crop, blue chambray shirt-style top, long sleeves, collar, black trousers.
    # Caption: adapter calls her a gentleman. Answers: QA; the color span is the trousers' phrase.
    case(
        "X1388-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "solid color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("shirt"),
        Q.material("denim"),
        color_of("top", "solid color", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Roadster Women Blue Solid Chambray Shirt Style Top",
        category="Tops",
        color="Blue",
    ),
    # Truth: pink floral georgette top, elbow-length puff sleeves, V-neck, light blue jeans. Caption: adapter, cut.
    # Answers: QA.
    case(
        "X1388-017",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a V-shape neckline. The pants are with denim fabric and solid color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        describe("top", "medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.material("chiffon"),
        gender="Women",
        title="Zima Leto Women Pink Floral Print Puff Sleeve Top",
        category="Tops",
        color="Pink",
    ),
    # Truth: black sleeveless sheath dress, round neck, above knee, a blue denim jacket draped on the shoulders.
    # Caption: adapter, cut inside the jacket sentence. Answers: QA; material and color spans from the jacket.
    case(
        "X1388-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium-short length. The lady also wears an outer clothing, with denim "
            "fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "solid color", "other_garment_color", kind="open"),
        details("dress", "round neckline"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: beige linen-blend midi dress, short sleeves, V-neck, button front; a straw hat on her head (prop).
    # Caption: adapter; "cotton" against the title's linen blend, the hat is real. Answers: QA; the hat as a detail.
    case(
        "X1388-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a hat.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "contradiction"),
        details("dress", "a hat", "contradiction"),
        gender="Women",
        title="Mango Women Beige Solid Linen Blend Midi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Truth: rust satin wrap top, long sleeves, V-neck, black trousers. Caption: adapter, cut, and "cotton" against
    # the title's satin. Answers: QA.
    case(
        "X1388-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color"),
        details("top", "V-shape neckline"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="StyleStone Women Rust Orange Satin Wrap Top",
        category="Tops",
        color="Rust",
    ),
    # Truth: black and white gingham fit-and-flare dress, short sleeves, round neck, knee length; no jewellery.
    # Caption: adapter, cut (the wrist accessory is invented too). Answers: QA.
    case(
        "X1388-021",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium-short length. There is an accessory on her wrist. This lady wears "
            "a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        color_of("dress", "lattice", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        wearing("a short-sleeve dress with lattice patterns"),
        details("dress", "an accessory on her wrist", "unsupported"),
        gender="Women",
        title="KASSUALLY Women Black & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: olive ribbed knit fitted top, long sleeves, square neck, dark blue jeans. Caption: adapter, ends on a
    # full stop, true. Answers: QA; the color span is the jeans' phrase.
    case(
        "X1388-022",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "knitted fabric. It has a square neckline. The pants are with denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.material("knitted"),
        Q.color("solid color", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        details("top", "square neckline"),
        Q.pattern("pure color"),
        gender="Women",
        title="Qurvii Women Olive Green Solid Ribbed Fitted Top",
        category="Tops",
        color="Olive",
    ),
    # Truth: green floral georgette wrap dress, long balloon sleeves, V-neck, midi, waist tie. Caption: adapter,
    # loops on fabric and neckline. Answers: QA, right apart from the color.
    case(
        "X1388-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is with chiffon fabric. It has a V-shape neckline. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.material("chiffon"),
        details("dress", "V-shape neckline"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Rare Women Green Floral Print Georgette Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: plus-size model, maroon crepe wrap top with three-quarter sleeves, V-neck, black trousers. The feed row
    # has no base colour. Caption: adapter, cut. Answers: QA; "long-sleeve" is wrong only by the photo.
    case(
        "X1388-024",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants this woman wears is of long length. The pants are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.garment_type("shirt"),
        color_of("top", "pure color", "non_answer", kind="open"),
        details("top", "V-shape neckline"),
        Q.material("cotton"),
        gender="Women",
        title="plusS Women Plus Size Maroon Solid Wrap Top",
        category="Tops",
    ),
    # Truth: white cotton A-line midi dress with tone-on-tone schiffli embroidery, sleeveless, square neck; a thin
    # bracelet, no ring. Caption: adapter, cut (the ring is invented too). Answers: QA.
    case(
        "X1388-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring. "
            "This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Women White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: black oversized boxy jersey top with a large white slogan print, short dropped sleeves, denim shorts.
    # Caption: adapter, ends on a full stop, true. Answers: QA.
    case(
        "X1388-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.pattern("graphic"),
        color_of("top", "graphic", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts"),
        gender="Women",
        title="U&F Women Black Graphic Printed Boxy Top",
        category="Tops",
        color="Black",
    ),
    # Truth: royal blue one-shoulder bodycon dress with one long sleeve, above knee; a bracelet, no ring. Caption:
    # adapter; "sleeveless" is wrong by the photo, and the ring is invented; the wrong sleeve outranks it.
    # Answers: QA.
    case(
        "X1388-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of medium-short length. There is an accessory on her wrist. This lady "
            "wears a ring.",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        gender="Women",
        title="Miss Chase Women Blue Solid One Shoulder Bodycon Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: white jersey top with lace panels on the short sleeves, round neck, beige trousers. Caption: adapter,
    # cut. Answers: QA; "complicated" contradicts the title's "Solid"; the color span is the trousers' phrase.
    case(
        "X1388-028",
        caption(
            "The lady wears a short-sleeve T-shirt with complicated patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("complicated patterns", "contradiction"),
        Q.color("pure color", "other_garment_color"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Trendyol Women White Solid Lace Insert Top",
        category="Tops",
        color="White",
    ),
    # Truth: mustard cotton A-line dress with a green floral block print, three-quarter sleeves, round keyhole neck,
    # calf length; glass bangles. Caption: adapter, ends on a full stop, true. Answers: QA; the bangles as a detail.
    case(
        "X1388-029",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Libas Women Mustard Yellow & Green Printed Cotton A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: off-white satin camisole, spaghetti straps, black tailored trousers, black blazer worn open over it.
    # Caption: adapter, cut, "cotton" against the title's satin. Answers: QA.
    case(
        "X1388-030",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The lady also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("", "non_answer"),
        details("top", "suspenders neckline"),
        wearing("a tank top with pure color patterns and a long pants"),
        gender="Women",
        title="Mango Women Off-White Satin Finish Camisole Top",
        category="Tops",
        color="Off White",
    ),
    # Truth: back view: blue floral tea dress, short sleeves, knee length, zip at the back. Caption: adapter, starts
    # over after three sentences. Answers: QA.
    case(
        "X1388-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "of medium-short length. The lady wears a short-sleeve dress with floral patterns. The dress is with "
            "chiffon fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        Q.material("chiffon"),
        describe("dress", "short-sleeve dress with floral patterns"),
        gender="Women",
        title="Marks & Spencer Women Floral Print Tea Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: coral smocked off-shoulder top, elbow puff sleeves, white jeans. Caption: adapter, repeats its first
    # sentence and is cut. Answers: QA; material from the jeans; no neckline in the caption (null answer).
    case(
        "X1388-032",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. The lady wears a medium-sleeve shirt "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.sleeve_length("medium-sleeve"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.material("denim", "contradiction"),
        details("top", "", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Coral Solid Smocked Off-Shoulder Top",
        category="Tops",
        color="Coral",
    ),
    # Truth: pink georgette tiered maxi dress, ruffled sleeveless straps, V-neck; a pink clutch held at the wrist.
    # Caption: adapter, ends on a full stop, true (the clutch counts as the wrist accessory). Answers: QA.
    case(
        "X1388-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        describe("dress", "The dress is of long length"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Athena Women Pink Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: flat lay: black top with red floral print, long sleeves, V-neck; no person. Caption: adapter invents a
    # lady and loops on the accessory sentences. Answers: QA.
    case(
        "X1388-034",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory on "
            "her wrist. This lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", who="she"),
        Q.pattern("floral"),
        color_of("top", "floral", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details("top", "an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Berrylush Women Black & Red Floral Print Top",
        category="Tops",
        color="Black",
    ),
    # Truth: blue denim pinafore dress (sleeveless, square neck, knee length) over a white short-sleeve T-shirt.
    # Caption: adapter reads the pinafore as a skirt and the styling T-shirt as the top. Answers: QA.
    case(
        "X1388-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with denim fabric and solid color patterns. The "
            "skirt is of medium-short length.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("denim"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        wearing("a short-sleeve T-shirt with pure color patterns and a short skirt", "contradiction"),
        gender="Women",
        title="ONLY Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: mauve jersey top with a front knot, short sleeves, round neck, beige trousers. The row has no gender.
    # Caption: adapter, cut. Answers: QA, all right.
    case(
        "X1388-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "pants this lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        describe("top", "short-sleeve T-shirt"),
        title="Style Quotient Women Mauve Solid Front Knot Top",
        category="Tops",
        color="Mauve",
    ),
    # Truth: female model, hair tied back, white oversized cotton shirt-style top, long sleeves, collar, blue jeans,
    # a watch. Caption: adapter calls her a man. Answers: QA.
    case(
        "X1388-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        Q.color("pure color", "non_answer"),
        details("top", "lapel neckline"),
        gender="Women",
        title="Mast & Harbour Women White Solid Cotton Oversized Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Truth: burgundy velvet bodycon dress, long sleeves, round neck, above knee; a ring and a bracelet. Caption:
    # adapter, cut, "cotton" against the title's velvet. Answers: QA.
    case(
        "X1388-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium-short length. There is an accessory on her wrist. This lady wears "
            "a ring. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "round neckline"),
        gender="Women",
        title="DressBerry Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: yellow floral crop top in opaque cotton poplin, short puff sleeves, front tie, sweetheart neck, denim
    # shorts. Caption: adapter, cut. Answers: QA; color span from the shorts; "chiffon" for an opaque poplin.
    case(
        "X1388-039",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. It has a V-shape neckline. The shorts are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns and a three-point shorts"),
        Q.pattern("floral"),
        color_of("top", "solid color", "other_garment_color", kind="open"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="FabAlley Women Yellow Floral Print Tie-Up Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Truth: navy sleeveless halter maxi dress with a side slit; bare arms, no jewellery. Caption: adapter, ends on a
    # full stop; the wrist accessory is invented. Answers: QA; the description is only the noun.
    case(
        "X1388-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "dress", "restated"),
        Q.garment_type("dress"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Solid Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: black and white geometric print georgette top, three-quarter bell sleeves, round neck, black trousers.
    # Caption: adapter, cut. Answers: QA; "long-sleeve" is wrong only by the photo.
    case(
        "X1388-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        color_of("top", "graphic", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.garment_type("shirt"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Black & White Printed Top",
        category="Tops",
        color="Black",
    ),
    # Truth: indigo block-printed cotton tiered maxi dress, three-quarter sleeves, V-neck with tassels; oxidised
    # bangles and rings. The row has no category. Caption: adapter, cut. Answers: QA.
    case(
        "X1388-042",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. The lady also",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with complicated patterns"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.material("cotton"),
        details("dress", "V-shape neckline"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Global Desi Women Blue Printed Cotton Tiered Maxi Dress",
        color="Blue",
    ),
    # Truth: emerald satin cowl-neck sleeveless top tucked into a black mini skirt. Caption: adapter, loops on the
    # skirt's length. Answers: QA; two spans are the skirt's length.
    case(
        "X1388-043",
        caption(
            "The lady wears a tank top with pure color patterns and a short skirt. The tank top is with cotton fabric. "
            "The skirt is of medium-short length. The skirt is of medium-short length. The skirt is of medium-short "
            "length. The skirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.material("cotton", "contradiction"),
        color_of("top", "pure color", "non_answer", kind="open"),
        describe("top", "The skirt is of medium-short length. The skirt is of medium-short length", "loop"),
        Q.sleeve_length("medium-short length", "contradiction"),
        details("top", "", "non_answer"),
        gender="Women",
        title="Vero Moda Women Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
    ),
    # Truth: beige crepe wrap midi dress, short sleeves, V-neck, nude heels. Caption: adapter, four true sentences,
    # then padding to the limit. Answers: QA.
    case(
        "X1388-044",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "V-shape neckline"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        gender="Women",
        title="AND Women Beige Solid Wrap Midi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Truth: red and white horizontal-striped woven top, short puff sleeves, tie-up neck, blue jeans; a silver ring.
    # The row has no gender. Caption: adapter, ends on a full stop, true. Answers: QA; description is only the noun.
    case(
        "X1388-045",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. This lady "
            "wears a ring.",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("striped", "non_answer"),
        Q.garment_type("shirt"),
        describe("top", "shirt", "restated"),
        Q.sleeve_length("short-sleeve"),
        title="Mast & Harbour Women Red & White Striped Tie-Up Neck Top",
        category="Tops",
        color="Red",
    ),
]
