"""BLIND_1179 (45 products; Myntra women's party and evening wear): written blind in the sixty-first session. Measured
blind at dcde687 (the session's third rules): 60/68 failures found (88.2%) and 20/194 correct texts flagged (10.3%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and shift dresses, satin slip and wrap
dresses, maxi gowns, sequinned and satin crop tops and camis worn with trousers, jeans or skirts, party skirts, a
blazer, a shrug, a jumpsuit, a playsuit, two co-ord sets. Photos are the usual catalog shots: a model on a plain grey,
beige, white or pink backdrop wearing the product with other clothes, one back view, one flat lay, one prop (a
clutch). Columns are the feed's own: title, category (Myntra article type), color (base colour), gender; a few rows
lack one of them.
Who wrote what: every caption is from the epoch-2 caption adapter (DeepFashion-MultiModal template: "The upper
clothing has ...", "The lady wears ...", patterns not hues, fabric from the template's short list, "other fabric"
for sequins). Every answer is from the VQA adapter (In-shop pairs: short hue words and vendor-like colours such as
"black-white", class-like garment words, yes/no), asked the experiments' questions with the product's garment noun.
Neither adapter learned to stop, so some texts loop or run into the 50/30-token limit; most short answers still end.
Labeling conventions and judgement calls: one label per text, the most visible fault (a cut caption that also names
a wrong fabric is "cut"). Near hues are correct: maroon/wine as red or wine, magenta/mauve/rose gold as pink, lavender
as purple, coral as orange, silver as grey, off white as white, gold sequins as gold, teal as blue; navy answered as
black, teal as navy, beige satin as gold, ice-blue sequins as silver, and the pink backdrop's colour are wrong
("contradiction"). A colour that belongs to the companion garment given to the product is "other_garment_color"; the
product's colour given to the companion garment (or one colour for both) is "contradiction". A fabric the title
contradicts (chiffon for satin, furry for velvet) is "contradiction"; an invented detail nothing else states (a slit,
a zip, a bracelet that is not there, an accessory on a flat lay) is "unsupported". The template's guesses about the
companion garment's fabric (cotton trousers) I left unmarked, as are the template's own nouns ("tank top" for a cami,
"romper" for a playsuit, "long skirt" for the lower half of a maxi dress) except where it names a different product
(a dress for a shrug, a co-ord set called a dress). "his her" in a caption for a woman is "pronoun". Answers that
name the In-shop class ("blouses shirts") are correct when the class fits. "they are short" for details is
"non_answer"; "the jumpsuit is a jumpsuit" is "restated". hit_limit=True on every loop and cut text that ran out.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

garment_type = BLIND_QUESTIONS.garment_type
garment_color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length

BLIND_1179 = [
    # Black sequinned sleeveless bodycon mini, square neck, silver drop earrings, grey backdrop.
    # Caption: caption adapter (epoch 2); answers: VQA adapter. All correct.
    case(
        "X1179-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. There is an accessory in her ear."
        ),
        wearing("a black sequin dress", who="she"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        details("dress", "sequins"),
        pattern("solid"),
        describe("dress", "a black sequin dress with a square neck and no sleeves"),
        gender="Women",
        title="SASSAFRAS Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Gold sequinned maxi dress, V-neck, short flutter sleeves, thigh slit, gold sandals, beige backdrop.
    # Caption: caption adapter, ran to 50 tokens and stopped mid-sentence. Answers: VQA adapter, correct.
    case(
        "X1179-002",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "There is a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold dress with a slit", who="she"),
        color_of("dress", "gold"),
        details("dress", "the sleeves are ruffled and the neckline is v-neck"),
        sleeve_length("short"),
        gender="Women",
        title="Athena Gold-Toned Embellished Sequinned Maxi Dress",
        category="Dresses",
        color="Gold",
    ),
    # Silver sequinned cami crop top, thin straps, with black high-waist trousers; white backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter; the top's colour came back as the trousers' black;
    # describe looped.
    case(
        "X1179-003",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("top", "black", "other_garment_color"),
        wearing("a silver top and black pants", who="she"),
        is_a("crop top", "yes"),
        details("top", "sequins, spaghetti straps"),
        describe(
            "top",
            "a silver sequin crop top with thin straps, it is a crop top with thin straps, it is a crop top with thin "
            "straps, it is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="URBANIC Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Maroon satin wrap midi dress, long sleeves, tie at the waist, gold bracelet; grey backdrop.
    # Caption: caption adapter, calls the satin "chiffon" (title says satin). Answers: VQA adapter, correct ("red" is
    # a near hue for maroon).
    case(
        "X1179-004",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        sleeve_length("long sleeve"),
        details("dress", "the dress has a tie at the waist"),
        gender="Women",
        title="Tokyo Talkies Maroon Satin Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Co-ord: pink sequinned halter crop top with matching pink sequinned mini skirt, bracelet; white backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter; "yes" to "Is this a dress?" for a two-piece set.
    case(
        "X1179-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point skirt. The tank top is "
            "with other fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist."
        ),
        wearing("a pink top and a pink skirt", who="she"),
        color_of("top", "pink"),
        color_of("skirt", "pink"),
        is_a("dress", "yes", "contradiction"),
        details("top", "halter neck"),
        gender="Women",
        title="Berrylush Women Pink Sequinned Crop Top with Mini Skirt",
        category="Co-Ords",
        color="Pink",
    ),
    # Navy blue bodycon midi with sheer puff sleeves, dark grey backdrop; the navy reads almost black.
    # Caption: caption adapter, looped on one sentence to the limit. Answers: VQA adapter; colour and wearing both say
    # black for the navy dress; describe (black again) ran to the limit.
    case(
        "X1179-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The dress is "
            "with other fabric. The dress is with other fabric. The dress is with other fabric. The dress is with "
            "other fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction"),
        wearing("a black dress", "contradiction", who="the woman"),
        sleeve_length("long"),
        details("dress", "sheer sleeves"),
        describe(
            "dress",
            "a black dress with sheer puff sleeves and a round neck, the dress is fitted and falls to the knee, the "
            "sleeves are sheer and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Navy Blue Sheer Sleeve Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Burgundy satin cowl-neck slip mini, thin straps, ruched at one side, no slit; a ring on her right hand.
    # Caption: caption adapter, correct. Answers: VQA adapter; the slit is invented. No gender column.
    case(
        "X1179-007",
        caption(
            "This woman wears a tank tank dress with pure color patterns. The tank dress is with other fabric. It has "
            "a suspenders neckline. There is a ring on her finger."
        ),
        color_of("dress", "wine"),
        material("satin"),
        details("dress", "the dress has a cowl neck and a slit", "unsupported"),
        is_a("dress", "yes"),
        title="Rare Wine Ruched Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Emerald green sequinned one-shoulder maxi gown, side slit, dark backdrop.
    # Caption: caption adapter, cut at the limit. Answers: VQA adapter; details looped; "no" to the title's gown.
    case(
        "X1179-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "green", kind="open"),
        wearing("a green sequin dress", who="she"),
        details(
            "dress",
            "one shoulder, sequin, slit, sequin, slit, sequin, slit, sequin, slit, sequin, slit, sequin, slit, sequin",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("sleeveless"),
        is_a("gown", "no", "contradiction"),
        gender="Women",
        title="DODO & MOA Emerald Green Sequinned One Shoulder Maxi Gown",
        category="Dresses",
        color="Green",
    ),
    # Black lace long-sleeve crop top, round neck, with an ivory satin midi skirt; white backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter; the top's colour came back as the skirt's.
    case(
        "X1179-009",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        color_of("top", "white", "other_garment_color"),
        wearing("a black top and a white skirt"),
        details("top", "lace"),
        describe("top", "a black lace top with long sleeves and a round neck"),
        pattern("lace"),
        gender="Women",
        title="Trendyol Black Lace Long Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Magenta satin pleated midi skirt with a black fitted tee tucked in; white backdrop.
    # Caption: caption adapter; calls the satin skirt chiffon. Answers: VQA adapter, correct.
    case(
        "X1179-010",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns.",
            "contradiction",
        ),
        color_of("skirt", "pink"),
        wearing("a black shirt and a pink skirt", who="she"),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        describe("skirt", "a pink pleated skirt"),
        gender="Women",
        title="StyleStone Magenta Pleated Satin Midi Skirt",
        category="Skirts",
        color="Magenta",
    ),
    # Off-white tiered ruffle maxi dress with short puff sleeves, V-neck, no hat; beige backdrop.
    # Caption: caption adapter, cut at the limit (and the hat it started on is not there). Answers: VQA adapter.
    case(
        "X1179-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is a hat on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        wearing("a white dress", who="the woman"),
        details("dress", "ruffles"),
        pattern("solid"),
        sleeve_length("short"),
        gender="Women",
        title="Antheaa Off White Ruffled Tiered Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Black crepe one-shoulder wide-leg jumpsuit; grey backdrop.
    # Caption: caption adapter; "cotton" invented for crepe. Answers: VQA adapter; details only restates the question.
    case(
        "X1179-012",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. The lady "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "black"),
        wearing("rompers jumpsuits", who="she"),
        garment_type("jumpsuit"),
        sleeve_length("sleeveless"),
        details("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        gender="Women",
        title="ONLY Black Solid One Shoulder Crepe Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Red long-sleeve bodycon mini with side cut-outs, black heels; the model has a short crop.
    # Caption: caption adapter, calls her "the gentleman". Answers: VQA adapter; describe cut at the limit.
    case(
        "X1179-013",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline.",
            "pronoun",
        ),
        color_of("dress", "red"),
        details("dress", "cut out"),
        describe(
            "dress",
            "a red dress with cut outs on the sides and long sleeves, the dress is short and tight, she is wearing "
            "black heels and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress"),
        is_a("dress", "yes"),
        gender="Women",
        title="Miss Chase Red Cut-Out Bodycon Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # Lavender off-shoulder ruffled top with white skinny jeans; white backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter, correct (lavender as purple).
    case(
        "X1179-014",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("top", "purple"),
        color_of("jeans", "white"),
        wearing("a purple top and white jeans", who="she"),
        details("top", "off the shoulder, ruffles"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Zink London Lavender Off-Shoulder Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # Rose gold sequinned shift mini dress, cap sleeves, round neck, plain (no print).
    # Caption: caption adapter; "graphic patterns" against the plain sequins and the pattern answer.
    case(
        "X1179-015",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        pattern("solid"),
        color_of("dress", "pink"),
        wearing("a pink sequin dress"),
        details("dress", "sequins"),
        gender="Women",
        title="Dressberry Rose Gold Sequinned Shift Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Black satin V-neck cami tucked into beige wide-leg trousers, a bangle on her wrist.
    # Caption: caption adapter, looped on the accessory sentence. Answers: VQA adapter, correct.
    case(
        "X1179-016",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is V-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black"),
        color_of("pants", "beige"),
        wearing("a black top and beige pants", who="she"),
        material("satin"),
        details("top", "spaghetti straps"),
        gender="Women",
        title="Mango Black Satin V-Neck Cami Top",
        category="Tops",
        color="Black",
    ),
    # Silver metallic pleated midi skirt with a black long-sleeve bodysuit, a ring; grey backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; the skirt's colour came back as the bodysuit's black.
    case(
        "X1179-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        wearing("a black top and silver skirt", who="the woman"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        details("skirt", "pleated, metallic"),
        gender="Women",
        title="Athena Silver-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Peach sleeveless mesh midi dress with pearl embellishment along the neckline, thin gold necklace.
    # Caption: caption adapter, template's "his her". Answers: VQA adapter; details fell into the sleeves/neckline/
    # collar loop (the dress has no sleeves or collar).
    case(
        "X1179-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory in his her neck.",
            "pronoun",
        ),
        color_of("dress", "peach"),
        details(
            "dress",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a peach dress with pearls", who="she"),
        is_a("dress", "yes"),
        gender="Women",
        title="AASK Peach Pearl Embellished Mesh Midi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Black sequinned single-breasted blazer over a black cami and black trousers.
    # Caption: caption adapter, correct. Answers: VQA adapter; "no" to the title's blazer; describe looped.
    case(
        "X1179-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        is_a("blazer", "no", "contradiction"),
        color_of("blazer", "black"),
        wearing("a black jacket", who="she"),
        details("blazer", "sequin, lapel, long sleeves"),
        describe(
            "blazer",
            "a black sequin blazer with a black sequin blazer with a black sequin blazer with a black sequin blazer",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Black Sequinned Single-Breasted Party Blazer",
        category="Blazers",
        color="Black",
    ),
    # Teal satin draped halter maxi dress, open back, bracelet; beige backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; "navy" is wrong for the teal, "blue" passes; the yes/no
    # answer never stopped.
    case(
        "X1179-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "navy", "contradiction"),
        wearing("a blue dress"),
        details("dress", "halter neck, open back"),
        sleeve_length("sleeveless"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Trendyol Teal Satin Draped Halter Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Gold sequinned mini skirt with a white short-sleeve crop tee; white backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter; the shirt given the skirt's gold.
    case(
        "X1179-021",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is other and it has pure color patterns."
        ),
        color_of("skirt", "gold"),
        color_of("shirt", "gold", "contradiction"),
        wearing("a white top and a gold skirt", who="the woman"),
        is_a("skirt", "yes"),
        details("skirt", "sequins"),
        gender="Women",
        title="FOREVER 21 Gold-Toned Sequinned Mini Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Purple velvet long-sleeve wrap mini dress; grey backdrop.
    # Caption: caption adapter; "furry fabric" for the title's velvet. Answers: VQA adapter, correct.
    case(
        "X1179-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "V-shape neckline.",
            "contradiction",
        ),
        material("velvet"),
        color_of("dress", "purple"),
        wearing("a purple dress", who="she"),
        describe("dress", "a purple velvet dress with long sleeves and a v neck"),
        is_a("dress", "yes"),
        gender="Women",
        title="SASSAFRAS Purple Velvet Wrap Mini Dress",
        category="Dresses",
        color="Purple",
    ),
    # White square-neck corset crop top with a black faux-leather mini skirt.
    # Caption: caption adapter, correct. Answers: VQA adapter; details ran on into the prompt format.
    case(
        "X1179-023",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is square. "
            "The lower clothing is of short length. The fabric is leather and it has pure color patterns."
        ),
        color_of("top", "white"),
        color_of("skirt", "black"),
        wearing("a white top and a black skirt", who="she"),
        details("top", "corset, square neck Question: What are the top details? Answer: corset", "leak"),
        pattern("solid"),
        gender="Women",
        title="Berrylush White Square Neck Corset Crop Top",
        category="Tops",
        color="White",
    ),
    # Beige satin cowl-neck cami with black satin trousers, bracelet; the satin's sheen reads golden.
    # Caption: caption adapter, correct. Answers: VQA adapter; colour "gold" for the beige top, wearing has it right.
    case(
        "X1179-024",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is other and it has pure color patterns. "
            "There is an accessory on her wrist."
        ),
        color_of("top", "gold", "contradiction"),
        wearing("a beige top and black pants", who="the woman"),
        details("top", "cowl neck"),
        sleeve_length("sleeveless"),
        gender="Women",
        title="Rare Beige Satin Cowl Neck Cami Top",
        category="Tops",
        color="Beige",
    ),
    # Black dress with white polka dots, ruffled hem, short puff sleeves, V-neck.
    # Caption: caption adapter, correct ("graphic" is the template's nearest word for dots). Answers: VQA adapter;
    # the colour and the details both looped.
    case(
        "X1179-025",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline."
        ),
        color_of(
            "dress",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        garment_type("dress"),
        pattern("polka dots"),
        details(
            "dress",
            "ruffles, polka dots, ruffles, polka dots, ruffles, polka dots, ruffles, polka dots, ruffles, polka dots",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white polka dot dress", who="she"),
        is_a("dress", "yes"),
        gender="Women",
        title="Athena Black Polka Dot Ruffled Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Black sheer mesh long-sleeve bodysuit over a black bralette, with a silver sequinned mini skirt.
    # Caption: caption adapter, correct. Answers: VQA adapter; the bodysuit given the skirt's silver.
    case(
        "X1179-026",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns."
        ),
        garment_type("top"),
        color_of("top", "silver", "other_garment_color"),
        wearing("a black top and a silver skirt", who="she"),
        is_a("bodysuit", "yes"),
        sleeve_length("long"),
        gender="Women",
        title="URBANIC Black Sheer Mesh Long Sleeve Bodysuit",
        category="Bodysuit",
        color="Black",
    ),
    # Red sequinned off-shoulder mermaid gown with long sleeves.
    # Caption: caption adapter, looped on the skirt sentence. Answers: VQA adapter; describe invents a train (the hem
    # just touches the floor).
    case(
        "X1179-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The skirt is "
            "with other fabric. The skirt is with other fabric. The skirt is with other fabric. The skirt is with "
            "other fabric. The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        wearing("a red dress", who="she"),
        details("dress", "off the shoulder, sequins"),
        describe("dress", "a red sequin gown with a mermaid skirt and a long train", "unsupported"),
        sleeve_length("long sleeve"),
        gender="Women",
        title="DODO & MOA Red Sequinned Off-Shoulder Mermaid Gown",
        category="Dresses",
        color="Red",
    ),
    # Co-ord: olive satin square-neck corset top with a matching olive satin midi skirt.
    # Caption: caption adapter, correct. Answers: VQA adapter; wearing looped, the rest correct.
    case(
        "X1179-028",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is square. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        color_of("top", "green"),
        color_of("skirt", "green"),
        is_a("dress", "no"),
        wearing(
            "a green top and a green skirt and a green top and a green skirt and a green top and a green skirt and a",
            "loop",
            hit_limit=True,
        ),
        details("top", "satin, corset"),
        gender="Women",
        title="Kassually Olive Green Satin Corset Top with Midi Skirt",
        category="Co-Ords",
        color="Olive",
    ),
    # Black sheer embellished long-sleeve shrug worn open over a black V-neck slip dress.
    # Caption: caption adapter; describes a long-sleeve dress, no shrug. Answers: VQA adapter; empty details, and
    # "dress" as the garment type of the shrug.
    case(
        "X1179-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline.",
            "contradiction",
        ),
        is_a("shrug", "yes"),
        color_of("shrug", "black"),
        wearing("a black dress", who="she"),
        details("shrug", "", "non_answer"),
        garment_type("dress", "contradiction"),
        gender="Women",
        title="Vero Moda Black Embellished Sheer Shrug",
        category="Shrug",
        color="Black",
    ),
    # Navy sequinned wide-leg trousers with a white satin shirt; white backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter; "they are pants" says nothing.
    case(
        "X1179-030",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        color_of("pants", "blue"),
        color_of("shirt", "white"),
        wearing("a white shirt and blue pants", who="she"),
        details("pants", "they are pants", "non_answer"),
        is_a("pair of trousers", "yes"),
        gender="Women",
        title="Zink London Navy Blue Sequinned Wide Leg Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Sleeveless bodycon mini with horizontal sequin stripes in pink, blue, gold and silver.
    # Caption: caption adapter, correct. Answers: VQA adapter; describe says only "a dress". No gender column.
    case(
        "X1179-031",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline."
        ),
        color_of("dress", "pink and blue"),
        pattern("striped"),
        wearing("a striped dress"),
        details("dress", "sequins and stripes"),
        describe("dress", "a dress", "non_answer"),
        title="StyleStone Multicoloured Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Back view: black backless halter maxi with tie-up strings across the open back; arms bare, no bracelet.
    # Caption: caption adapter; the wrist accessory is invented. Answers: VQA adapter; the colour looped.
    case(
        "X1179-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        color_of(
            "dress",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress", who="she"),
        details("dress", "the back is open and tied with strings"),
        is_a("dress", "yes"),
        gender="Women",
        title="Tokyo Talkies Black Backless Tie-Up Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Silver metallic halter top with mid-blue skinny jeans.
    # Caption: caption adapter, correct. Answers: VQA adapter; grey for everything, jeans included.
    case(
        "X1179-033",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        wearing("a grey top and grey jeans", "contradiction"),
        details("shirt", "halter neck"),
        gender="Women",
        title="ONLY Silver-Toned Metallic Halter Neck Top",
        category="Tops",
        color="Silver",
    ),
    # Mauve satin pleated maxi dress, flutter sleeves, thin self-tie belt; beige backdrop.
    # Caption: caption adapter, cut (it also says chiffon). Answers: VQA adapter; describe cut at the limit.
    case(
        "X1179-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is a belt. The lady wears a long skirt. The skirt is with chiffon fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        wearing("a pink dress with a belt", who="she"),
        details("dress", "the dress has a belt and pleats"),
        describe(
            "dress",
            "a pink satin dress with short sleeves and a belt at the waist, the skirt is pleated and long, the belt is "
            "tied in a bow at the",
            "cut",
            hit_limit=True,
        ),
        material("satin"),
        gender="Women",
        title="Athena Mauve Pleated Satin Maxi Dress with Belt",
        category="Dresses",
        color="Mauve",
    ),
    # Black faux-leather mini skirt with a red sequinned V-neck cami; front view, no zip visible.
    # Caption: caption adapter, correct. Answers: VQA adapter; skirt given the cami's red; the zip is invented.
    case(
        "X1179-035",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is V-shape. "
            "The lower clothing is of short length. The fabric is leather and it has pure color patterns."
        ),
        color_of("skirt", "red", "other_garment_color"),
        wearing("a red top and a black skirt", who="she"),
        material("leather"),
        is_a("skirt", "yes"),
        details("skirt", "a zip on the side", "unsupported"),
        gender="Women",
        title="FOREVER 21 Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Flat lay on white: gold sequinned short-sleeve peplum top, no person.
    # Caption: caption adapter; wrist accessory invented on a flat lay. Answers: VQA adapter, correct.
    case(
        "X1179-036",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. The neckline of it is round. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a gold top"),
        color_of("top", "gold"),
        details("top", "peplum, sequins"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Berrylush Gold-Toned Sequinned Peplum Party Top",
        category="Tops",
        color="Gold",
    ),
    # Royal blue sequinned long-sleeve V-neck playsuit with shorts; grey backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; "he" for the woman; "they are short" for details.
    case(
        "X1179-037",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with other fabric. It has a "
            "V-shape neckline. The lady wears a short shorts. The shorts are with other fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        is_a("romper", "yes"),
        wearing("he is wearing a blue romper", "pronoun", who="she"),
        sleeve_length("long"),
        details("shorts", "they are short", "non_answer"),
        gender="Women",
        title="Rare Royal Blue Sequinned Long Sleeve Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Baby pink long-sleeve mini dress with feather trim at the hem and cuffs.
    # Caption: caption adapter, correct ("furry" for the feather trim). Answers: VQA adapter; wearing looped.
    case(
        "X1179-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline."
        ),
        color_of("dress", "pink"),
        details("dress", "feathers on the sleeves and hem"),
        wearing(
            "a pink dress with feathers and a pink dress with feathers and a pink dress with feathers and a pink dress",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a pink dress with feathers on the hem and sleeves"),
        is_a("dress", "yes"),
        gender="Women",
        title="Trendyol Pink Feather Trim Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Black double-breasted blazer dress with white contrast lapels and gold buttons.
    # Caption: caption adapter, correct. Answers: VQA adapter; details looped. No category column.
    case(
        "X1179-039",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "lapel neckline."
        ),
        color_of("dress", "black"),
        details(
            "dress",
            "gold buttons, lapel collar, gold buttons, lapel collar, gold buttons, lapel collar, gold buttons, lapel",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        pattern("color block"),
        gender="Women",
        title="SASSAFRAS Black Colourblocked Double-Breasted Blazer Dress",
        color="Black",
    ),
    # Black satin V-neck maxi slip dress with a side slit; she holds a silver clutch (prop); pink backdrop.
    # Caption: caption adapter, correct. Answers: VQA adapter; colour gave the backdrop's pink.
    case(
        "X1179-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. There is an accessory in her hand."
        ),
        color_of("dress", "pink", "contradiction"),
        wearing("a black dress", who="she"),
        details("dress", "satin, slit"),
        describe("dress", "a black satin dress with a slit on the leg, she is holding a silver clutch"),
        is_a("dress", "yes"),
        gender="Women",
        title="URBANIC Black Satin Maxi Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # White organza puff-sleeve top with a black bow at the neck, tucked into a black mini skirt.
    # Caption: caption adapter, correct. Answers: VQA adapter; "the garment" answered with the skirt's black.
    case(
        "X1179-041",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is cotton and it has pure color patterns. "
            "There is a neckwear on her neck."
        ),
        color_of("top", "white"),
        garment_color("black", "other_garment_color"),
        details("top", "a black bow on the neck, puffed sleeves"),
        wearing("blouses shirts", who="the woman"),
        sleeve_length("short"),
        gender="Women",
        title="Athena White Organza Puff Sleeve Top with Bow",
        category="Tops",
        color="White",
    ),
    # Black tiered tulle maxi skirt with a white crew-neck tee.
    # Caption: caption adapter, correct. Answers: VQA adapter; the tee given the skirt's black.
    case(
        "X1179-042",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns."
        ),
        color_of("skirt", "black"),
        color_of("shirt", "black", "contradiction"),
        wearing("a white t-shirt and a black skirt", who="she"),
        details("skirt", "tiered tulle"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Zink London Black Tiered Tulle Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Ice-blue sequinned halter crop top with white wide-leg trousers, bracelet and ring; the sequins flash silver.
    # Caption: caption adapter, cut. Answers: VQA adapter; colour "silver" for the blue top. No gender column.
    case(
        "X1179-043",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. "
            "There is an accessory on her wrist. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "silver", "contradiction"),
        wearing("a blue top and white pants"),
        is_a("crop top", "yes"),
        details("top", "halter neck, sequin"),
        title="Sera Ice Blue Sequinned Halter Crop Top",
        category="Tops",
        color="Blue",
    ),
    # Black lace long-sleeve midi dress over a nude lining, round neck.
    # Caption: caption adapter, correct ("lattice" for lace). Answers: VQA adapter; details leaked the prompt format,
    # describe ran to the limit and stopped mid-phrase.
    case(
        "X1179-044",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric. It has a round "
            "neckline."
        ),
        color_of("dress", "black"),
        details("dress", "lace Question: What is the color of the dress? Answer: black", "leak"),
        describe(
            "dress",
            "a black lace dress with long sleeves and a round neck, the dress is lined and falls below the knee, the "
            "sleeves are",
            "cut",
            hit_limit=True,
        ),
        wearing("a black lace dress", who="she"),
        sleeve_length("long"),
        gender="Women",
        title="Dressberry Black Lace Long Sleeve Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Coral one-shoulder mini dress with a large ruffle on the shoulder, no pockets.
    # Caption: caption adapter, correct. Answers: VQA adapter; describe invents pockets.
    case(
        "X1179-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline."
        ),
        color_of("dress", "orange"),
        wearing("an orange dress", who="she"),
        details("dress", "one shoulder with a ruffle"),
        describe("dress", "a coral one shoulder dress with a ruffle and pockets", "unsupported"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rare Coral Ruffled One Shoulder Mini Dress",
        category="Dresses",
        color="Coral",
    ),
]
