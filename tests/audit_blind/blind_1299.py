"""BLIND_1299 (45 products; Myntra women's party and evening wear): written blind in the sixty-third session. Measured
blind at be4df7e (the session's first rules): 76/88 failures found (86.4%) and 21/202 correct texts flagged (10.4%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and shift dresses, satin slip dresses,
velvet, net and tulle gowns, crop top and skirt co-ords and clothing sets, a jumpsuit, a sequinned shrug and blazer,
party tops and skirts sold alone. Catalog shots: a model on a plain grey or white backdrop wearing the product with
other clothes (black trousers, a white tee, a black bodysuit, a slip dress under the shrug), two flat lays, one back
view, props now and then (a clutch, balloons, a champagne glass, a stool). Columns as Myntra has them: title,
category (article type), color (base colour), gender; the gender left out twice, the category once, the colour once.
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on q_proj/k_proj, loaded on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens). It speaks only the DeepFashion-MultiModal template: "The lady
wears a sleeveless dress with pure color patterns...", never a hue name, fabric from its six words, accessories on
wrist, ring, neck. With no end token learned, about half the captions run to 50 tokens and are cut mid-sentence or
loop on the accessory sentence; the others happen to stop after a full sentence. Every answer is the VQA adapter
(Data3_V3_BLIP2_VQA, greedy, 30 new tokens): short hue words and garment words like its In-shop training, which are
mostly right; on the open description/details questions it sometimes loops, runs on until cut, echoes the
"Question: ... Answer:" format, returns nothing, or just says the question back.
Labeling conventions and judgement calls: one failure kind per text. When a text that ran to the token limit also
says something false (a wrong garment, a fabric the title contradicts, invented accessories), the false claim names
the kind and hit_limit=True still records the cut; a caption cut with everything before the cut true is `cut`.
A loop is `loop` even when it is also cut. Hue calls within the seller's colour family are counted right: red for
maroon, pink for mauve, rose gold or peach, purple for lavender, blue for teal and turquoise, gold for champagne
metallic and for bronze, silver for grey sequins, orange or brown for rust. Black for navy, yellow for gold foil,
purple for burgundy, blue for sea green, white for pale lavender or peach, and the colour of the embellishment
(the embroidery's pink on a navy gown, the mirror work's gold on a magenta top) are wrong (`contradiction`). A
product's colour answered with the colour of the other clothes in the photo (the trousers, the tee, the slip dress
under the shrug) is `other_garment_color`; so is the skirt given the top's colour. Co-ords and sets: "top" or
"skirt" as the garment type names a real part of the product and is counted right, "dress" is a contradiction;
the same colour for top and skirt is right when the set is one colour. A DeepFashion-style caption that calls a
one-piece dress or jumpsuit a "tank top and a trousers", a blazer dress a "jacket", or describes the dress under a
shrug instead of the shrug, is `contradiction`; so are wrong sleeve lengths and pleats or fringe called "striped".
Fabric: a fabric word the title contradicts (cotton or chiffon for satin, knitting for velvet) is `contradiction`;
cotton for a sequinned or embellished piece and silk for a polyester satin are `unsupported`; cotton for a jersey
bodycon, chiffon for a cape or tulle, furry for feathers, polyester for a metallic pleat are counted right.
Accessories or a person invented on a flat lay, a wrist accessory on covered wrists, a zipper, a belt, or a front
neckline on a back view that the photo does not show are `unsupported`. "What is the person wearing?" on a flat lay
answered with the garment is counted right. "graphic" for a foil print and for flocked dots and "color block" for ombre
are the template's nearest words and counted right. "he"/"The gentleman" for a woman model is `pronoun`. An empty
answer, "none", or the garment word back for a details question is `non_answer`; "the top is a top" is `restated`. Raw
"yes yes yes..." kept on a closed question is a loop.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as BQ,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_1299 = [
    # Black sequinned bodycon mini dress, sleeveless, square neck, thin straps; model on a grey backdrop, silver
    # strappy heels, a small silver clutch in her hand. Caption: caption adapter, ran to 50 tokens and was cut.
    # Answers: VQA adapter; "cotton" is invented for sequins on mesh.
    case(
        "X1299-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a square neckline. The lady wears a "
            "pair of high heels. There is an accessory in her hand. The dress is of short length and its fabric is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sequin dress"),
        BQ.garment_type("dress"),
        BQ.color("black"),
        BQ.pattern("solid"),
        BQ.material("cotton", "unsupported"),
        is_a("dress", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Silver sequinned one-shoulder mini dress, sleeveless, a silver bangle on the bare wrist; white backdrop.
    # Caption: caption adapter, stopped by itself, true. Answers: VQA adapter; "long" sleeves is wrong.
    case(
        "X1299-002",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is of short length. There "
            "is an accessory on her wrist."
        ),
        wearing("a silver dress"),
        BQ.color("silver"),
        BQ.sleeve_length("long", "contradiction"),
        describe("dress", "the dress is silver and has a one shoulder neckline and a short hem"),
        is_a("dress", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Silver-Toned Sequinned One-Shoulder Mini Dress",
        category="Dresses",
        color="Silver",
    ),
    # Maroon velvet wrap midi dress, long sleeves, V neck, self tie at the waist; black heels. Caption: caption adapter,
    # cut at 50 tokens, and "knitting fabric" against the title's velvet. Answers: VQA adapter, all right ("red" for
    # maroon counted right).
    case(
        "X1299-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "V-shape neckline. There is a belt around her waist. The dress is of medium length. The lady wears a "
            "pair of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a red dress"),
        BQ.color("maroon"),
        BQ.material("velvet"),
        details("dress", "the dress has a v neck and a tie at the waist"),
        BQ.sleeve_length("long"),
        gender="Women",
        title="Berrylush Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Navy blue embellished maxi gown, sleeveless with a sheer cape, beads on the bodice; side pose. Caption: caption
    # adapter, loops on the wrist sentence to the limit. Answers: VQA adapter; "black" for the navy is wrong.
    case(
        "X1299-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        BQ.color("black", "contradiction"),
        BQ.pattern("solid"),
        details("dress", "beads on the top"),
        describe(
            "gown",
            "the gown is a long blue gown with beads on the top and a cape on the back and the skirt of the gown is "
            "long and it goes down to the",
            "cut",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        gender="Women",
        title="Forever New Women Navy Blue Embellished Maxi Dress with Cape",
        category="Dresses",
        color="Navy Blue",
    ),
    # Pink sequinned strappy crop top and pink flared midi skirt, one co-ord; model, nude heels, a bracelet.
    # Caption: caption adapter, cut at the limit. Answers: VQA adapter; "dress" for the co-ord is wrong, the one
    # pink for top and skirt is right.
    case(
        "X1299-005",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long skirt. Her tank top has a "
            "suspenders neckline. The skirt is of long length and it has pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and a pink skirt"),
        color_of("top", "pink"),
        color_of("skirt", "pink"),
        BQ.garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="URBANIC Women Pink Sequinned Crop Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Gold sequinned round-neck crop top, sleeveless, worn with black high-waist trousers; a gold bracelet.
    # Caption: caption adapter, cut. Answers: VQA adapter; the garment's color answered with the trousers' black.
    case(
        "X1299-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The trousers are with "
            "solid color patterns. The tank top has a round neckline. There is an accessory on her wrist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold top and black pants"),
        BQ.color("black", "other_garment_color"),
        BQ.garment_type("top"),
        color_of("pants", "black"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="Trendyol Women Gold-Toned Sequinned Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Silver sequinned A-line midi skirt worn with a white fitted tee tucked in and white sneakers. Caption: caption
    # adapter, cut. Answers: VQA adapter; "white" is the tee's color; the details answer loops.
    case(
        "X1299-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and it has a round neckline. The skirt is of long length and it has pure color patterns. "
            "The lady wears a pair of sneakers. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a silver skirt"),
        BQ.color("white", "other_garment_color"),
        BQ.garment_type("skirt"),
        color_of("skirt", "silver"),
        BQ.pattern("solid"),
        details(
            "skirt",
            "sequins and sequins and sequins and sequins and sequins and sequins and sequins and sequins and sequins "
            "and sequins and sequins and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Silver-Toned Sequinned A-Line Midi Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Red satin slip midi dress, spaghetti straps, cowl neck. Caption: caption adapter, stopped by itself, but
    # "chiffon fabric" against the title's satin. Answers: VQA adapter; one description echoes "Answer:".
    case(
        "X1299-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length.",
            "contradiction",
        ),
        wearing("a red dress"),
        BQ.color("red"),
        BQ.material("satin"),
        BQ.sleeve_length("sleeveless"),
        describe("dress", "red dress Answer: red dress", "leak"),
        is_a("dress", "yes"),
        gender="Women",
        title="Mango Women Red Satin Slip Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Green sequinned long-sleeve bodycon midi dress, round neck; gold earrings, wrists covered by the sleeves, a ring
    # on her hand. Caption: caption adapter, stopped; the wrist accessory is invented. Answers: VQA adapter; "he".
    case(
        "X1299-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a round "
            "neckline. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        wearing("he is wearing a green dress", "pronoun"),
        BQ.color("green"),
        BQ.pattern("solid"),
        BQ.sleeve_length("long"),
        BQ.material("sequin"),
        gender="Women",
        title="Athena Women Green Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Green",
    ),
    # Rose gold sequinned shift dress, short flutter sleeves, round neck: a flat lay on white, no model. Caption:
    # caption adapter, ran to the limit and invents a lady with a wrist accessory and a ring. Answers: VQA adapter,
    # right ("pink" for rose gold; the garment named for "the person" on a flat lay counted right) but for the
    # details, which only name the garment.
    case(
        "X1299-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium-short length. It "
            "has a round neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a pair of",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        BQ.color("pink"),
        BQ.garment_type("dress"),
        BQ.sleeve_length("short"),
        describe("dress", "pink dress with sequins"),
        details("dress", "the dress", "non_answer"),
        gender="Women",
        title="DressBerry Women Rose Gold-Toned Sequinned Shift Dress",
        category="Dresses",
        color="Rose",
    ),
    # Champagne (beige) metallic pleated maxi dress, halter neck, sleeveless; nude heels. Caption: caption adapter,
    # cut, and the pleats called "striped patterns". Answers: VQA adapter, right ("gold" for champagne metallic).
    case(
        "X1299-011",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "pair of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a gold dress"),
        BQ.color("beige"),
        BQ.pattern("solid"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("polyester"),
        gender="Women",
        title="Label Ritu Kumar Women Beige Metallic Pleated Halter Neck Maxi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Burgundy off-shoulder ruffled midi dress, ruffle over the shoulders, no sleeves; a bracelet. Caption: caption
    # adapter, stopped, true. Answers: VQA adapter; "purple" for burgundy is wrong.
    case(
        "X1299-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of medium length. There is an accessory on her wrist."
        ),
        wearing("a purple dress", "contradiction"),
        BQ.color("maroon"),
        details("dress", "ruffles on the shoulders"),
        BQ.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="StyleStone Women Burgundy Off-Shoulder Ruffled Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Lavender strapless tulle gown, bodice with geometric sequins, full tulle skirt held out by the model; a ring,
    # a bracelet and a necklace. Caption: caption adapter, cut. Answers: VQA adapter; "floral" is wrong, and so is
    # "white" for the pale lavender under the studio light.
    case(
        "X1299-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it is of "
            "long length. The lady wears a ring. There is an accessory on her wrist. There is an accessory on her "
            "neck. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        BQ.color("white", "contradiction"),
        BQ.pattern("floral", "contradiction"),
        describe("gown", "a purple gown with a sequin top and a tulle skirt"),
        BQ.material("tulle"),
        gender="Women",
        title="Kassually Women Lavender Embellished Tulle Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Black one-shoulder bodycon midi dress with a cut-out at the back waist; the photo is a back view, heels.
    # Caption: caption adapter, stopped; "long-sleeve" is wrong (sleeveless). Answers: VQA adapter; the description
    # gives a V neck and a front slit that a back view cannot show.
    case(
        "X1299-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "V-shape neckline. The lady wears a pair of high heels.",
            "contradiction",
        ),
        wearing("a black dress"),
        BQ.color("black"),
        BQ.sleeve_length("sleeveless"),
        details("dress", "the back of the dress is open"),
        describe("dress", "a black dress with a v neck and a slit on the front", "unsupported"),
        BQ.garment_type("dress"),
        gender="Women",
        title="Vero Moda Women Black One-Shoulder Cut-Out Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # White sheath mini dress with feather trim at the hem, sleeveless, V neck; a bracelet, heels. Caption: caption
    # adapter, cut ("furry" for the feathers counted right). Answers: VQA adapter, all right.
    case(
        "X1299-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "V-shape neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "pair of high heels. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress"),
        BQ.color("white"),
        BQ.material("feathers"),
        describe("dress", "white dress with feathers"),
        is_a("dress", "yes"),
        gender="Women",
        title="Forever New Women White Feather Trim Sheath Mini Dress",
        category="Dresses",
        color="White",
    ),
    # Teal sequinned wrap mini dress, long sleeves, V neck; a cuff bracelet over the sleeve, heels. Caption: caption
    # adapter, loops. Answers: VQA adapter; the details answer loops ("blue" for teal counted right).
    case(
        "X1299-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a V-shape neckline. The dress is of "
            "short length. There is an accessory on her wrist. The lady wears a pair of high heels. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        BQ.color("blue"),
        BQ.sleeve_length("long"),
        details(
            "dress",
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        gender="Women",
        title="Antheaa Women Teal Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Teal",
    ),
    # Black sequinned fringe flapper dress, spaghetti straps, knee length; model mid-twirl, a bracelet, shoes.
    # Caption: caption adapter, stopped; the fringe called "striped". Answers: VQA adapter; "striped" again is wrong,
    # the rest right.
    case(
        "X1299-017",
        caption(
            "The lady wears a sleeveless dress with striped patterns. It has a suspenders neckline. The dress is of "
            "medium-short length. There is an accessory on her wrist. This lady wears a pair of shoes.",
            "contradiction",
        ),
        wearing("a black dress"),
        BQ.pattern("striped", "contradiction"),
        BQ.color("black"),
        details("dress", "fringe"),
        BQ.garment_type("dress"),
        gender="Women",
        title="Tokyo Talkies Women Black Embellished Fringed Shift Dress",
        category="Dresses",
        color="Black",
    ),
    # Mauve ruched jersey bodycon mini dress, square neck, short puff sleeves; model seated on a stool. Caption:
    # caption adapter, stopped, true. Answers: VQA adapter, all right ("pink" for mauve).
    case(
        "X1299-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length."
        ),
        wearing("a pink dress"),
        BQ.color("pink"),
        BQ.sleeve_length("short"),
        details("dress", "the dress is ruched on the sides"),
        is_a("skirt", "no"),
        gender="Women",
        title="Berrylush Women Mauve Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Magenta set: sleeveless crop top with mirror work, flared floor-length skirt with a floral embroidered hem; gold
    # jhumkas, bangles, a ring. Caption: caption adapter, cut. Answers: VQA adapter; "gold" is the mirror work's, not
    # the magenta top's; "the top is a top" says nothing.
    case(
        "X1299-019",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist. The lady wears a ring. The tank "
            "top has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and a pink skirt"),
        color_of("top", "gold", "contradiction"),
        color_of("skirt", "pink"),
        BQ.garment_type("skirt"),
        describe("top", "the top is a top", "restated"),
        gender="Women",
        title="SCAKHI Women Magenta Embellished Crop Top with Skirt",
        category="Clothing Set",
        color="Magenta",
    ),
    # Black velvet blazer mini dress, long sleeves, lapels, gold buttons; heels, a ring, a bracelet. Caption: caption
    # adapter, cut, calls it a jacket. Answers: VQA adapter; "jacket" as the garment type is wrong.
    case(
        "X1299-020",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a pair of high heels. There is an accessory on her wrist. This lady wears "
            "a ring. The jacket",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black dress"),
        BQ.color("black"),
        BQ.material("velvet"),
        details("dress", "gold buttons"),
        BQ.garment_type("jacket", "contradiction"),
        gender="Women",
        title="Mango Women Black Velvet Blazer Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Peach embellished net maxi dress, cap sleeves, round neck, scattered sequins; bracelet, ring, necklace.
    # Caption: caption adapter, cut. Answers: VQA adapter; "white" for the pale peach is wrong, the open color
    # question loops.
    case(
        "X1299-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. It has a round neckline. The dress is of "
            "long length. There is an accessory on her wrist. The lady wears a ring. There is an accessory on her "
            "neck. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        BQ.color("white", "contradiction"),
        BQ.pattern("solid"),
        BQ.material("net"),
        color_of(
            "dress",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="LULU & SKY Women Peach Embellished Net Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Bronze metallic pleated midi skirt worn with a black long-sleeve bodysuit; a bracelet. Caption: caption adapter,
    # stopped, true. Answers: VQA adapter; "black" is the bodysuit's, the pleats are not stripes, "skirt" for the
    # details says nothing ("gold" and "brown" for bronze counted right).
    case(
        "X1299-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and it has a round neckline. The skirt is of long length. There is an accessory on her wrist."
        ),
        wearing("a black shirt and a gold skirt"),
        BQ.color("black", "other_garment_color"),
        color_of("skirt", "brown"),
        BQ.pattern("striped", "contradiction"),
        details("skirt", "skirt", "non_answer"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Trendyol Women Bronze-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Bronze",
    ),
    # Silver sequinned bralette crop top with thin straps: a flat lay on white, nothing else in the shot. Caption:
    # caption adapter, stopped, invents a lady in denim pants. Answers: VQA adapter, right.
    case(
        "X1299-023",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        wearing("a silver top"),
        BQ.garment_type("tank"),
        BQ.color("silver"),
        BQ.sleeve_length("sleeveless"),
        describe("top", "a silver top with sequins and thin straps"),
        title="URBANIC Women Silver-Toned Sequinned Bralette Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Navy blue sequinned jumpsuit, sleeveless, V neck, wide legs, no belt; a bracelet, a ring. Caption: caption
    # adapter, cut, calls it a tank top and trousers. Answers: VQA adapter; the details invent a belt and are cut.
    case(
        "X1299-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The trousers are with "
            "pure color patterns. It has a V-shape neckline. There is an accessory on her wrist. The lady wears a "
            "ring. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue jumpsuit"),
        BQ.garment_type("jumpsuit"),
        BQ.color("blue"),
        is_a("jumpsuit", "yes"),
        BQ.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "the jumpsuit has a v neck and wide legs and it is covered in sequins and it has a belt at the waist and "
            "the back of the",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Navy Blue Sequinned Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Red sequinned mini pencil skirt worn with a black fine-knit long-sleeve top, black tights, heels. Caption:
    # caption adapter, cut. Answers: VQA adapter; the skirt given the sweater's black.
    case(
        "X1299-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is of short length and it has pure color patterns. The lady wears a pair of "
            "socks. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sweater and a red skirt"),
        BQ.color("red"),
        color_of("sweater", "black"),
        color_of("skirt", "black", "other_garment_color"),
        BQ.garment_type("skirt"),
        gender="Women",
        title="ONLY Women Red Sequinned Mini Pencil Skirt",
        category="Skirts",
        color="Red",
    ),
    # Green satin co-ord: strapless corset crop top and satin mini skirt, one green. Caption: caption adapter, cut,
    # "cotton" twice against the title's satin. Answers: VQA adapter; the details answer runs into a new prompt.
    case(
        "X1299-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. It has a suspenders neckline. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green top and a green skirt"),
        BQ.material("satin"),
        color_of("top", "green"),
        color_of("skirt", "green"),
        BQ.garment_type("top"),
        details(
            "top",
            "the top is green. Question: What is the color of the skirt? Answer: green. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kassually Women Green Satin Corset Crop Top & Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Purple one-shoulder satin maxi dress with a thigh slit; heels. Caption: caption adapter, stopped, true.
    # Answers: VQA adapter; "silk" for a polyester satin is not supported; the description runs to the limit.
    case(
        "X1299-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The lady wears "
            "a pair of high heels."
        ),
        wearing("she is wearing a purple dress"),
        BQ.color("purple"),
        BQ.sleeve_length("sleeveless"),
        details("dress", "slit on the leg"),
        BQ.material("silk", "unsupported"),
        describe(
            "dress",
            "the dress is a long purple dress with one shoulder and a slit on the leg and the fabric is shiny and it "
            "goes down to the floor and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Forever New Women Purple One-Shoulder Satin Maxi Dress with Slit",
        category="Dresses",
        color="Purple",
    ),
    # Black and gold horizontally striped sequinned sheath mini dress, long sleeves, round neck; a bangle over the
    # cuff, heels. Caption: caption adapter, stopped, true. Answers: VQA adapter, right ("gold" names one of the two
    # colours) but for the details, which run into a new "Question: ... Answer:".
    case(
        "X1299-028",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. It has a round neckline. The dress is of short "
            "length. There is an accessory on her wrist. The lady wears a pair of high heels."
        ),
        wearing("a black and gold dress"),
        BQ.pattern("striped"),
        BQ.color("gold"),
        BQ.sleeve_length("long"),
        details(
            "dress",
            "stripes and sequins Question: What is the color of the stripes? Answer: gold Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="DressBerry Women Black & Gold-Toned Striped Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Off-white co-ord: short-sleeve crop top with pearls on the neckline, flared georgette midi skirt; a bracelet.
    # Caption: caption adapter, cut. Answers: VQA adapter; "dress" for the set is wrong.
    case(
        "X1299-029",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and it has a round neckline. The skirt is with chiffon fabric. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and a white skirt"),
        BQ.color("white"),
        color_of("skirt", "white"),
        BQ.pattern("solid"),
        details("top", "pearls on the neckline"),
        BQ.garment_type("dress", "contradiction"),
        gender="Women",
        title="Label Ritu Kumar Women Off-White Embellished Crop Top with Flared Skirt",
        category="Co-Ords",
        color="Off White",
    ),
    # Black sheer net maxi dress with scattered sequins, long sheer sleeves, lined; bracelet. Caption: caption adapter,
    # loops on the wrist sentence. Answers: VQA adapter, right but for the description, which loops.
    case(
        "X1299-030",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress"),
        BQ.color("black"),
        BQ.sleeve_length("long"),
        BQ.pattern("solid"),
        BQ.material("net"),
        describe(
            "dress",
            "a black dress with a black dress with a black dress with a black dress with a black dress with a black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Antheaa Women Black Embellished Net Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Gold metallic foil print bodycon mini dress, sleeveless, round neck; heels. Caption: caption adapter, stopped,
    # true. Answers: VQA adapter; "yellow" for the gold foil is wrong, "none" for the details says nothing.
    case(
        "X1299-031",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of short length. The lady wears a pair of high heels."
        ),
        wearing("a yellow dress", "contradiction"),
        BQ.color("gold"),
        BQ.pattern("graphic"),
        details("dress", "none", "non_answer"),
        is_a("dress", "yes"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women Gold-Toned Foil Print Bodycon Mini Dress",
        category="Dresses",
        color="Gold",
    ),
    # Blue ombre sequinned maxi dress (light blue at the top to navy at the hem), sleeveless, V neck; a ring, a
    # bracelet. Caption: caption adapter, loops on the ring. Answers: VQA adapter; one answer opens with "Answer:".
    case(
        "X1299-032",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is of long length. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. The "
            "lady wears a ring. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        BQ.color("blue"),
        BQ.pattern("color block"),
        details("dress", "sequins on the dress and a v neck"),
        BQ.material("sequin"),
        describe("dress", "Answer: a blue dress with sequins", "leak"),
        gender="Women",
        title="Forever New Women Blue Ombre Sequinned Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Pink tiered tulle fit-and-flare mini dress, short puff sleeves; model holds balloons, a ribbon on her wrist.
    # Caption: caption adapter, stopped, true. Answers: VQA adapter; "yes" to "Is this a skirt?" is wrong.
    case(
        "X1299-033",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of short length. There is an accessory on her wrist. The lady wears a pair of shoes."
        ),
        wearing("a pink dress"),
        BQ.color("pink"),
        BQ.sleeve_length("short"),
        details("dress", "ruffles"),
        BQ.garment_type("dress"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        title="Miss Chase Women Pink Tiered Tulle Fit & Flare Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Maroon sequinned open-front shrug, three-quarter sleeves, worn over a black sleeveless slip dress; a bracelet,
    # heels. Caption: caption adapter, stopped, describes the slip dress, not the shrug. Answers: VQA adapter; "dress"
    # and the dress's black are wrong ("red jacket" and "jacket" for the shrug counted right).
    case(
        "X1299-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of medium length. There is an "
            "accessory on her wrist. The lady wears a pair of high heels.",
            "contradiction",
        ),
        wearing("a black dress and a red jacket"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("black", "other_garment_color"),
        BQ.sleeve_length("three-quarter"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Sequinned Open Front Shrug",
        category="Shrug",
        color="Maroon",
    ),
    # Silver sequinned halter-neck top worn with white wide-leg trousers; a bracelet, a ring. Caption: caption adapter,
    # cut. Answers: VQA adapter; the garment's color answered with the trousers' white.
    case(
        "X1299-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with "
            "cotton fabric and solid color patterns. There is an accessory on her wrist. The lady wears a ring. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and white pants"),
        BQ.color("white", "other_garment_color"),
        color_of("top", "silver"),
        BQ.garment_type("top"),
        details("top", "halter neck"),
        gender="Women",
        title="Vero Moda Women Silver-Toned Sequinned Halter Neck Top",
        category="Tops",
        color="Silver",
    ),
    # Black satin cowl-neck top with thin straps, worn with a silver sequinned midi skirt; a bracelet. Caption:
    # caption adapter, stopped, true. Answers: VQA adapter; the skirt given the top's black.
    case(
        "X1299-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with pure "
            "color patterns. It has a suspenders neckline. There is an accessory on her wrist."
        ),
        wearing("a black top and a silver skirt"),
        BQ.color("black"),
        BQ.material("satin"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        describe("top", "a black top with a cowl neck"),
        gender="Women",
        title="Mango Women Black Satin Cowl Neck Top",
        category="Tops",
        color="Black",
    ),
    # Rust satin slip maxi dress, spaghetti straps; a bracelet, heels. Caption: caption adapter, cut, "chiffon"
    # against the title's satin. Answers: VQA adapter; the yes/no answer repeats to the limit (no gender in the feed).
    case(
        "X1299-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "pair of high heels. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("an orange dress"),
        BQ.color("brown"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("satin"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="Trendyol Women Rust Satin Slip Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Grey sequinned single-button blazer with flap pockets, worn over a black top and black trousers; the model has
    # short hair; a bracelet. Caption: caption adapter, cut, "The gentleman". Answers: VQA adapter; "he", and the
    # garment's color answered with the black of the clothes under it ("silver" for grey sequins counted right).
    case(
        "X1299-038",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket has a "
            "lapel neckline. The trousers are with cotton fabric and solid color patterns. There is an accessory on "
            "his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("he is wearing a silver jacket and black pants", "pronoun"),
        BQ.garment_type("jacket"),
        BQ.color("black", "other_garment_color"),
        color_of("jacket", "grey"),
        BQ.sleeve_length("long"),
        details("jacket", "buttons on the front and pockets on the side"),
        gender="Women",
        title="Mango Women Grey Sequinned Single-Breasted Party Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Mustard embellished bodycon midi dress with sheer chiffon cape sleeves, round neck; heels. Caption: caption
    # adapter, stopped, true. Answers: VQA adapter; "cotton" for a beaded piece is invented; the details answer only
    # says the question back.
    case(
        "X1299-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a pair of high heels."
        ),
        wearing("a yellow dress"),
        BQ.color("yellow"),
        BQ.sleeve_length("long"),
        describe("dress", "the dress is yellow and has a cape"),
        BQ.material("cotton", "unsupported"),
        details("dress", "the details are on the dress", "restated"),
        gender="Women",
        title="Athena Women Mustard Yellow Embellished Bodycon Dress with Cape Sleeves",
        category="Dresses",
        color="Mustard",
    ),
    # Turquoise blue strapless sequinned mermaid maxi dress, the hem over the feet; necklace, ring, bracelet.
    # Caption: caption adapter, cut. Answers: VQA adapter; the open color answer runs into the prompt format (no
    # category in the feed).
    case(
        "X1299-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. There is an "
            "accessory on her neck. The lady wears a ring. There is an accessory on her wrist. The lady wears a pair "
            "of",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        BQ.color("blue"),
        BQ.pattern("solid"),
        BQ.sleeve_length("sleeveless"),
        color_of(
            "dress",
            "blue Question: What is the color of the dress? Answer: blue Question: What is the color of the dress? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        title="Forever New Women Turquoise Blue Sequinned Mermaid Maxi Dress",
        color="Turquoise Blue",
    ),
    # Black tulle midi dress with flocked velvet polka dots, short puff sleeves; a bracelet. Caption: caption adapter,
    # stopped, true. Answers: VQA adapter; "sleeveless" is wrong, the details answer is empty.
    case(
        "X1299-041",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. The dress "
            "is of medium length. There is an accessory on her wrist."
        ),
        wearing("a black dress"),
        BQ.pattern("polka dot"),
        BQ.color("black"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        details("dress", "", "non_answer"),
        gender="Women",
        title="DressBerry Women Black Polka Dot Tulle Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Navy blue net maxi dress with pink and ivory floral thread embroidery, long sheer sleeves, V neck; a bracelet,
    # a ring. Caption: caption adapter, cut. Answers: VQA adapter; "pink" is the embroidery's; the description runs to
    # the limit mid-sentence.
    case(
        "X1299-042",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length and it has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a pair of "
            "high heels. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress with flowers"),
        BQ.color("pink", "contradiction"),
        BQ.pattern("floral"),
        BQ.material("net"),
        describe(
            "gown",
            "a navy blue gown with flowers embroidered on the net and long sheer sleeves and a v neck and the skirt "
            "is long and flowing with flowers on the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="Label Ritu Kumar Women Navy Blue Floral Embroidered Net Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Multicoloured colour-block sequinned bodycon mini dress (pink, orange, purple panels), sleeveless, V neck;
    # front view only, heels. Caption: caption adapter, stopped, true. Answers: VQA adapter; the zipper at the back
    # cannot be seen ("pink" names one of the colours, counted right).
    case(
        "X1299-043",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is of short length. It has a "
            "V-shape neckline. The lady wears a pair of high heels."
        ),
        wearing("a colorful dress"),
        BQ.color("pink"),
        BQ.pattern("color block"),
        describe("dress", "pink orange and purple dress with sequins and a zipper on the back", "unsupported"),
        BQ.garment_type("dress"),
        gender="Women",
        title="URBANIC Women Multicoloured Colourblocked Sequinned Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Sea green set: short-sleeve pleated crop top and pleated midi skirt, one colour; a bracelet, heels. Caption:
    # caption adapter, cut, the pleats called "striped". Answers: VQA adapter; "blue" for the skirt is wrong, the
    # skirt details loop.
    case(
        "X1299-044",
        caption(
            "This lady wears a short-sleeve T-shirt with striped patterns and a long skirt. The skirt is with striped "
            "patterns. The T-shirt has a round neckline. There is an accessory on her wrist. The lady wears a pair "
            "of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green top and a green skirt"),
        color_of("top", "green"),
        color_of("skirt", "blue", "contradiction"),
        BQ.sleeve_length("short"),
        BQ.pattern("solid"),
        details(
            "skirt",
            "the skirt is pleated and the top is pleated and the skirt is pleated and the top is pleated and the "
            "skirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Sea Green Pleated Crop Top with Midi Skirt",
        category="Clothing Set",
        color="Sea Green",
    ),
    # White strapless satin corset bodycon mini dress; model holds a champagne glass, a ring. Caption: caption
    # adapter, stopped, "cotton" against the title's satin. Answers: VQA adapter; the details answer loops (no colour
    # in the feed).
    case(
        "X1299-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of short length. There is an accessory in her hand. The lady wears a ring.",
            "contradiction",
        ),
        wearing("a white dress"),
        BQ.color("white"),
        BQ.material("satin"),
        BQ.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress is white and the dress is white and the dress is white and the dress is white and the dress is "
            "white and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kassually Women White Satin Corset Bodycon Mini Dress",
        category="Dresses",
    ),
]
