"""BLIND_769 (46 products; Myntra women's co-ord sets, jumpsuits and dresses, captions then extractive QA): written
blind in the fifty-fifth session. Measured blind at 81e168c (the session's sixth rules): 92/121 failures found (76.0%)
and 11/164 correct texts flagged (6.7%). The writer's notes, verbatim:

Scenario: a night's run over a Myntra-like feed of women's co-ord sets (Co-Ords), jumpsuits (Jumpsuit, Playsuit,
Dungarees) and dresses (Dresses). Catalog shots on white, light grey, beige or pink backdrops, mostly front views,
the model wearing shoes, bags, belts, caps and often a second garment (a tee under a pinafore or dungarees, a
cardigan or denim jacket over a dress, a shirt over a co-ord top). Feed columns: title, category, color, gender;
a few rows lack one of them, as real feeds do.

Who wrote what: the caption comes from the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3,
DeepFashion-MultiModal template: "The lady wears a sleeveless romper with pure color patterns", "a long pants",
fabrics from denim/cotton/chiffon/knitted/furry/other, "There is an accessory on her wrist", no hue names), or for
some products the epoch-1 adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), which still writes base-BLIP-2
phrases with hues ("a woman in a yellow floral maxi dress"). No end token was trained, so a caption either stops
after the template or runs to the 50-token limit, looping the template or cut mid-word. The open questions
"What is the person wearing?", "Describe the X.", "What are the X details?" and the material question are
answered by the extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption: a span of at most about
15 tokens, copied from the caption with its mistakes, or empty when the no-answer score wins. Because captions name
no hues, the open color questions ("What is the color of the X?", kind open) go to the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens, greedy): usually a bare color, sometimes a run-on that continues
the `Question: ... Answer:` format, loops one word, echoes the question, says "yes", or names the color of the
shoes, the bag, the belt or the layer over or under the product. Closed questions (garment type, color, pattern,
sleeve length, "Is this a ...?") come from enrich's reference engine, which picks one candidate, so they never
loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- One label per text, the one a reviewer would file first. Where a text has several faults, a loop, a cut or a
  leak wins over the rest (a looping caption that also claims an absent bracelet is a loop); then contradiction,
  then another garment's color, then pronoun, then unsupported.
- hit_limit=True only where the visible text ran to its limit: looping or cut captions (50 tokens) and run-on VQA
  answers (30 tokens). An extractive span that ends where the caption was cut is labelled cut, without hit_limit
  (the span itself hit no limit).
- The DeepFashion template describes an upper and a lower garment. For a jumpsuit or dungarees it writes "a tank
  top ... and a long pants": where the one-piece is named only as separate top and pants, or a dress as a shirt
  with shorts or a skirt, that is a contradiction (the seller's category says otherwise). "romper" for a jumpsuit
  of long length is taken as a correct synonym; for a co-ord set, "shirt"/"T-shirt" and "pants"/"trousers" for its
  two pieces are correct.
- Closed garment_type naming only one piece of a co-ord set ("top", "blazer", "skirt") is a contradiction with the
  seller's Co-Ords; "co-ord set" is correct. "jumpsuit" for a playsuit (shorts-length) is a contradiction.
- A wrong closed color or pattern or sleeve length is always "contradiction", also when it is another garment's
  (the cardigan's long sleeves for a slip dress, the tee's stripes for a pinafore); "other_garment_color" is kept
  for open answers and captions that give the product the color of a shoe, bag, belt, layer or the other piece.
- A print's accent color given as the closed color where the seller's color is the ground (green for an off-white
  dress with green leaves) is a contradiction; an open answer naming ground and print ("white and green") is right.
  A backdrop's color given as the garment's color is a contradiction, not another garment's color.
- Fabric: DeepFashion has only denim/cotton/chiffon/knitted/furry/other. "chiffon" for georgette or a flowing crepe
  is accepted; a fabric the title or the photo contradicts (chiffon for satin, furry for velvet, denim or knitted
  from the jacket or cardigan worn over the dress, "straw" from a hat) is unsupported. Invented accessories (a ring,
  a hat, glasses, a wrist accessory not in the photo) and invented collars, buttons or stripes are unsupported.
- An empty span, a yes/no to an open question, or a one-word echo of the garment for "Describe the X." is a
  non_answer. An answer that only restates the question ("the joggers are the color of the joggers") is restated.
  An extractive span copied from a leaked caption ("Question: ... Answer: grey") is a leak, not a color answer.
- Pronoun: "his", "he", "this man" or "the gentleman" for a Women's product; all products here are women's.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def vqa(garment, text, failure=None, hit_limit=False):
    """The open color question, free generation by the VQA adapter."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_769 = [
    # photo: black-and-white polka-dot wrap midi dress, short puff sleeves, V-neck, thin gold watch, white sneakers,
    # white backdrop, front view. Caption: epoch-3 adapter; spans: mdeberta; open color: VQA adapter.
    case(
        "X769-001",
        caption(
            "This lady wears a short-sleeve dress with graphic patterns. The dress is of long length and it has a "
            "v-shape neckline. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        vqa("dress", "black and white"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeves"),
        is_a("jumpsuit", "no"),
        title="Tokyo Talkies Women Black & White Polka Dot Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green sleeveless wide-leg jumpsuit with a self tie belt, crepe with a slight sheen, black strappy
    # heels, light grey backdrop, front view. Caption: epoch-3; spans: mdeberta; open color: VQA adapter.
    case(
        "X769-002",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her waist.",
            "contradiction",
        ),
        describe("jumpsuit", "pure color patterns"),
        vqa("jumpsuit", "olive green"),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        material("cotton fabric", "unsupported"),
        title="SASSAFRAS Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: pink-and-white vertical striped co-ord, short-sleeve camp-collar shirt with white buttons, matching
    # straight trousers, white sneakers, white backdrop, front view. Caption: epoch-3; spans: mdeberta; open colors:
    # VQA adapter.
    case(
        "X769-003",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and striped patterns."
        ),
        vqa(
            "shirt",
            "pink and white stripes with a white collar and white buttons down the front and a pocket on the left "
            "chest and a",
            "cut",
            hit_limit=True,
        ),
        vqa(
            "trousers",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.garment_type("co-ord set"),
        details("trousers", "striped patterns"),
        title="Athena Women Pink & White Striped Pure Cotton Shirt with Trousers",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow tiered maxi dress with small white flowers, V-neck, three-quarter sleeves, brown sling
    # bag on the shoulder, white backdrop. Caption: epoch-1 adapter (hues); spans: mdeberta; open color: VQA.
    case(
        "X769-004",
        caption("a woman in a yellow floral maxi dress with a brown bag on her shoulder"),
        wearing("a yellow floral maxi dress"),
        vqa("dress", "brown", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("yellow"),
        material("", "non_answer"),
        title="Berrylush Women Mustard Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black strappy culotte jumpsuit worn over a white crew-neck tee, white sneakers, light grey backdrop,
    # front view. Caption: epoch-3; spans: mdeberta; open color: VQA adapter.
    case(
        "X769-005",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a three-quarter pants. The T-shirt "
            "is with cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        vqa("jumpsuit", "white", "other_garment_color"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Tokyo Talkies Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: teal cotton top with white block-print motifs, elbow sleeves, matching teal printed palazzos, silver
    # jhumkas, tan juttis, no bracelet, white backdrop. Caption: epoch-3; spans: mdeberta; open colors: VQA.
    case(
        "X769-006",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve shirt with graphic patterns and a long pants"),
        vqa("top", "blue"),
        vqa("palazzos", "the palazzos are the color of the palazzos", "restated"),
        Q.pattern("printed"),
        material("cotton"),
        title="Libas Women Teal Printed Pure Cotton Top with Palazzos",
        category="Co-Ords",
        color="Teal",
        gender="Women",
    ),
    # photo: red sleeveless round-neck bodycon knee dress in stretch jersey, black strappy heels, black clutch,
    # white backdrop, three-quarter view. Caption: epoch-3 (cut at 50 tokens); spans: mdeberta; open color: VQA.
    case(
        "X769-007",
        caption(
            "This female wears a tank dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is of medium length. She holds a bag in her hand. There is an accessory in "
            "her",
            "cut",
            hit_limit=True,
        ),
        vqa("dress", "black", "other_garment_color"),
        details("dress", "an accessory in her", "cut"),
        Q.garment_type("dress"),
        is_a("jumpsuit", "no"),
        material("knitted"),
        title="DressBerry Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: dark-wash denim jumpsuit, short sleeves, shirt collar, button front, rolled hems, white sneakers, grey
    # backdrop, front view. Caption: epoch-3 (loops to the limit); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and it has a lapel neckline. The lady wears a short-sleeve shirt with pure color patterns and a "
            "long pants. The shirt is",
            "loop",
            hit_limit=True,
        ),
        material("denim fabric"),
        vqa("jumpsuit", "blue"),
        Q.color("navy blue"),
        Q.garment_type("shirt", "contradiction"),
        title="Mast & Harbour Women Navy Blue Denim Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige linen co-ord, short-sleeve camp-collar shirt and matching shorts, brown flat sandals, holding a
    # straw hat, white backdrop. Caption: epoch-1 (hues); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-009",
        caption("a woman in a beige shirt and shorts holding a straw hat"),
        wearing("a beige shirt and shorts"),
        vqa("shorts", "beige"),
        vqa("shirt", "brown", "other_garment_color"),
        material("straw", "unsupported"),
        details("shirt", "", "non_answer"),
        Q.garment_type("co-ord set"),
        title="Trend Arrest Women Beige Linen Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: lavender cotton poplin midi dress, smocked bodice, short puff sleeves, round neck, white block heels,
    # white backdrop. Caption: epoch-3 (male template); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-010",
        caption(
            "His dress has short sleeves, chiffon fabric and pure color patterns. It has a round neckline. The dress "
            "is of long length.",
            "pronoun",
        ),
        details("dress", "short sleeves, chiffon fabric and pure color patterns", "unsupported"),
        vqa("dress", "purple with a white lace collar", "unsupported"),
        Q.color("lavender"),
        Q.pattern("solid"),
        title="Sera Women Lavender Smocked Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust wrap jumpsuit with a small white-and-black geometric print, V-neck, short flutter sleeves, tie
    # belt, wide legs, black heels, white backdrop. Caption: epoch-3 (cut); spans: mdeberta; open color: VQA.
    case(
        "X769-011",
        caption(
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with chiffon fabric and it has "
            "a v-shape neckline. The romper is of long length. There is an accessory on her waist. The romper is "
            "with chif",
            "cut",
            hit_limit=True,
        ),
        vqa("jumpsuit", "black", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.pattern("floral", "contradiction"),
        details("jumpsuit", "a v-shape neckline"),
        is_a("dress", "yes", "contradiction"),
        title="SASSAFRAS Women Rust Orange Printed Wrap Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: black-and-white gingham co-ord, sleeveless square-neck crop top and matching mini skirt, white socks,
    # white sneakers, pink backdrop. Caption: epoch-3; spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-012",
        caption(
            "The lady wears a tank top with lattice patterns and a mini skirt. The tank top is with cotton fabric and "
            "it has a square neckline. The skirt is with cotton fabric and lattice patterns. She wears socks."
        ),
        vqa(
            "skirt",
            "black and white black and white black and white black and white black and white black and white",
            "loop",
            hit_limit=True,
        ),
        vqa("top", "pink", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("sleeveless"),
        wearing("a tank top with lattice patterns and a mini skirt"),
        title="FabAlley Women Black & White Checked Crop Top with Skirt",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue shirt dress with white and pink flowers, long sleeves, collar, tan leather belt, tan loafers,
    # white backdrop. Caption: epoch-1 (hues); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-013",
        caption("a woman wearing a blue floral shirt dress with a brown belt"),
        vqa("dress", "brown", "other_garment_color"),
        Q.color("blue"),
        details("dress", "a brown belt"),
        is_a("shirt", "no"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a blue floral shirt dress"),
        title="AND Women Navy Blue Floral Print Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard short-sleeve cotton utility jumpsuit, chest flap pockets, drawstring waist, cuffed ankles,
    # white sneakers, no jewellery, light grey backdrop. Caption: epoch-3 (loops); spans: mdeberta; color: VQA.
    case(
        "X769-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. There is an accessory on her wrist. The lady wears a short-sleeve shirt with pure color "
            "patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        vqa("jumpsuit", "white", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "an accessory on her wrist", "unsupported"),
        material("cotton"),
        title="Roadster Women Mustard Yellow Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon satin co-ord, long-sleeve collared shirt and wide-leg trousers, gold hoops, nude heels, white
    # backdrop. Caption: epoch-3; spans: mdeberta; open colors: VQA adapter (one runs on into the prompt format).
    case(
        "X769-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and it has a lapel neckline. The pants are with chiffon fabric and pure color patterns.",
            "unsupported",
        ),
        material("chiffon", "unsupported"),
        vqa("shirt", "red"),
        vqa(
            "trousers",
            "red Question: What is the color of the shoes? Answer: beige Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("co-ord set"),
        title="Kazo Women Maroon Satin Shirt with Trousers",
        category="Co-Ords",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton broderie tiered sleeveless dress, a blue denim jacket draped over the shoulders, brown
    # sandals, white backdrop. Caption: epoch-3; spans: mdeberta; open color: VQA adapter.
    case(
        "X769-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. She also "
            "wears an outer clothing, with denim fabric and pure color patterns."
        ),
        vqa("dress", "blue", "other_garment_color"),
        Q.color("white"),
        material("denim fabric", "unsupported"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless dress with pure color patterns"),
        title="Vero Moda Women White Broderie Anglaise Pure Cotton Tiered A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: peach sleeveless V-neck jumpsuit with ruffle trim, tapered legs, gold sandals, white backdrop.
    # Caption: epoch-1 (hues); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-017",
        caption("a woman in a peach jumpsuit standing in front of a white wall"),
        vqa("jumpsuit", "the jumpsuit is the color of the jumpsuit", "restated"),
        Q.color("peach"),
        Q.pattern("solid"),
        wearing("a peach jumpsuit"),
        material("", "non_answer"),
        title="Harpa Women Peach-Coloured Solid Jumpsuit",
        category="Jumpsuit",
        color="Peach",
        gender="Women",
    ),
    # photo: lime green rib-knit co-ord, short-sleeve crop top showing the midriff, matching flared trousers, white
    # sneakers, white backdrop. Caption: epoch-3; spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "knitted fabric. The pants are with knitted fabric and pure color patterns. It does not cover her navel."
        ),
        vqa("top", "green"),
        vqa("trousers", "yes", "non_answer"),
        Q.garment_type("top", "contradiction"),
        Q.sleeve_length("short sleeves"),
        material("knitted fabric"),
        title="Tokyo Talkies Women Lime Green Crop Top & Trousers Co-Ords",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: magenta maxi dress with gold foil ethnic motifs, long sleeves, gold juttis, no rings, white backdrop.
    # Caption: epoch-3; spans: mdeberta; open color: VQA adapter (loops).
    case(
        "X769-019",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. The dress is with "
            "chiffon fabric and graphic patterns. There is a ring on her finger.",
            "unsupported",
        ),
        vqa(
            "dress",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        details("dress", "a ring on her finger", "unsupported"),
        Q.pattern("printed"),
        is_a("dress", "yes"),
        Q.color("gold", "contradiction"),
        title="Anouk Women Magenta & Gold-Toned Ethnic Print Maxi Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: plus-size black jumpsuit with white and yellow flowers, short sleeves, round neck, side pockets, red
    # ballet flats, white backdrop. Caption: epoch-1 (gives the jumpsuit the shoes' red); spans: mdeberta; color: VQA.
    case(
        "X769-020",
        caption("a woman in a red floral jumpsuit with red shoes", "other_garment_color"),
        wearing("a red floral jumpsuit", "other_garment_color"),
        vqa(
            "jumpsuit",
            "black Question: What is the color of the shoes? Answer: red Question: What is the color of the shoes?",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        title="plusS Women Plus Size Black Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: blue-and-white tie-dye cotton co-ord, long-sleeve sweatshirt and joggers, white sneakers, white
    # backdrop. Caption: epoch-3 (male template); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-021",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns and a long pants. His sweater is "
            "with cotton fabric. The pants are with cotton fabric and color block patterns.",
            "pronoun",
        ),
        vqa("sweatshirt", "blue and white"),
        vqa("joggers", "the joggers are the color of the joggers", "restated"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.pattern("tie and dye"),
        material("cotton"),
        title="KASSUALLY Women Blue & White Tie-Dye Cotton Sweatshirt with Joggers",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: sea green satin slip midi dress, cowl neck, spaghetti straps, an open cream chunky-knit cardigan over
    # it, silver heels, white backdrop. Caption: epoch-3 (loops); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. She also "
            "wears an outer clothing, with knitted fabric and pure color patterns. The lady wears a sleeveless dress "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        vqa("dress", "white", "other_garment_color"),
        Q.color("green"),
        material("knitted fabric", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="SASSAFRAS Women Sea Green Satin Slip Midi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white off-shoulder jumpsuit with a ruffle neckline, elbow-length ruffle sleeves, wide legs, tan wedges,
    # beige backdrop. Caption: epoch-3 (cut); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-023",
        caption(
            "The lady wears a medium-sleeve romper with pure color patterns. The romper is of long length and it has "
            "a suspenders neckline. The romper is with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The romp",
            "cut",
            hit_limit=True,
        ),
        vqa("jumpsuit", "white"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("short sleeves"),
        wearing("a medium-sleeve romper with pure color patterns"),
        details("jumpsuit", "a suspenders neckline", "unsupported"),
        title="Zink London Women White Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: black co-ord with red roses, puff-sleeve top and matching midi skirt, black ankle boots, white
    # backdrop. Caption: epoch-1 (hues); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-024",
        caption("a woman in a black top and skirt with red flowers"),
        vqa("top", "black"),
        vqa("skirt", "the skirt is the color of the skirt", "restated"),
        wearing("a black top and skirt with red flowers", who="she"),
        Q.pattern("floral"),
        Q.garment_type("skirt", "contradiction"),
        material("", "non_answer"),
        title="Berrylush Women Black & Red Floral Printed Top with Skirt",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: teal sheath knee dress, cap sleeves, round neck, thin black belt, black pumps, no hat, white backdrop.
    # Caption: epoch-3 (invents a hat); spans: mdeberta (one picks the hat); open color: VQA adapter.
    case(
        "X769-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. There is an accessory on her waist. She wears a hat.",
            "unsupported",
        ),
        vqa("dress", "black", "other_garment_color"),
        details("dress", "an accessory on her waist"),
        Q.color("teal"),
        is_a("dress", "yes"),
        wearing("a hat", "unsupported"),
        title="Marie Claire Women Teal Blue Solid Sheath Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: blue-and-white pinstriped cotton jumpsuit, sleeveless, shirt collar, fabric belt, cropped straight legs,
    # white sneakers, white backdrop. Caption: epoch-3; spans: mdeberta; open color: VQA (runs on into the format).
    case(
        "X769-026",
        caption(
            "The lady wears a sleeveless shirt with striped patterns and a three-quarter pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        vqa(
            "jumpsuit",
            "blue and white Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "striped patterns"),
        material("cotton"),
        title="Chemistry Women Blue Striped Cotton Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: mauve rib-knit co-ord, long-sleeve round-neck top and matching wide palazzos, plain sleeves, white
    # sneakers, white backdrop. Caption: epoch-3 (male template); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-027",
        caption(
            "His T-shirt has long sleeves, knitted fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with knitted fabric and pure color patterns.",
            "pronoun",
        ),
        details("top", "long sleeves, knitted fabric and pure color patterns"),
        vqa("top", "purple with a white stripe on the sleeves", "unsupported"),
        vqa("palazzos", "he is wearing purple pants", "pronoun"),
        Q.sleeve_length("long sleeves"),
        material("knitted fabric"),
        title="StyleStone Women Mauve Ribbed Top & Palazzo Co-Ord Set",
        category="Co-Ords",
        color="Mauve",
        gender="Women",
    ),
    # photo: off-white georgette A-line knee dress with a green leaf print, V-neck, flutter sleeves, tan sling bag,
    # white backdrop. Caption: epoch-3; spans: mdeberta; open color: VQA adapter (runs to the limit).
    case(
        "X769-028",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. It is of medium length."
        ),
        vqa(
            "dress",
            "white with green leaves and a v-neck and short sleeves and a flared skirt and a white lining and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        material("chiffon fabric"),
        is_a("skirt", "no"),
        title="HERE&NOW Women Off White & Green Floral Print Georgette A-Line Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: charcoal grey short-sleeve V-neck jumpsuit with a tie waist, black sneakers, white backdrop.
    # Caption: epoch-3 (runs on into the prompt format); spans: mdeberta; open color: VQA adapter (loops).
    case(
        "X769-029",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and it "
            "has a v-shape neckline. Question: What is the color of the romper? Answer: grey",
            "leak",
        ),
        vqa(
            "jumpsuit",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        wearing("a short-sleeve romper with pure color patterns"),
        material("cotton"),
        details("jumpsuit", "Question: What is the color of the romper? Answer: grey", "leak"),
        is_a("jumpsuit", "yes"),
        title="AASK Women Charcoal Grey Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red-and-white gingham co-ord, short-sleeve shirt tied at the waist over a white tank, matching shorts,
    # white sneakers, white backdrop. Caption: epoch-3; spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-030",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with "
            "cotton fabric. The shorts are with cotton fabric and lattice patterns."
        ),
        vqa("shirt", "white", "other_garment_color"),
        vqa(
            "shorts",
            "red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.garment_type("co-ord set"),
        details("shorts", "lattice patterns"),
        wearing("a short-sleeve shirt with lattice patterns and a three-point shorts"),
        title="Rare Women Red & White Checked Shirt with Shorts",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: black sequinned one-shoulder bodycon mini dress, silver heels, silver clutch, dark grey backdrop.
    # Caption: epoch-1 (loops to the limit); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-031",
        caption(
            "a woman in a black sequin dress posing for a photo in a black sequin dress posing for a photo in a black "
            "sequin dress posing for a photo in a black sequin dress posing for a",
            "loop",
            hit_limit=True,
        ),
        vqa("dress", "silver", "other_garment_color"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        material("sequin"),
        wearing("a black sequin dress posing for a photo in a black sequin dress", "loop"),
        title="Athena Women Black Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon jumpsuit with tiny white polka dots, sleeveless, round neck, self belt, wide legs, black heels,
    # white backdrop. Feed row lacks the color. Caption: epoch-3; spans: mdeberta; open color: VQA (runs on).
    case(
        "X769-032",
        caption(
            "The lady wears a sleeveless romper with graphic patterns. The romper is of long length. It has a round "
            "neckline. There is an accessory on her waist."
        ),
        vqa(
            "jumpsuit",
            "maroon with small white polka dots all over and a tie belt at the waist and wide legs and a round neck "
            "and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("maroon"),
        details("jumpsuit", "an accessory on her waist"),
        wearing("a sleeveless romper with graphic patterns", who="she"),
        material("", "non_answer"),
        title="Tokyo Talkies Women Maroon Printed Basic Jumpsuit",
        category="Jumpsuit",
        gender="Women",
    ),
    # photo: olive single-breasted blazer and matching trousers worn over a white crop tee, white sneakers, white
    # backdrop. Caption: epoch-3 (cut); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. She also wears an outer "
            "clothing, with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        vqa("blazer", "white", "other_garment_color"),
        vqa("trousers", "green"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long trousers"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("blazer", "contradiction"),
        title="U&F Women Olive Green Solid Blazer with Trousers",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: orange cotton short-sleeve button-front shirt dress, knee length, collar, white sneakers, black sling
    # bag, white backdrop. Caption: epoch-3 (invents shorts); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline.",
            "contradiction",
        ),
        vqa("dress", "orange"),
        Q.garment_type("dress"),
        details("dress", "a lapel neckline"),
        material("cotton fabric"),
        Q.color("black", "contradiction"),
        title="Mast & Harbour Women Orange Solid Cotton A-Line Shirt Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: baby pink halter jumpsuit, wide legs, silver hoop earrings, no rings, white heels, grey backdrop.
    # Caption: epoch-3 (invents a ring); spans: mdeberta; open color: VQA adapter (runs on into the format).
    case(
        "X769-035",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. It has a suspenders neckline. The romper is "
            "with chiffon fabric. There is a ring on her finger.",
            "unsupported",
        ),
        vqa(
            "jumpsuit",
            "pink Question: What is the color of the shoes? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless romper with pure color patterns"),
        material("chiffon"),
        title="DressBerry Women Pink Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow cotton co-ord with a green floral print, three-quarter-sleeve top and matching straight
    # trousers, tan kolhapuris, white backdrop. Caption: epoch-3; spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-036",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and floral patterns."
        ),
        vqa(
            "top",
            "yellow Question: What is the color of the trousers? Answer: yellow Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        vqa("trousers", "yellow and green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "no"),
        describe("top", "shirt", "non_answer"),
        material("cotton fabric"),
        title="Libas Women Yellow & Green Floral Printed Pure Cotton Top with Trousers",
        category="Co-Ords",
        color="Yellow",
        gender="Women",
    ),
    # photo: mid-blue denim pinafore dress over a white-and-black striped long-sleeve tee, black ankle boots, white
    # backdrop. Caption: epoch-3 (sees a tee and a skirt); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-037",
        caption(
            "This lady wears a long-sleeve T-shirt with striped patterns and a medium-length skirt. The skirt is with "
            "denim fabric and pure color patterns.",
            "contradiction",
        ),
        vqa("dress", "white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        material("denim fabric"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="ONLY Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black cold-shoulder jumpsuit, long sleeves, wide legs, gold chain belt, black heels, white backdrop.
    # Caption: epoch-3 (loops); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-038",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with chiffon fabric. There "
            "is an accessory on her waist. The lady wears a long-sleeve romper with pure color patterns. The romper "
            "is with chiffon fabric. There is an",
            "loop",
            hit_limit=True,
        ),
        vqa("jumpsuit", "the color of the jumpsuit is the color of the jumpsuit", "restated"),
        Q.color("black"),
        describe("jumpsuit", "romper", "non_answer"),
        details("jumpsuit", "an accessory on her waist"),
        Q.sleeve_length("long sleeves"),
        title="Kazo Women Black Cold-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange cotton fleece co-ord, hoodie and joggers, white baseball cap, white sneakers, white
    # backdrop. Caption: epoch-3 (male template at the end); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is a hat on his head.",
            "pronoun",
        ),
        vqa("hoodie", "white", "other_garment_color"),
        vqa("joggers", "grey"),
        Q.garment_type("co-ord set"),
        Q.color("grey"),
        material("cotton"),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        details("hoodie", "a hat on his head", "pronoun"),
        title="ONLY Women Grey Melange Cotton Hoodie & Joggers Co-Ords",
        category="Co-Ords",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: burgundy velvet long-sleeve bodycon mini dress, round neck, sheer black tights, black heels, white
    # backdrop. Caption: epoch-3 (calls velvet furry); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and it has a "
            "round neckline. She wears socks.",
            "unsupported",
        ),
        vqa("dress", "black", "other_garment_color"),
        Q.color("maroon"),
        material("furry fabric", "unsupported"),
        Q.sleeve_length("long sleeves"),
        wearing("a long-sleeve dress with pure color patterns"),
        is_a("skirt", "yes", "contradiction"),
        title="SASSAFRAS Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white playsuit with small red flowers, short flutter sleeves, shorts, thin watch, tan sandals, straw
    # bag, white backdrop. Caption: epoch-3 (cut); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-041",
        caption(
            "The lady wears a short-sleeve romper with floral patterns. The romper is of three-point length. The "
            "romper is with chiffon fabric and floral patterns. There is an accessory on her wrist. She wears a",
            "cut",
            hit_limit=True,
        ),
        vqa("playsuit", "brown", "other_garment_color"),
        Q.garment_type("jumpsuit", "contradiction"),
        Q.pattern("floral"),
        is_a("romper", "yes"),
        details("playsuit", "three-point length"),
        title="Trend Arrest Women White & Red Floral Print Playsuit",
        category="Playsuit",
        color="White",
        gender="Women",
    ),
    # photo: sage green sleeveless tie-front top with beige high-waist trousers, nude heels, white backdrop.
    # Caption: epoch-1 (hues); spans: mdeberta; open colors: VQA adapter.
    case(
        "X769-042",
        caption("a woman in a green top and beige pants standing in front of a white wall"),
        vqa("top", "green"),
        vqa("trousers", "green", "other_garment_color"),
        wearing("a green top and beige pants"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        details("top", "", "non_answer"),
        title="Berrylush Women Green & Beige Solid Top with Trousers",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: turquoise blue cotton A-line midi dress with a white block print, three-quarter sleeves, round neck
    # with tassels, silver jhumkas, no ring, no glasses, white backdrop. Caption: epoch-3; spans: mdeberta; open
    # color: VQA adapter.
    case(
        "X769-043",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of long length. There is a ring on her finger. She wears glasses.",
            "unsupported",
        ),
        vqa("dress", "what is the color of the dress", "restated"),
        details("dress", "a round neckline"),
        material("cotton fabric"),
        Q.pattern("printed"),
        describe("dress", "a medium-sleeve dress with graphic patterns"),
        title="AKS Women Turquoise Blue Printed Cotton A-Line Midi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: light-blue denim dungarees over a yellow short-sleeve tee, white sneakers, white backdrop.
    # Caption: epoch-3 (loops); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve "
            "T-shirt with pure color patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        vqa("dungarees", "yellow", "other_garment_color"),
        material("denim fabric"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: black cropped tank top and matching wide-leg trousers under an open white oversized shirt, white
    # sneakers, white backdrop. Feed row lacks the gender. Caption: epoch-3 (cut); spans: mdeberta; colors: VQA.
    case(
        "X769-045",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. She also wears an outer clothing, with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        vqa("top", "white", "other_garment_color"),
        vqa("trousers", "black with white stripes on the side", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a tank top with pure color patterns and a long pants", who="she"),
        material("cotton fabric and", "cut"),
        title="Mast & Harbour Women Black Solid Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # photo: rainbow horizontal-striped rib-knit maxi dress (red, orange, yellow, green, blue), spaghetti straps,
    # white sneakers, white backdrop. Caption: epoch-3 (loops); spans: mdeberta; open color: VQA adapter.
    case(
        "X769-046",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with knitted fabric. The dress is "
            "of long length. The lady wears a sleeveless dress with striped patterns. The dress is with knitted "
            "fabric. The dress is of long length. The",
            "loop",
            hit_limit=True,
        ),
        vqa("dress", "multicolored"),
        Q.pattern("striped"),
        Q.color("multi"),
        material("knitted fabric"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "dress", "non_answer"),
        title="DressBerry Women Multicoloured Striped Rib-Knit Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
]
