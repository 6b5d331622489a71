"""BLIND_936 (46 products; Myntra women's tops, dresses and skirts, captions then extractive QA): written blind in the
fifty-seventh session. Measured blind at eed7db2 (the session's seventh rules): 117/138 failures found (84.8%) and
13/197 correct texts flagged (6.6%). The writer's notes, verbatim:

Scenario: a Myntra-style feed of women's tops, tunics, shirts, dresses and skirts (a few kids' pieces the seller filed
under Women, as the real feed does). Studio photos, mostly on a white or light grey backdrop, worn by a model who
also wears other clothes (jeans or trousers under a top, a top tucked into a skirt, a denim jacket over a dress).
Columns as the feed has them: title, category (article type), color (base colour), gender; a few rows miss one.

Who wrote what: the caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
chosen because epoch 3 had lost hue words. It writes the DeepFashion template ("The lady wears a short-sleeve
blouse with floral patterns. The blouse is with chiffon fabric...") and now and then still names a hue from the
base model's prior, often the hue of the wrong garment. One epoch did not fully erase stopping, so most captions
end on their own; about a fifth run to the 50-token limit and loop or stop mid-phrase. It sometimes says "his" or
"the gentleman" for a woman, and adds template accessories ("a ring on her finger", "an accessory on her wrist").
Open answers (wearing, describe, details, material, neckline, the open color question) are spans the extractive
reader (mdeberta-v3-base-squad2) picked out of that caption, so they copy its errors, its loops and its cut ends
(a span cut because the caption was cut did not itself hit a limit). Where the reader returned no span the job
fell back to the VQA adapter (Data3_V3_BLIP2_VQA) with the `Question: ... Answer:` prompt, 30 new tokens: it
answers "yes" to open questions, repeats one color, carries on into the next `Question:` or restates the question.
Closed answers (garment type, color, pattern, sleeve length, length, "Is this a ...?") come from the reference
engine, which picks one candidate value: never a loop or a cut, but often the color of the other garment in the
photo or the wrong type.

Labeling conventions and judgement calls:
- Every text is judged against the photo as described in its `# photo:` line; the seller's columns count as truth
  where the photo agrees with them, and where they disagree (a "Brown" top that looks rust) the photo wins.
- A color, pattern or material that belongs to the other garment in the photo (the jeans, the tucked-in tee, the
  jacket) is other_garment_color when it is a color, contradiction when it is a pattern or a material.
- Giving the worn-with garment the product's color ("green" leggings under a green tunic) is contradiction.
- A wrong hue that belongs to nothing in the photo, a wrong type, sleeve length, length or pattern is contradiction.
- "pure color", "floral" or "solid color" as the answer to a color question is non_answer: it names no hue.
- "yes"/"no", an empty span, a bare noun echoed from the question ("skirt" for "Describe the skirt.") or a span
  like "The lady" is non_answer; an answer that turns the question into a sentence ("the details of the dress are
  the details") is restated.
- Accessories, belts, pockets, buttons, zips or trims the photo does not show are unsupported, as is a fabric the
  photo rules out when the title names none; a fabric that disagrees with a fabric named in the title is
  contradiction. A plausible fabric for the look with a silent title is correct.
- "his", "he", "the gentleman" or "the man" for the women's model is pronoun, even when the rest is right.
- A text with two faults gets one label: the structural one (loop, cut, leak) when the text ran on or stopped
  short, otherwise the one that is most visible to a shopper. hit_limit=True only where the generation itself ran
  to its token limit (captions at 50, fallback answers at 30); reader spans never hit a limit.
- A DeepFashion "long" skirt or dress counts as right for a midi or maxi; "medium length" is right for knee length.
- A tunic called a "top" is correct; a tunic called a "dress" by the closed type question is contradiction.
- A span about the other garment given as the product's details ("The lady wears long pants" for a tank top's
  details) says nothing about the product: non_answer.
- A closed type answer naming another garment in the photo (the "jacket" or "cardigan" over the product, the
  "sweater" or "top" tucked into a skirt) is contradiction.
- The template's "shirt", "blouse", "tank top", "sweater" or "T-shirt" for a seller's top is tolerated in captions
  and spans (DeepFashion has no "top" class); "shirt" for a shirt dress is not, it is contradiction. The template's
  "long-sleeve" is tolerated for three-quarter or elbow-length sleeves.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "open")
length = question("length", "What is the length of the garment?", "closed")

BLIND_936 = [
    # photo: navy fit-and-flare dress with a small white and pink floral print, flutter sleeves, V-neck, knee length;
    # tan sandals, white backdrop, front view. Caption: epoch-1 adapter; open answers: reader; closed: reference.
    case(
        "X936-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of medium length."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.material("chiffon"),
        neckline("v-shape"),
        title="Vero Moda Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard sleeveless top with a ruffled round neck, worn with light blue skinny jeans; white backdrop,
    # front view. Caption: epoch-1 adapter; open answers: reader, description fell back to the VQA adapter (a bow
    # for the ruffle); closed: reference.
    case(
        "X936-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lady wears a long denim pants with solid color patterns."
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.color("blue", "other_garment_color"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        details("top", "it has a round neckline"),
        describe("top", "a yellow top with a bow at the neck", "unsupported"),
        title="Harpa Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black accordion-pleated midi skirt, worn with a plain white crew-neck tee tucked in and white sneakers;
    # white backdrop, full-length front view. Caption: epoch-1 adapter (hue of the tee given to the skirt); open:
    # reader; closed: reference.
    case(
        "X936-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and solid color patterns. The lady wears a white shirt and a white skirt.",
            "other_garment_color",
        ),
        Q.color("black"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        describe("skirt", "a long skirt"),
        Q.material("chiffon"),
        wearing("a white shirt and a white skirt", "other_garment_color"),
        title="SASSAFRAS Women Black Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white short-sleeve top with a black and red graphic lips print, worn with black straight trousers;
    # white backdrop, front view. Caption: epoch-1 adapter ("His"); open: reader; closed: reference.
    case(
        "X936-004",
        caption(
            "The person wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. His pants "
            "are of long length. The pants are with cotton fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with graphic patterns"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        color_of("pants", "black"),
        details("top", "His pants are of long length", "pronoun"),
        title="Tokyo Talkies Women Printed White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: red sleeveless bodycon sheath dress, round neck, knee length; black pumps, no jewellery; light grey
    # backdrop. Caption: epoch-1 adapter, ran to 50 tokens; open: reader; closed: reference.
    case(
        "X936-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("dress"),
        wearing("a sleeveless dress with pure color patterns"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        Q.material("cotton"),
        Q.pattern("floral", "contradiction"),
        title="AND Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue denim A-line mini skirt with a front button placket, worn with a navy and white striped tee
    # tucked in; white backdrop. Caption: epoch-1 adapter; open: reader, details fell back ("no"); closed: reference
    # (the tee's stripes).
    case(
        "X936-006",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        Q.material("denim"),
        describe("skirt", "a short skirt"),
        wearing("a short-sleeve T-shirt with striped patterns"),
        details("skirt", "no", "non_answer"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: light pink wrap top with a small white floral print, long sleeves, worn with white wide-leg trousers;
    # white backdrop. Caption: epoch-1 adapter, looped to the limit; open: reader (one span from the loop); closed:
    # reference.
    case(
        "X936-007",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric and floral "
            "patterns. The blouse is with chiffon fabric and floral patterns. The blouse is with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with floral patterns"),
        Q.material("chiffon"),
        details(
            "top",
            "The blouse is with chiffon fabric and floral patterns. The blouse is with chiffon fabric and floral "
            "patterns",
            "loop",
        ),
        Q.color("pink"),
        Q.pattern("floral"),
        title="Berrylush Women Pink Floral Print Wrap Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black maxi dress with white polka dots, cap sleeves, self-tie waist; white backdrop, full length.
    # Caption: epoch-1 adapter (dots read as lattice); open: reader, color fell back to the VQA adapter (looped);
    # closed: reference.
    case(
        "X936-008",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. The dress "
            "is of long length.",
            "contradiction",
        ),
        Q.pattern("polka dots"),
        color_of(
            "dress",
            "black and white black and white black and white black and white black and white black and white black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("dress"),
        describe("dress", "a short-sleeve dress with lattice patterns", "contradiction"),
        length("maxi"),
        title="Athena Women Black & White Polka Dot Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive button-down shirt-style top, sleeves rolled to the elbow, worn with black skinny jeans; beige
    # wall behind, no chest pocket. Caption: epoch-1 adapter; open: reader (material span from the jeans' sentence),
    # details fell back to the VQA adapter; closed: reference.
    case(
        "X936-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        Q.color("green"),
        color_of("shirt", "black", "other_garment_color"),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("long"),
        neckline("lapel"),
        details("top", "a shirt with buttons and a pocket on the chest", "unsupported"),
        title="Mango Women Olive Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon jersey wrap midi dress, three-quarter sleeves, V-neck; nude heels; white backdrop. Caption:
    # epoch-1 adapter ("The gentleman"); open: reader; closed: reference.
    case(
        "X936-010",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a v-shape neckline.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        Q.material("knitting"),
        details("dress", "It has a v-shape neckline"),
        describe("dress", "The gentleman wears a long-sleeve dress", "pronoun"),
        title="Zima Leto Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard ankle-length flared skirt with a small navy and maroon ethnic block print, worn with a short
    # white cotton top; no jewellery; white backdrop. Caption: epoch-1 adapter (invented ring); open: reader, details
    # fell back to the VQA adapter (cut at 30 tokens); closed: reference.
    case(
        "X936-011",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with cotton fabric. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "floral", "non_answer", kind="open"),
        Q.pattern("printed"),
        Q.material("cotton"),
        describe("skirt", "a long skirt with floral patterns"),
        is_a("dress", "no"),
        details(
            "skirt",
            "a yellow skirt with a blue and red print on the bottom of the skirt and a white top with a",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Mustard Printed Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black sleeveless lace top with a scalloped hem, worn with light grey tapered trousers; white backdrop.
    # Caption: epoch-1 adapter; open: reader, neckline fell back (leaked); closed: reference (the trousers' grey).
    case(
        "X936-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with lace fabric. The "
            "lady wears a long trousers."
        ),
        Q.material("lace"),
        Q.color("grey", "other_garment_color"),
        details("top", "lace fabric"),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("top"),
        neckline(
            "Question: What is the neckline of the garment? Answer: round neck Question: What is the neckline",
            "leak",
            hit_limit=True,
        ),
        title="ONLY Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach A-line knee-length dress, short puff sleeves, square neck, no pockets; white backdrop. Caption:
    # epoch-1 adapter (invented pockets); open: reader, the color question fell back to the VQA adapter (ran into the
    # next question); closed: reference.
    case(
        "X936-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a square neckline. The dress is of medium length. There are pockets on the dress.",
            "unsupported",
        ),
        details("dress", "There are pockets on the dress", "unsupported"),
        color_of(
            "dress",
            "pink Question: What is the color of the dress? Answer: pink Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.garment_type("dress"),
        neckline("square"),
        Q.sleeve_length("short"),
        title="DressBerry Women Peach-Coloured Solid A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender smocked crop top with short puff sleeves and a square neck, worn with white wide-leg trousers;
    # no jewellery; white backdrop. Caption: epoch-1 adapter, cut at 50 tokens; open: reader, description fell back
    # to the VQA adapter (looped); closed: reference.
    case(
        "X936-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is square. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.color("purple"),
        Q.pattern("solid"),
        details("top", "There is an accessory on her", "cut"),
        neckline("square"),
        describe(
            "top",
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Lavender Smocked Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: green cotton tunic with a gold foil block print, three-quarter sleeves, mandarin collar, worn with white
    # leggings; white backdrop. Caption: epoch-1 adapter; open: reader, details fell back (restated); closed:
    # reference (type "dress", leggings given the tunic's green).
    case(
        "X936-015",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric and it has a stand "
            "neckline. The lady wears leggings."
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        color_of("leggings", "green", "contradiction"),
        Q.pattern("printed"),
        Q.material("cotton"),
        neckline("stand"),
        details("top", "the top details are the top", "restated"),
        title="Biba Women Green & Gold-Toned Printed Cotton Tunic",
        category="Tunics",
        color="Green",
        gender="Women",
    ),
    # photo: off-white cotton shirt with thin blue vertical stripes, long sleeves, worn with dark blue jeans; white
    # backdrop. Caption: epoch-1 adapter; open: reader, details fell back to the VQA adapter ("yes"); closed:
    # reference.
    case(
        "X936-016",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long denim pants."
        ),
        Q.color("white"),
        Q.pattern("striped"),
        details("shirt", "yes", "non_answer"),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.sleeve_length("long"),
        Q.material("denim", "contradiction"),
        title="United Colors of Benetton Women Stripes Off White Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: teal sleeveless skater dress, round neck, above the knee, plain; a brown belt at the waist; white
    # backdrop. Caption: epoch-1 adapter, cut at 50 tokens ("blue" for teal counted right); open: reader; closed:
    # reference.
    case(
        "X936-017",
        caption(
            "The lady wears a sleeveless blue dress with pure color patterns. The dress is with cotton fabric. There "
            "is a belt accessory in her clothing. The dress is of short length. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("teal"),
        color_of("dress", "blue", kind="open"),
        details("dress", "There is a belt accessory in her clothing"),
        Q.sleeve_length("sleeveless"),
        length("long", "contradiction"),
        title="FOREVER 21 Women Teal Solid Skater Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt-style top with a small pink embroidered heart, long sleeves, worn with
    # black leggings; white backdrop. Caption: epoch-1 adapter ("black" for the top); open: reader; closed: reference.
    case(
        "X936-018",
        caption(
            "The lady wears a long-sleeve black sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is crew. The lady wears leggings.",
            "other_garment_color",
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        wearing("a long-sleeve black sweater with graphic patterns", "other_garment_color"),
        Q.sleeve_length("long"),
        neckline("crew"),
        title="s.Oliver Women Grey Melange Embroidered Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: rust orange satin slip midi skirt, worn with a cream knit sweater tucked in at the front; white
    # backdrop. Caption: epoch-1 adapter; open: reader, wearing fell back to the VQA adapter (restated);
    # closed: reference.
    case(
        "X936-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long skirt. The skirt is with satin fabric and pure color patterns."
        ),
        wearing("what is the person wearing?", "restated"),
        Q.color("orange"),
        Q.material("satin"),
        describe("skirt", "a long skirt"),
        Q.pattern("solid"),
        color_of("skirt", "cream", "other_garment_color"),
        title="Mast & Harbour Women Rust Satin Slip Midi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: white broderie anglaise (eyelet) peasant blouse, elbow-length sleeves, worn with light blue denim
    # shorts; white backdrop. Caption: epoch-1 adapter, cut at 50 tokens; open: reader, description fell back to the
    # VQA adapter (looped); closed: reference (the shorts given the blouse's white, the blouse the shorts' blue).
    case(
        "X936-020",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric and it "
            "has a round neckline. The lady wears a short denim shorts. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        describe(
            "blouse",
            "white blouse with white lace with white lace with white lace with white lace with white lace with white",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.material("cotton"),
        wearing("a short-sleeve blouse with pure color patterns"),
        Q.sleeve_length("short"),
        color_of("shorts", "white", "contradiction"),
        color_of("blouse", "blue", "other_garment_color"),
        title="People Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue shirt dress with white buttons down the front, long sleeves, knee length, self belt; white
    # backdrop. Caption: epoch-1 adapter (dress read as shirt + pants); open: reader; closed: reference.
    case(
        "X936-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long pants.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("navy blue"),
        details("dress", "The lady wears a long pants", "contradiction"),
        neckline("lapel"),
        describe("dress", "a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        title="Roadster Women Navy Blue Solid Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow sleeveless top with a black geometric print, worn with a black blazer left open and black
    # trousers; white backdrop. Caption: epoch-1 adapter; open: reader; closed: reference (the blazer's black).
    case(
        "X936-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a sleeveless top with graphic patterns and long pants."
        ),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("geometric"),
        wearing("a long-sleeve jacket with pure color patterns"),
        describe("top", "a sleeveless top with graphic patterns"),
        Q.garment_type("jacket", "contradiction"),
        title="AND by Anita Dongre Women Yellow Printed Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: pink girls' party dress with a tulle skirt and a sequinned bodice, sleeveless; a small girl on a white
    # backdrop. Caption: epoch-1 adapter; open: reader (the material span is the caption's invention); closed:
    # reference.
    case(
        "X936-023",
        caption(
            "The girl wears a sleeveless dress with pure color patterns. The dress is with leather fabric. The dress "
            "is of medium length.",
            "unsupported",
        ),
        Q.material("leather", "unsupported"),
        Q.color("pink"),
        Q.garment_type("dress"),
        wearing("a sleeveless dress with pure color patterns"),
        Q.sleeve_length("sleeveless"),
        details("dress", "The dress is with leather fabric", "unsupported"),
        title="Palm Tree Kids Girls Pink Embellished Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: maroon top with thin white horizontal stripes, three-quarter sleeves, boat neck, worn with blue jeans;
    # white backdrop. Caption: epoch-1 adapter, cut at 50 tokens; open: reader; closed: reference.
    case(
        "X936-024",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears a pair of sneakers and",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.pattern("striped"),
        color_of("top", "blue", "other_garment_color"),
        wearing("a long-sleeve shirt with striped patterns"),
        details("top", "The lady wears a pair of sneakers and", "cut"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mother Earth Women Stripes Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton maxi dress with red and green floral print, spaghetti straps, tiered skirt; brown
    # sandals, no belt; white backdrop. Caption: epoch-1 adapter (invented belt); open: reader, description fell
    # back (leaked the prompt); closed: reference.
    case(
        "X936-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The dress is of "
            "long length. There is a belt accessory in her clothing.",
            "unsupported",
        ),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a white dress with flowers Question: Describe the dress. Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("floral"),
        length("maxi"),
        Q.material("cotton"),
        details("dress", "There is a belt accessory in her clothing", "unsupported"),
        title="Sassafras Women White Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black faux-leather pencil skirt, knee length, worn with a red sleeveless blouse tucked in; white
    # backdrop, front view, no slit visible. Caption: epoch-1 adapter; open: reader, details fell back to the VQA
    # adapter; closed: reference (the blouse's red).
    case(
        "X936-026",
        caption(
            "The lady wears a sleeveless red blouse with pure color patterns. The blouse is with chiffon fabric. The "
            "lady wears a medium skirt. The skirt is with leather fabric and pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        Q.material("leather"),
        describe("skirt", "a medium skirt"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "a black skirt with a slit at the back", "unsupported"),
        title="Vero Moda Women Black Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige top with a brown leaf print, short kimono sleeves, worn with dark brown trousers; white backdrop.
    # Caption: epoch-1 adapter ("he"); open: reader (copies "he"), description fell back ("a top"); closed: reference.
    case(
        "X936-027",
        caption(
            "The person wears a short-sleeve top with floral patterns. He wears long trousers. The top is with "
            "chiffon fabric.",
            "pronoun",
        ),
        wearing("He wears long trousers", "pronoun"),
        Q.color("beige"),
        Q.pattern("printed"),
        Q.material("chiffon"),
        Q.sleeve_length("short"),
        describe("top", "a top", "non_answer"),
        title="Mother Earth Women Printed Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: dusty pink (rose) pleated A-line midi skirt, worn with a white tee and a light blue denim jacket;
    # white backdrop. Caption: epoch-1 adapter (invented sunglasses); open: reader; closed: reference.
    case(
        "X936-028",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The lady wears a long skirt with "
            "pure color patterns. She wears sunglasses.",
            "unsupported",
        ),
        Q.color("blue", "other_garment_color"),
        describe("skirt", "a long skirt with pure color patterns"),
        Q.material("denim", "contradiction"),
        wearing("a long-sleeve denim jacket with pure color patterns"),
        Q.pattern("pleated"),
        Q.garment_type("jacket", "contradiction"),
        title="DressBerry Women Rose Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Rose",
        gender="Women",
    ),
    # photo: black and white houndstooth-checked peplum top, sleeveless, worn with black trousers; white backdrop.
    # Caption: epoch-1 adapter; open: reader, the color and details questions fell back (one color repeated, the
    # question restated); closed: reference.
    case(
        "X936-029",
        caption(
            "The lady wears a sleeveless top with lattice patterns. The top is with cotton fabric and its neckline is "
            "round. The lady wears long pants."
        ),
        color_of(
            "top",
            "black black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("checked"),
        describe("top", "a sleeveless top with lattice patterns"),
        Q.garment_type("top"),
        details("top", "what are the top details", "restated"),
        title="Harpa Women Black & White Houndstooth Checked Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green velvet slip dress, thin straps, V-neck, midi; gold hoop earrings; light grey backdrop.
    # Caption: epoch-1 adapter ("black" for the green); open: reader, neckline fell back (leaked); closed: reference.
    case(
        "X936-030",
        caption(
            "The lady wears a sleeveless black dress with pure color patterns. The dress is with velvet fabric. The "
            "dress is of long length. There is an accessory on her ears.",
            "contradiction",
        ),
        Q.color("green"),
        Q.material("velvet"),
        details("dress", "There is an accessory on her ears"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("dress"),
        wearing("a sleeveless black dress with pure color patterns", "contradiction"),
        neckline(
            "Question: What is the neckline of the garment? Answer: v neck Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Emerald Green Velvet Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: orange knitted crop top, short sleeves, worn with high-waisted white jeans; white backdrop. Caption:
    # epoch-1 adapter, looped on the pants; open: reader, description fell back (restated); closed: reference.
    case(
        "X936-031",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The lady wears long pants. The pants are "
            "with denim fabric. The pants are with denim fabric. The pants are with denim fabric. The pants are with",
            "loop",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.material("denim", "contradiction"),
        wearing("a short-sleeve sweater with pure color patterns"),
        Q.sleeve_length("short"),
        Q.garment_type("top"),
        details("top", "The pants are with denim fabric. The pants are with denim fabric. The pants are with", "loop"),
        describe("top", "describe the top", "restated"),
        color_of("top", "white", "other_garment_color"),
        title="Arrow Woman Cameron Orange Knit Crop Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: multi-coloured patchwork-print dress (red, blue, yellow panels), three-quarter sleeves, knee length;
    # no collar, no belt; white backdrop. Row has no color column. Caption: epoch-1 adapter; open: reader, details
    # fell back to the VQA adapter; closed: reference.
    case(
        "X936-032",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of medium length."
        ),
        Q.color("multi"),
        Q.pattern("color block"),
        wearing("a long-sleeve dress with color block patterns"),
        color_of("dress", "color block", "non_answer", kind="open"),
        neckline("round"),
        details("dress", "a red dress with a white collar and a black belt", "unsupported"),
        title="Global Desi Women Multicoloured Patchwork Print A-Line Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: grey jersey T-shirt top with a white "BONJOUR" slogan, short sleeves, worn with a black mini skirt;
    # white backdrop. Caption: epoch-1 adapter; open: reader; closed: reference.
    case(
        "X936-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt with pure color patterns. There is a belt accessory "
            "in her clothing.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "There is a belt accessory in her clothing", "unsupported"),
        Q.pattern("graphic"),
        describe("t-shirt", "t-shirt", "non_answer"),
        is_a("skirt", "yes", "contradiction"),
        title="United Colors of Benetton Women Grey Printed Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: olive green utility shirt dress with two chest flap pockets, roll-up sleeves, drawstring waist, knee
    # length; white backdrop. Caption: epoch-1 adapter; open: reader, details and description fell back (restated
    # the question, cut at 30 tokens); closed: reference.
    case(
        "X936-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. The dress is of medium length."
        ),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        Q.color("olive"),
        Q.garment_type("dress"),
        neckline("lapel"),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "dress",
            "a green dress with a collar and buttons down the front and a drawstring at the waist and two pockets on "
            "the chest and a",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Olive Green Utility Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: cream satin camisole top with a lace trim, thin straps, worn under an open camel long cardigan, with
    # blue jeans; white backdrop. Caption: epoch-1 adapter; open: reader (the cardigan's knit as the material);
    # closed: reference (the cardigan's color and type).
    case(
        "X936-035",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a sleeveless tank top and long denim pants."
        ),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("cardigan", "contradiction"),
        wearing("a long-sleeve cardigan with pure color patterns"),
        Q.material("knitting", "contradiction"),
        describe("top", "a sleeveless tank top"),
        Q.sleeve_length("sleeveless"),
        title="Arrow Woman Bow Cream Satin Lace Trim Camisole Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: red and white gingham-checked mini skirt, worn with a white tucked-in shirt; no jewellery; white
    # backdrop. Caption: epoch-1 adapter (invented bracelet); open: reader, description and details fell back (one
    # word, a leak); closed: reference.
    case(
        "X936-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a short skirt with lattice "
            "patterns. The skirt is with cotton fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        describe("skirt", "red", "non_answer"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.material("cotton"),
        color_of("skirt", "white", "other_garment_color"),
        length("mini"),
        details(
            "skirt",
            "checked Question: What are the skirt details? Answer: checked Question: What are the skirt",
            "leak",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Red & White Gingham Checked Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: purple (lilac) tie-dye T-shirt dress, short sleeves, knee length; white sneakers; white backdrop. The
    # row has no category. Caption: epoch-1 adapter, cut; open: reader; closed: reference.
    case(
        "X936-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt with graphic patterns. The skirt is with cotton fabric "
            "and graphic",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("tie and dye"),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.material("cotton"),
        describe("dress", "a short skirt with graphic patterns", "contradiction"),
        title="s.Oliver Women Faded Lilac Tie-Dye T-shirt Dress",
        color="Lavender",
        gender="Women",
    ),
    # photo: white short-sleeve peplum blouse with navy polka dots, worn with navy trousers; white backdrop.
    # Caption: epoch-1 adapter; open: reader (the neckline span is the caption's invented zip), details fell back
    # (looped); closed: reference.
    case(
        "X936-038",
        caption(
            "The lady wears a short-sleeve blouse with graphic patterns. The blouse is with chiffon fabric. There is "
            "a zipper on the back of the blouse. The lady wears long pants."
        ),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("polka dots"),
        neckline("There is a zipper on the back of the blouse", "unsupported"),
        wearing("a short-sleeve blouse with graphic patterns"),
        Q.garment_type("blouse"),
        details(
            "blouse",
            "white with blue dots, white with blue dots, white with blue dots, white with blue dots, white with blue",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Woman Zebra White Polka Dot Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: coral pink off-shoulder bodycon dress, long sleeves, above the knee; silver strappy heels, no rings;
    # white backdrop. Caption: epoch-1 adapter (invented ring); open: reader, wearing fell back (leaked); closed:
    # reference.
    case(
        "X936-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The "
            "dress is of short length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing(
            "a pink dress Question: What is the person wearing? Answer: a pink dress Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink"),
        details("dress", "There is a ring on her finger", "unsupported"),
        Q.sleeve_length("long"),
        Q.garment_type("dress"),
        length("mini"),
        title="Tokyo Talkies Women Coral Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: blue denim shirt, long sleeves, two chest pockets with snap buttons, worn with a white tee underneath
    # and white trousers; white backdrop. Caption: epoch-1 adapter; open: reader, description fell back (looped);
    # closed: reference.
    case(
        "X936-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. There are pockets on the shirt. The lady wears long pants."
        ),
        Q.color("blue"),
        Q.material("denim"),
        details("shirt", "There are pockets on the shirt"),
        color_of("shirt", "white", "other_garment_color"),
        is_a("shirt", "yes"),
        Q.pattern("checked", "contradiction"),
        describe(
            "shirt",
            "a denim shirt with a denim collar and a denim pocket and a denim pocket and a denim pocket and a denim",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Women Roll Up Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta fit-and-flare midi dress, sleeveless, round neck, plain; white backdrop. Caption: epoch-1
    # adapter ("his"); open: reader, description fell back (cut at the limit); closed: reference.
    case(
        "X936-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and his "
            "neckline is round. The dress is of long length.",
            "pronoun",
        ),
        describe(
            "dress",
            "a pink dress with a white collar and a pink belt and a pink bow on the front and a pink bow on the back "
            "of the",
            "cut",
            hit_limit=True,
        ),
        Q.color("magenta"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        neckline("round"),
        details("dress", "his neckline is round", "pronoun"),
        title="s.Oliver Women Solid Magenta Fit and Flare Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: brown corduroy button-front A-line mini skirt, worn with a black turtleneck tucked in and black tights;
    # white backdrop. Caption: epoch-1 adapter; open: reader, wearing fell back (leaked); closed: reference.
    case(
        "X936-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The lady wears a short skirt. The skirt is "
            "with corduroy fabric and pure color patterns. There are buttons on the skirt."
        ),
        Q.color("black", "other_garment_color"),
        Q.material("corduroy"),
        describe("skirt", "a short skirt"),
        details("skirt", "There are buttons on the skirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.pattern("solid"),
        wearing(
            "Question: What is the person wearing? Answer: a skirt and a sweater Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Brown Corduroy A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: sky blue crepe top with a keyhole neck and flutter sleeves, plain, worn with white jeans; white
    # backdrop. Caption: epoch-1 adapter (invented lace trim and necklace); open: reader; closed: reference.
    case(
        "X936-043",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric and it "
            "has lace trim on the hem. There is an accessory on her neck.",
            "unsupported",
        ),
        details("top", "it has lace trim on the hem", "unsupported"),
        Q.color("blue"),
        Q.material("chiffon", "contradiction"),
        wearing("a short-sleeve blouse with pure color patterns"),
        Q.sleeve_length("short"),
        neckline("keyhole"),
        title="FOREVER 21 Women Sky Blue Solid Crepe Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow girls' cotton frock with a white daisy print and a Peter Pan collar, short sleeves; white
    # backdrop, front view, no lace. Gender column missing. Caption: epoch-1 adapter; open: reader, wearing, details
    # and description fell back ("yes", an invented bow and lace, a restatement); closed: reference.
    case(
        "X936-044",
        caption(
            "The girl wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline."
        ),
        wearing("yes", "non_answer"),
        Q.color("yellow"),
        Q.pattern("floral"),
        neckline("round"),
        Q.garment_type("skirt", "contradiction"),
        details("dress", "The dress has a bow at the back and lace trim", "unsupported"),
        describe("dress", "the dress is a dress", "restated"),
        title="Gini and Jony Kids Girls Yellow Floral Print Dress",
        category="Dresses",
        color="Yellow",
    ),
    # photo: navy blue bandhani-print flared midi skirt with an elastic waist, worn with a plain white kurti top;
    # white backdrop. Caption: epoch-1 adapter, looped; open: reader, material fell back (looped); closed: reference.
    case(
        "X936-045",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The lady wears a long skirt with graphic "
            "patterns. The skirt is with graphic patterns. The skirt is with graphic patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("skirt", "white", "other_garment_color"),
        describe("skirt", "a long skirt with graphic patterns"),
        Q.pattern("printed"),
        Q.material(
            "cotton fabric with cotton fabric with cotton fabric with cotton fabric with cotton fabric with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("top", "contradiction"),
        title="Global Desi Women Navy Blue Bandhani Print Flared Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless tank top, plain, worn with olive cargo trousers and a black cap; white backdrop.
    # Caption: epoch-1 adapter; open: reader (the cargo trousers' sentence for the details), description fell back
    # (cut at 30 tokens); closed: reference.
    case(
        "X936-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears long pants. There is a hat on her head."
        ),
        Q.color("green", "other_garment_color"),
        wearing("a sleeveless tank top with pure color patterns"),
        details("top", "The lady wears long pants", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.garment_type("top"),
        describe(
            "top",
            "a black tank top and green pants with pockets on the side and a black cap on her head and a black",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Black Solid Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
]
