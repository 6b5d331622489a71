"""BLIND_1187 (45 products; Myntra dresses, jumpsuits and playsuits, epoch-1 caption adapter + mdeberta QA with VQA
fallback): written blind in the sixty-first session. Measured blind at ac865f6 (the session's fourth rules): 88/99
failures found (88.9%) and 6/152 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra names them: Navy Blue, Mustard, Rust, Sea Green, Off White, Multi...). Photos are
the catalog's usual: a model on a plain light backdrop, sometimes with a jacket, blazer, tee or tights styled with the
product, a few flat lays, one back view, a few props (a teddy bear, a handbag, a straw hat, a balloon). The caption
comes from the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch); each question is
answered by timpal0l/mdeberta-v3-base-squad2 over that caption, and only when it finds no span is the question put
to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) with the `Question: ... Answer:` prompt.
Who wrote what: every caption is the caption adapter's. Every answer is an extracted span of that caption unless its
comment says VQA. Since the DeepFashion-MultiModal captions carry no hue names, the color question almost always
falls through to the VQA adapter (sometimes mdeberta grabs "pure color" instead), and so do the yes/no "Is this a
...?" questions, which an extractive model cannot answer. The caption adapter never learned to stop, so most
captions run to 50 tokens and end mid-sentence; a few stopped early on their own. It also knows no jumpsuit or
playsuit (the DeepFashion captions have upper and lower clothing only), so it splits them into a shirt or tank top
and shorts or trousers, or calls them a dress, and the extracted answers inherit that. VQA fallbacks loop, leak the
prompt format, or are cut at 30 tokens now and then; short VQA answers are mostly right on color.
Labeling conventions and judgement calls: one failure kind per text. When a caption is both cut at the limit and
wrong in content (a jumpsuit as tank top and trousers, "his" for a girl, a ring on a flat lay), I label the content
error, which is what harms the catalog, and still set hit_limit. A caption that only repeats its own template
sentences until the limit is `loop`. A wrong fact that the title or a catalog column contradicts (material, pattern,
garment kind, color) is `contradiction`; a color that belongs to another garment or a prop in the photo (the jacket,
the tee under a pinafore, the tights, a handbag) is `other_garment_color`; another garment's fabric or sleeves given
as the product's is `contradiction`; a detail that only the photo refutes (an invented ring or wrist accessory, chiffon
on an opaque crepe) is `unsupported`. "pure color" or "other fabric" given as the answer to a color or material
question is `non_answer`, and so is an empty answer. Judgement calls left unmarked: "white" for a Multi floral on a
white ground, "green" for Teal and Sea Green, "purple" for Lavender, "floral" for a paisley print, "complicated" for a
lace self-design (vague but not false), "chiffon" for a tulle skirt, "cotton" where nothing in the photo or the title
says otherwise, and "What is the girl wearing?" answered with only the tee under a pinafore (true, if incomplete).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1187 = [
    # Photo: model in a black sleeveless bodycon midi, square neck, a steel watch, white sneakers, grey backdrop.
    # Caption: caption adapter, back to its first sentence at the 50-token limit. Answers: mdeberta spans (color: it
    # grabbed "pure color").
    case(
        "X1187-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: red georgette wrap maxi with small white flowers, short flutter sleeves, V-neck, self tie at the waist,
    # a thin gold bracelet. Caption cut. Color: VQA (no span). Others: mdeberta spans.
    case(
        "X1187-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        describe("dress", "short-sleeve dress with floral patterns"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrylush Women Red Floral Printed Wrap Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: olive green playsuit, short sleeves, notch collar, button front, drawstring waist, shorts, white
    # sneakers. Caption splits it into shirt and shorts (cut too). Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("olive"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Playsuit",
        category="Playsuit",
        color="Olive",
    ),
    # Photo: girl of about six in a pink fit-and-flare dress with a white unicorn print, cap sleeves, round neck,
    # white sandals. Caption repeats its first sentence until the limit. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-004",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("pink"),
        Q.sleeve_length("short-sleeve"),
        wearing("a short-sleeve dress with graphic patterns", who="the girl"),
        gender="Girls",
        title="Pspeaches Girls Pink Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: navy sleeveless jumpsuit, V-neck, tie belt, wide legs, nude heels, white backdrop. Caption: tank top and
    # trousers. Color and is_a: VQA (the color loops to the limit). Others: mdeberta spans.
    case(
        "X1187-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. It has a v-shape neckline. The trousers are with cotton fabric and pure color patterns. "
            "This lady wears a belt",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "v-shape neckline"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="DressBerry Women Navy Blue Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, no person: yellow cotton dress with small white polka dots, short puff sleeves.
    # Caption invents a wearer's ring and wrist accessory and calls the dots lattice; it reached the limit right at
    # a full stop. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-006",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady "
            "wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("lattice", "unsupported"),
        Q.color("yellow"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Girls",
        title="H&M Girls Yellow Printed Cotton Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: white shirt dress with black vertical stripes, long sleeves rolled, collar, fabric belt, knee length,
    # sunglasses on her head, a watch. Caption cut. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-007",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. This lady wears a belt. The lady wears sunglasses. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        describe("dress", "long-sleeve dress with striped patterns"),
        is_a("dress", "yes"),
        gender="Women",
        title="Vero Moda Women White & Black Striped Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: maroon satin slip maxi, thin straps, cowl neck, visibly shiny, beige wall. Caption calls it cotton
    # (title says satin) and is cut. Answers: mdeberta spans, color included ("pure color").
    case(
        "X1187-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. The lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        wearing("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="Athena Women Maroon Satin Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: mid-blue denim shirt dress, short roll-up sleeves, collar, belt, knee length, watch, white sneakers.
    # Caption cut. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The dress is of medium length. This lady wears a belt. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.color("blue"),
        Q.pattern("pure color"),
        details("dress", "lapel neckline"),
        is_a("denim dress", "yes"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: teal A-line dress with a small white geometric print, three-quarter sleeves, mandarin collar, opaque
    # matte crepe, tan sling bag, a bangle. Caption cut. Color: VQA. Wearing: mdeberta span that stops on "with".
    case(
        "X1187-010",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "standing neckline. The dress is of medium length. The lady wears a ring. There is an accessory on her "
            "wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with", "cut"),
        Q.color("green"),
        Q.sleeve_length("medium-sleeve"),
        Q.pattern("graphic"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="AND Women Teal Green Printed A-Line Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: girl in a navy and white horizontal-striped sleeveless A-line dress with a red bow at the waist, holding
    # a teddy bear. Caption loops. Color and is_a: VQA (is_a runs on into the prompt format). Others: mdeberta.
    case(
        "X1187-011",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium short length. This lady wears a belt. The lady wears a sleeveless "
            "dress with striped",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("striped"),
        wearing("a sleeveless dress with striped patterns", who="the girl"),
        is_a(
            "dress",
            "yes it is a dress. Question: What is the color of the dress? Answer: navy blue. Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Peppermint Girls Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black playsuit with pink and white flowers, flutter sleeves, V-neck, shorts, worn under an open
    # light-blue denim jacket. Caption: shirt and shorts plus the jacket. Color: VQA (the jacket's). Others: mdeberta
    # spans; material took the jacket's denim.
    case(
        "X1187-012",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. The shorts are with chiffon fabric and floral patterns. This lady also wears an outer "
            "clothing, with denim fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("floral"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Harpa Women Black Floral Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: mustard wrap midi, long balloon sleeves, V-neck, tie waist. Caption stopped early on its own. Color and
    # details: VQA (details loops). Others: mdeberta spans.
    case(
        "X1187-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. This lady wears a belt."
        ),
        Q.color("yellow"),
        Q.sleeve_length("long-sleeve"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        details(
            "dress",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Solid Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: girl in a red sleeveless jumpsuit with ruffled shoulders, cropped legs, white sneakers. Caption: tank
    # top and trousers. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("trousers", "contradiction"),
        Q.color("red"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless tank top with pure color patterns", "contradiction", who="the girl"),
        gender="Girls",
        title="Nauti Nati Girls Red Solid Jumpsuit",
        category="Jumpsuit",
        color="Red",
    ),
    # Photo: model with a cropped pixie cut, side-on, black halter jumpsuit with wide legs, a cuff bracelet. Caption
    # says "gentleman" and "his" (and tank top and trousers). Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-015",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long trousers", "contradiction"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Women Black Solid Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: tiered maxi, white ground with blue and orange flowers, short puff sleeves, square neck, rings and a
    # bracelet. Caption cut. Color, is_a and details: VQA. Others: mdeberta spans.
    case(
        "X1187-016",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        details("dress", "the details of the dress", "restated"),
        gender="Women",
        title="Sera Women Multicoloured Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: dusty pink playsuit, spaghetti straps, smocked bodice, shorts, white sneakers, a watch and a ring. The
    # feed has no colour for it. Caption calls it a dress (cut). Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of three-point length. There is an accessory on her wrist. The lady "
            "wears a ring. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("romper", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Smocked Playsuit",
        category="Playsuit",
    ),
    # Photo: flat lay on white: lavender party dress, sleeveless sequinned bodice, layered tulle skirt. Caption loops
    # on the (invented) wrist accessory. Color and details: VQA. Others: mdeberta spans.
    case(
        "X1187-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.material("chiffon"),
        Q.pattern("pure color"),
        details(
            "dress",
            "the dress is made of a soft, lightweight fabric that is comfortable to wear. the dress is made of a "
            "soft, lightweight fabric that is",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Lavender Embellished Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: bottle-green cotton maxi with small white flowers, long sleeves, round neck with a tie, tiered, a wicker
    # basket in hand, a bangle and a ring. Caption cut. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-019",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        wearing("a long-sleeve dress with floral patterns"),
        is_a("maxi dress", "no", "contradiction"),
        gender="Women",
        title="Cottinfab Women Green Floral Print Cotton Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black fit-and-flare dress with white polka dots, short puff sleeves, sweetheart neck, a red handbag held
    # at her side. Caption reads the dots as lattice (title: polka dot). Color: VQA (the handbag's). Others: mdeberta.
    case(
        "X1187-020",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("lattice", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "short-sleeve dress with lattice patterns", "contradiction"),
        gender="Women",
        title="Zink London Women Black Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust jumpsuit in a linen-look fabric, short sleeves, notch collar, belt, culotte legs, white sneakers.
    # Caption: shirt and trousers. Color, is_a and describe: VQA (describe cut at 30). Others: mdeberta spans.
    case(
        "X1187-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("khaki", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "yes"),
        describe(
            "jumpsuit",
            "a short-sleeve jumpsuit with a notched collar, a belt at the waist and wide legs. the jumpsuit is made "
            "of a lightweight linen fabric that",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Rust Orange Solid Belted Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: girl in a blue denim pinafore dress (sleeveless) over a white short-sleeve tee, white sneakers.
    # Caption: tee and a short skirt. Color and is_a: VQA (the tee's white). Others: mdeberta spans, which take the
    # tee's fabric and sleeves.
    case(
        "X1187-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        is_a("dress", "yes"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="the girl"),
        gender="Girls",
        title="YK Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: white cotton maxi, short off-shoulder puff sleeves, smocked bodice, tiered, straw hat, a bracelet.
    # Caption cut. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-023",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is a hat in her head. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "short-sleeve dress with pure color patterns"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Women",
        title="Berrylush Women White Solid Smocked Tiered Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: black and white gingham playsuit, puff sleeves, square neck, shorts, black ankle boots, a watch.
    # Caption: shirt and shorts. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-024",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a square neckline. The shorts are with cotton fabric and lattice patterns. There "
            "is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.color("black and white"),
        wearing("a short-sleeve shirt with lattice patterns and a three-point shorts", "contradiction"),
        is_a("playsuit", "yes"),
        details("playsuit", "square neckline"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Checked Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: plus-size model, navy midi with a white leaf print, elbow sleeves, V-neck, clutch in hand, rings and a
    # bracelet. Caption cut. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-025",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Navy Blue Printed A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: blue denim dungaree playsuit (bib and shorts) over a white ribbed tank top, a watch. Caption: tank top
    # and shorts. Color and is_a: VQA (color: the tank's white; is_a loops its prompt's "Answer:"). Others: mdeberta.
    case(
        "X1187-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with denim fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        Q.garment_type("tank top", "contradiction"),
        is_a(
            "romper",
            "yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes "
            "Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Blue Washed Denim Dungaree Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: toddler girl with short hair in a peach fit-and-flare dress, flutter sleeves, lace yoke, holding a
    # balloon, no jewellery. Caption: "his" (cut). Color: VQA. Others: mdeberta spans.
    case(
        "X1187-027",
        caption(
            "The person wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of medium short length. There is an accessory on his wrist. The person "
            "wears a",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        wearing("a short-sleeve dress with pure color patterns", who="the girl"),
        gender="Girls",
        title="Cherry Crumble Girls Peach-Coloured Solid Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: back view, model facing away: olive shirt dress, long sleeves, collar visible, tie belt at the back,
    # midi. The feed has no article type for it. Caption stopped early. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of long length. This lady wears a belt."
        ),
        Q.color("green"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "lapel neckline"),
        Q.garment_type("dress"),
        gender="Women",
        title="Vero Moda Women Olive Green Solid Shirt Dress",
        color="Olive",
    ),
    # Photo: burgundy velvet bodycon mini, long sleeves, round neck, black heels, dark grey backdrop, a ring and a
    # bracelet. Caption cut. Color and pattern: VQA (color reads the dark velvet as black; pattern empty). Others:
    # mdeberta spans.
    case(
        "X1187-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-point length. There is an accessory on her wrist. The lady wears "
            "a ring. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("", "non_answer"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        gender="Women",
        title="DressBerry Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: yellow playsuit with white daisies, sleeveless with ruffled straps, tie front, shorts, a watch. Caption:
    # tank top and shorts. Color and is_a: VQA (is_a loops). Others: mdeberta spans.
    case(
        "X1187-030",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The tank top is "
            "with chiffon fabric. It has a v-shape neckline. The shorts are with chiffon fabric and floral patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a(
            "playsuit",
            "yes, it is a playsuit. it is a playsuit. it is a playsuit. it is a playsuit. it is a playsuit. it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Yellow Floral Print Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: red sleeveless bodycon midi under an open white blazer, nude heels. Caption cut. Both color questions:
    # VQA (the garment question gets the blazer's white, the dress question gets red). Others: mdeberta spans.
    case(
        "X1187-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. This lady also wears an outer clothing, with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("dress", "red", kind="open"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="RARE Women Red Solid Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: girl in a white cotton A-line dress with white schiffli embroidery, short sleeves, Peter Pan collar.
    # Caption loops. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a short-sleeve dress with pure "
            "color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        details("dress", "round neckline"),
        Q.garment_type("dress"),
        gender="Girls",
        title="Naughty Ninos Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: black sequinned jumpsuit, long sleeves, deep V-neck, flared legs, gold hoops, a bracelet. Caption: shirt
    # and trousers. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with other "
            "fabric. It has a v-shape neckline. The trousers are with other fabric and pure color patterns. There is "
            "an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("other fabric", "non_answer"),
        Q.color("black"),
        Q.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "yes"),
        Q.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Athena Women Black Sequinned Flared Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: beige linen shirt dress, short sleeves, collar, self belt, white sneakers, a watch. Caption cut.
    # Color: VQA. Others: mdeberta spans (cotton, though the title says linen).
    case(
        "X1187-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. This lady wears a belt. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.color("beige"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "short-sleeve dress with pure color patterns"),
        title="MANGO Women Beige Solid Linen Shirt Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # Photo: light pink georgette wrap dress with red roses, long sleeves, V-neck, knee length, rings, a bracelet.
    # The feed leaves the gender out. Caption cut. Color and details: VQA. Others: mdeberta spans.
    case(
        "X1187-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        wearing("a long-sleeve dress with floral patterns"),
        details("dress", "dress details", "restated"),
        title="Harpa Women Pink Floral Print Wrap Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: girl in a navy short-sleeve jumpsuit with a white collar, full-length legs, white sneakers. Caption:
    # shirt and pants. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.garment_type("pants", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "yes"),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction", who="the girl"),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue Solid Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: bright green ribbed-knit bodycon midi, long sleeves, high neck, a bracelet and a ring. Caption reads the
    # ribbing as stripes (title: solid), cut. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-037",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with knitting fabric. It has a "
            "standing neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        Q.material("knitting"),
        Q.color("green"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sera Women Green Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: blue playsuit with a white paisley print, long bishop sleeves, V-neck, shorts, tan boots. Caption calls
    # it a dress and stopped early. Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-038",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress", "contradiction"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Blue Paisley Print Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: off-white fit-and-flare dress with a blue floral block print, sleeveless, round neck, a light-blue denim
    # jacket over her shoulders. Caption cut. Color: VQA (the jacket's blue). Others: mdeberta spans (material: the
    # jacket's denim).
    case(
        "X1187-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. This lady also wears an outer clothing, with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "contradiction"),
        describe("dress", "sleeveless dress with floral patterns"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless dress with floral patterns"),
        gender="Women",
        title="AND Women Off-White & Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: girl in a red tartan dress, long sleeves, collar, worn with black tights. Caption cut. Both color
    # questions: VQA (the garment question gets the tights' black). Others: mdeberta spans.
    case(
        "X1187-040",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium short length. The lady wears a leggings. The leggings are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("leggings", "black", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        gender="Girls",
        title="Pantaloons Junior Girls Red Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: royal blue fit-and-flare dress, short sleeves, square neck, button front, knee length, a bracelet.
    # Caption loops. Color and details: VQA (details cut at 30). Others: mdeberta spans.
    case(
        "X1187-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        details(
            "dress",
            "the dress is a short-sleeve dress with a square neckline and a button-down front. the dress is made "
            "of a soft, lightweight",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="KETCH Women Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: sea green sleeveless jumpsuit, halter neck, culotte legs, belt, a watch. Caption calls it a dress (cut).
    # Color and is_a: VQA. Others: mdeberta spans.
    case(
        "X1187-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="SASSAFRAS Women Sea Green Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Sea Green",
    ),
    # Photo: girl of about four in an orange sleeveless cotton dress with a white bunny graphic, no jewellery.
    # Caption invents a ring and a wrist accessory, cut. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-043",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-point length. The lady wears a ring. There is an accessory on "
            "her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        details("dress", "round neckline"),
        gender="Girls",
        title="Hopscotch Girls Orange Graphic Print Cotton A-Line Dress",
        category="Dresses",
        color="Orange",
    ),
    # Photo: black shift dress with a lace overlay, short sleeves, round neck, knee length, a watch and a ring.
    # Caption cut. Color: VQA. Others: mdeberta spans.
    case(
        "X1187-044",
        caption(
            "The lady wears a short-sleeve dress with complicated patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("complicated"),
        Q.material("other fabric", "non_answer"),
        Q.color("black"),
        Q.sleeve_length("short-sleeve"),
        wearing("a short-sleeve dress with complicated patterns", who="she"),
        gender="Women",
        title="Femella Women Black Self Design Lace Shift Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy playsuit, long sleeves, V-neck, ruffled hem on the shorts, a white bag on her shoulder, a bracelet.
    # Caption: shirt and shorts. Color and is_a: VQA (color leaks the prompt format). Others: mdeberta spans.
    case(
        "X1187-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. It has a v-shape neckline. The shorts are with chiffon fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.color(
            "navy blue Question: What is the color of the garment? Answer: navy blue Question: What is the color of "
            "the garment? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        is_a("playsuit", "yes"),
        details("playsuit", "v-shape neckline"),
        gender="Women",
        title="Berrylush Women Navy Blue Solid Ruffled Playsuit",
        category="Playsuit",
        color="Navy Blue",
    ),
]
