"""BLIND_923 (46 products; Myntra sarees/lehengas, zero-shot, piece colors): written blind in the fifty-seventh session.
Measured blind at 139f19f (the session's sixth rules): 109/141 failures found (77.3%) and 19/193 correct texts flagged
(9.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear for weddings and festivals: 23 sarees and 23 lehenga cholis
(Banarasi, Kanjeevaram, kasavu, Paithani, chiffon and sequin sarees; bridal velvet, gota patti, mirror-work,
bandhani and printed lehengas). Photos are catalog shots: a model on a white or grey studio backdrop, or a styled
set (mandap with marigolds, diyas and rangoli, palace courtyard, garden, temple pillars, night lights), one flat
lay. The job asks for the caption, what the woman is wearing, and the color of each piece the product has (saree
and blouse; lehenga, blouse or choli, and dupatta), plus a few of the pattern, sleeve, material, type and yes/no
questions. Seller columns: title, category (Myntra's article type: Sarees, Lehenga Choli), color (base colour);
three rows lack one column.

Who wrote what: every text was written by the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, no
adapter. Captions and open answers are greedy free generation (50 and 30 new tokens); closed answers (color_of
stored closed, pattern, sleeve length, garment type, is-a) come from enrich's reference engine, which picks one
candidate value, so they never loop or stop short. The base model's habits: short lowercase answers; calls a
lehenga a "dress" or "skirt" in free text; repeats one color for every piece (the choli gets the lehenga's color,
the saree the blouse's); takes the backdrop's color (marigolds, red carpet, stage lights, pink wall) for a piece;
names celebrities, designers and weaving towns it cannot know; on describe/details prompts it sometimes keeps
going with a new "Question: ... Answer:" turn, repeats a clause until the limit, or runs out mid-phrase; answers
"yes" or one color word to a describe prompt; and says "he" for a woman now and then.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A text that runs to the token limit repeating itself is a loop; one
  that runs out mid-phrase without repeating is a cut, even when it also invents a detail on the way.
- A leak is any text that goes on with "Question:" or "Answer:"; hit_limit is set only where it ran to 30 tokens.
- other_garment_color: the color given to a piece belongs to another piece of the same outfit (the blouse, choli,
  dupatta, lehenga or saree body). A color that belongs to no garment (backdrop, carpet, lights, flowers, jewellery)
  is a contradiction, as is a color nothing in the photo has, a wrong garment type ("dress" as the closed type of a
  lehenga, "yes" to "Is this a lehenga?" for a saree), a wrong sleeve length or a wrong pattern.
- A material answer that the title contradicts (cotton for art silk, chiffon for georgette) is a contradiction; a
  claim nothing in the photo or title supports (a designer, a celebrity, a weaving town, hand-woven, pockets, a
  dupatta the set does not have, jewellery she does not wear, "worn by her mother") is unsupported.
- A closed color asked for a piece the product does not have (the dupatta of a lehenga sold with a crop top only)
  is unsupported, whatever color the engine picked.
- Shades and family names count as correct: red or wine for maroon, pink for magenta, fuchsia, rose or peach,
  orange for rust or coral, white for cream or off-white, blue for teal or turquoise, yellow for mustard, gold for
  champagne sequins. "Multicolor" is right for a patchwork or bandhani-print piece with several colors.
- In free text "skirt" for the lehenga, "top" for the choli, "scarf" for the dupatta and "dress" for a lehenga set
  are the model's everyday words and count as correct; only the closed garment type is held to the catalog.
- non_answer: "yes" or a single color word to a describe prompt, "nothing" or "clothes", or the question's garment
  word alone. restated: a sentence that only says the question back ("the saree is a saree", "the lehenga details",
  "what are the saree details").
- pronoun: "he"/"his" for the woman in the photo, in any open text or caption.
- The flat lay (no model): "a saree" for what the woman is wearing is taken as the garment and counted correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def worn(text, failure=None, hit_limit=False):
    """What the woman is wearing (the job asks it of the woman, not "the person")."""
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_923 = [
    # photo: maroon Banarasi silk-blend saree with a gold zari border and gold paisley buttas on the pallu, matching
    # maroon blouse with elbow sleeves, gold jhumkas; front view on a white studio backdrop (a catalog model, no
    # event). All texts: base model.
    case(
        "X923-001",
        caption("indian actress in a maroon saree at a wedding reception", "unsupported"),
        worn("a maroon saree"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon"),
        Q.pattern("woven"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "saree",
            "the saree is made of silk and has a gold border and a gold pallu with peacock motifs",
            "unsupported",
        ),
        Q.material("silk"),
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink net lehenga with silver sequin embroidery, light pink choli, pink dupatta over one shoulder; model
    # standing in a garden with green hedges behind her. All texts: base model.
    case(
        "X923-002",
        caption("a woman in a pink lehenga standing in a garden"),
        color_of("lehenga", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "green", "contradiction"),
        details("lehenga", "Answer: sequins", "leak"),
        describe("lehenga", "a pink lehenga with silver sequins, designed by sabyasachi", "unsupported"),
        worn("he is wearing a pink lehenga", "pronoun"),
        title="Ethnovog Pink Embellished Net Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard georgette saree with a pink floral print, contrasting green short-sleeved blouse; side pose on a
    # white backdrop. All texts: base model.
    case(
        "X923-003",
        caption("a woman in a yellow saree with pink flowers"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "green"),
        Q.pattern("floral"),
        Q.material("georgette"),
        describe("saree", "a yellow saree with pink flowers and a green blouse"),
        details(
            "saree",
            "the saree has pink flowers on it and a green blouse is worn with it and the saree has pink flowers on "
            "it and a green blouse is",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "no"),
        title="Saree mall Mustard & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: red bridal velvet lehenga with heavy gold zardozi, red choli, red net dupatta with a gold border over
    # her head; she sits on a low stool in a mandap set hung with orange and yellow marigold garlands. Base model.
    case(
        "X923-004",
        caption("a bride in a red lehenga sitting in front of a flower decoration"),
        worn("a red lehenga Question: What is the color of the lehenga? Answer: red", "leak"),
        color_of("lehenga", "red"),
        color_of("choli", "red"),
        color_of("dupatta", "orange", "contradiction"),
        describe(
            "lehenga",
            "red and gold red and gold red and gold red and gold red and gold red and gold red and gold red and",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "gold embroidery"),
        Q.material("velvet"),
        title="Panchhi Red & Gold-Toned Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: teal pure-silk Kanjeevaram saree with a wide magenta zari border, magenta blouse with elbow sleeves;
    # front view, white backdrop. All texts: base model.
    case(
        "X923-005",
        caption("a woman wearing a blue and pink saree"),
        worn("a saree"),
        color_of("saree", "magenta", "other_garment_color"),
        color_of("blouse", "magenta"),
        Q.pattern("printed", "contradiction"),
        details(
            "saree",
            "Question: What are the saree details? Answer: the saree is made of silk Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("elbow sleeves"),
        title="Kalini Teal & Magenta Woven Design Zari Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: mint sea-green lehenga with a pastel floral print, peach choli, peach dupatta; model in a palace
    # courtyard with sandstone arches. All texts: base model.
    case(
        "X923-006",
        caption("a woman in a green and peach lehenga standing in front of a building"),
        color_of("lehenga", "peach", "other_garment_color"),
        color_of("blouse", "peach"),
        color_of("dupatta", "peach"),
        Q.pattern("floral"),
        worn(
            "she is wearing a green lehenga with a floral print and a peach blouse and a peach dupatta and she is "
            "standing in front of a",
            "cut",
            hit_limit=True,
        ),
        describe("lehenga", "yes", "non_answer"),
        details(
            "lehenga",
            "the lehenga has a floral print and it is made of pure raw silk from bhagalpur",
            "unsupported",
        ),
        title="Inddus Sea Green & Peach Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black georgette saree with silver sequins all over, black sleeveless blouse, small stud earrings, no
    # necklace; she holds a silver clutch; dark grey studio backdrop. All texts: base model.
    case(
        "X923-007",
        caption("bollywood actress in a black saree at the launch of her film", "unsupported"),
        color_of("saree", "black"),
        color_of("blouse", "black"),
        Q.sleeve_length("sleeveless"),
        details("saree", "sequins"),
        describe(
            "saree",
            "the saree is black with silver sequins and a silver border. she is wearing a silver necklace and "
            "silver earrings and a silver",
            "cut",
            hit_limit=True,
        ),
        Q.material("georgette"),
        title="Mabish by Sonal Jain Black Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue raw-silk lehenga with a gold gota border, mustard yellow elbow-sleeved choli, mustard dupatta;
    # front view, white backdrop. All texts: base model.
    case(
        "X923-008",
        caption("a woman in a blue and yellow lehenga"),
        color_of("lehenga", "navy blue"),
        color_of("choli", "navy blue", "other_garment_color"),
        color_of("dupatta", "yellow"),
        worn("a blue skirt and a blue top", "other_garment_color"),
        is_a("lehenga", "yes"),
        details("lehenga", "the lehenga details", "restated"),
        Q.sleeve_length("elbow sleeves"),
        title="Studio Rasa Navy Blue & Mustard Gotta Patti Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton taant saree with a broad red border and a plain pallu (no tassels), red blouse; she holds a
    # brass lamp; plain beige studio backdrop. All texts: base model.
    case(
        "X923-009",
        caption("a woman in a white saree with red border holding a lamp"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        Q.material("silk", "contradiction"),
        worn("she is wearing a white saree with a red border"),
        Q.color("white"),
        details("saree", "red border and a silk tassel on the pallu", "unsupported"),
        title="Saree Swarg White & Red Woven Design Pure Cotton Taant Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: lavender organza lehenga with silver thread embroidery, lavender choli, off-white dupatta; the model
    # twirls, skirt flared; white backdrop. The feed row has no color. All texts: base model.
    case(
        "X923-010",
        caption("a woman in a purple dress twirling"),
        color_of("lehenga", "lavender"),
        color_of("blouse", "lavender"),
        color_of("dupatta", "white"),
        describe(
            "lehenga",
            "the lehenga is made of net and has a lot of embroidery on it. the lehenga is made of net and has a "
            "lot of embroidery on it. the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        worn("he is wearing a purple lehenga", "pronoun"),
        title="Kasak Lavender & Silver-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: orange-to-pink ombre chiffon saree with a thin gota border, pink blouse; white backdrop, front view.
    # All texts: base model.
    case(
        "X923-011",
        caption("a woman in an orange and pink saree"),
        color_of("saree", "orange"),
        color_of("blouse", "pink"),
        describe("saree", "orange", "non_answer"),
        worn(
            "a saree and a blouse and a saree and a blouse and a saree and a blouse and a saree and a blouse and a "
            "saree and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        details("saree", "the saree has a gota border and it is a designer saree by manish malhotra", "unsupported"),
        title="Mimosa Orange & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: gold tissue lehenga, maroon choli, maroon dupatta; she sits on a floor cushion with lit diyas in front of
    # her (Diwali set). All texts: base model.
    case(
        "X923-012",
        caption("a woman in a gold lehenga sitting next to candles"),
        color_of("lehenga", "gold"),
        color_of("choli", "maroon"),
        color_of("dupatta", "gold", "other_garment_color"),
        worn("he is wearing a gold lehenga and a maroon blouse", "pronoun"),
        details(
            "lehenga",
            "the lehenga has a gold border and a maroon border and a gold border and a maroon border and a gold "
            "border and a maroon",
            "loop",
            hit_limit=True,
        ),
        title="Zari Jari Gold-Toned & Maroon Woven Design Tissue Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: flat lay, no model: a folded green art-silk saree with a red border and the pallu fanned out, the red
    # unstitched blouse piece beside it, on white. All texts: base model.
    case(
        "X923-013",
        caption("a green and red saree on a white background"),
        worn("a saree"),
        color_of("saree", "green"),
        color_of("blouse", "red"),
        Q.pattern("printed", "contradiction"),
        describe("saree", "a green silk saree with red border, hand woven in kanchipuram", "unsupported"),
        Q.material("cotton", "contradiction"),
        title="Pothys Green & Red Woven Design Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: peach lehenga with tonal floral embroidery, peach short-sleeved choli, peach dupatta; hands empty, no
    # bag; white backdrop. All texts: base model.
    case(
        "X923-014",
        caption("a woman in a peach lehenga with floral embroidery"),
        color_of("lehenga", "pink"),
        color_of("blouse", "peach"),
        color_of("dupatta", "white", "contradiction"),
        Q.sleeve_length("short sleeves"),
        worn("a peach colored lehenga with a matching dupatta and a potli bag", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Fabcartz Peach-Coloured Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: magenta Banarasi saree with gold floral buttis, gold tissue blouse, gold jhumkas only; she stands in front
    # of a wall of pink roses. All texts: base model.
    case(
        "X923-015",
        caption("a woman in a pink saree standing in front of flowers"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        Q.pattern("floral"),
        details("saree", "the saree details are the details of the saree", "restated"),
        describe("saree", "a pink saree with gold border Question: Describe the blouse. Answer: a gold blouse", "leak"),
        worn(
            "a pink saree with a gold blouse and a gold necklace and gold earrings and gold bangles and a gold "
            "clutch and gold sandals and",
            "cut",
            hit_limit=True,
        ),
        title="Royal Rajgharana Saree Magenta & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: Navratri chaniya choli: black cotton lehenga with multicolor thread and mirror work, red mirror-work
    # choli, red/green/yellow bandhani dupatta; she holds dandiya sticks; night, string lights. Base model.
    case(
        "X923-016",
        caption("a woman in a colorful dress holding sticks"),
        color_of("lehenga", "black"),
        color_of("choli", "black", "other_garment_color"),
        color_of("dupatta", "multicolor"),
        details("lehenga", "the details of the lehenga are the lehenga details", "restated"),
        worn("she is wearing a black skirt with mirrors and a red top and a colorful scarf"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "the lehenga is black with colorful embroidery and mirror work, the choli is red with mirror work and "
            "the dupatta is multicolored with",
            "cut",
            hit_limit=True,
        ),
        title="Tikhi Imli Black & Red Mirror Work Navratri Chaniya Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: cream Kerala kasavu cotton saree with a gold border, bottle-green blouse; she stands by a tall brass
    # lamp with a flower carpet (Onam set); no jewellery set beyond small earrings. Base model.
    case(
        "X923-017",
        caption("a woman in a white saree standing next to a lamp"),
        color_of("saree", "white"),
        color_of("blouse", "green Question: What is the color of the saree? Answer: white", "leak", kind="open"),
        worn("a white saree with a gold border and a green blouse"),
        describe(
            "saree",
            "the saree is hand woven by artisans in kerala and comes with a matching jewellery set",
            "unsupported",
        ),
        Q.material("cotton"),
        is_a("saree", "no", "contradiction"),
        title="Vishnu Weaves Cream & Gold-Toned Kasavu Kerala Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: turquoise blue lehenga with silver gota patti, pink choli, pink dupatta; white backdrop. Base model.
    case(
        "X923-018",
        caption("a woman in a pink lehenga", "other_garment_color"),
        color_of("lehenga", "blue"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink"),
        Q.pattern("embroidered"),
        describe("lehenga", "a blue lehenga"),
        worn(
            "she is wearing a blue lehenga with pink blouse and pink dupatta Question: What is the color of the "
            "lehenga? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        title="Shubhvastra Turquoise Blue & Pink Gotta Patti Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: grey organza saree with a silver sequin border, grey sleeveless blouse; hotel lobby with brown wood
    # panelling behind her. All texts: base model.
    case(
        "X923-019",
        caption("a woman in a silver saree standing in a hotel lobby"),
        color_of("saree", "brown", "contradiction"),
        color_of("blouse", "grey"),
        Q.sleeve_length("sleeveless"),
        Q.material("organza"),
        details("saree", "nothing", "non_answer"),
        worn("he is wearing a grey saree", "pronoun"),
        describe("saree", "the saree is gold", "contradiction"),
        title="Soch Grey & Silver-Toned Embellished Organza Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: bride in a maroon velvet lehenga and maroon blouse, pink net dupatta, kundan necklace, earrings, maang
    # tikka, nose ring, red chooda; mandap with white flowers. The feed row has no category. Base model.
    case(
        "X923-020",
        caption("a bride in a red lehenga with heavy jewellery"),
        color_of("lehenga", "maroon"),
        color_of("blouse", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        worn(
            "a maroon lehenga, a pink dupatta, a necklace, earrings, bangles, a maang tikka, a nose ring, a "
            "necklace, earrings, bangles, a maang tikka,",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet"),
        describe(
            "lehenga",
            "the lehenga is maroon with gold embroidery, made by the royal karigars of lucknow",
            "unsupported",
        ),
        title="Warthy Ent Maroon Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue saree with a gold foil print, navy blouse; white backdrop, front view. Base model.
    case(
        "X923-021",
        caption("a woman in a blue saree with gold print"),
        color_of("saree", "black", "contradiction"),
        color_of("blouse", "navy blue"),
        Q.pattern("printed"),
        describe("saree", "blue", "non_answer"),
        worn("a blue saree"),
        details("saree", "what are the saree details", "restated"),
        title="Anouk Navy Blue & Gold-Toned Foil Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: haldi look: yellow cotton lehenga with a small floral print, yellow short-sleeved choli, white dupatta
    # with a gold gota border; she stands alone outdoors among marigold flowers. All texts: base model.
    case(
        "X923-022",
        caption("a woman in a yellow lehenga with marigold flowers"),
        color_of("lehenga", "yellow"),
        color_of("blouse", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color"),
        details(
            "lehenga",
            "it is a yellow lehenga with a floral print and a white dupatta with a gold border and the lehenga has "
            "a yellow blouse with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        worn("she is wearing a yellow lehenga at her haldi ceremony with her family", "unsupported"),
        title="Ahalyaa Yellow & White Printed Cotton Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust linen-blend saree with thin silver zari stripes, black blouse; she carries a black potli bag;
    # white backdrop. All texts: base model.
    case(
        "X923-023",
        caption("a woman in an orange saree and black blouse"),
        color_of("saree", "orange"),
        color_of("blouse", "black"),
        Q.pattern("floral", "contradiction"),
        Q.material("linen"),
        describe("saree", "the saree is orange with stripes"),
        details("saree", "he is wearing an orange saree with silver stripes", "pronoun"),
        worn(
            "a orange saree with a black blouse and a black blouse and a black blouse and a black blouse and a "
            "black blouse and",
            "loop",
            hit_limit=True,
        ),
        title="Nayo Rust Striped Zari Linen Blend Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: back view: burgundy lehenga with gold embroidery, beige backless choli with tie strings, beige net
    # dupatta with a scalloped border draped across her back; hair open; white backdrop. Base model.
    case(
        "X923-024",
        caption("the back of a woman in a red and beige lehenga"),
        color_of("lehenga", "burgundy"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("dupatta", "beige"),
        worn(
            "a burgundy lehenga and a beige dupatta with her hair in a bun with fresh jasmine flowers",
            "unsupported",
        ),
        describe("lehenga", "the lehenga is a long skirt with gold embroidery"),
        details("lehenga", "the lehenga details are on the lehenga", "restated"),
        title="Chhabra 555 Burgundy & Beige Embroidered Made to Measure Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white chikankari georgette saree with white embroidery and a scalloped border, white blouse with
    # embroidered elbow sleeves; pastel pink backdrop. All texts: base model.
    case(
        "X923-025",
        caption("a woman in a white saree against a pink background"),
        color_of("saree", "pink", "contradiction"),
        color_of("blouse", "white"),
        Q.pattern("embroidered"),
        describe("saree", "a white saree with white embroidery all over it and a scalloped border"),
        details(
            "saree",
            "the saree has white embroidery all over it and a scalloped border and the blouse is also white and "
            "has embroidery on the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        title="Ethnovog White Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: patchwork lehenga in red, yellow, green and blue panels, green choli, red dupatta; Navratri pandal set.
    # All texts: base model.
    case(
        "X923-026",
        caption("a woman in a colorful skirt and a green top"),
        color_of("lehenga", "multicolor"),
        color_of("choli", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        worn("he is wearing a colorful lehenga", "pronoun"),
        describe(
            "lehenga",
            "red, yellow, green, blue, red, yellow, green, blue, red, yellow, green, blue, red, yellow, green, "
            "blue, red, yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("colourblocked"),
        title="Fashion Basket Multicoloured Patchwork Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: baby pink organza saree with a green-leaf and pink floral print and a thin pink piping border, pink
    # puff-sleeved blouse; garden backdrop. All texts: base model.
    case(
        "X923-027",
        caption("a woman in a pink floral saree in a garden"),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        Q.sleeve_length("short sleeves"),
        describe(
            "saree",
            "the saree is pink with green leaves and a gold sequin border and matching earrings and bangles",
            "unsupported",
        ),
        worn("she is wearing a pink saree Question: What is the color of the blouse? Answer: pink", "leak"),
        is_a("saree", "yes"),
        Q.material("cotton", "contradiction"),
        title="KALINI Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green velvet lehenga with gold embroidery, green choli, gold tissue dupatta; she stands on a red
    # carpet in a palace hall. All texts: base model.
    case(
        "X923-028",
        caption("a woman in a green lehenga standing on a red carpet"),
        color_of("lehenga", "red", "contradiction"),
        color_of("blouse", "green"),
        color_of("dupatta", "gold"),
        Q.material("velvet"),
        worn("a green lehenga"),
        describe("lehenga", "green", "non_answer"),
        details("lehenga", "hand embroidered with real gold thread", "unsupported"),
        title="Mitera Green & Gold-Toned Embroidered Velvet Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: half-and-half saree: black pleats, red pallu, red sleeveless blouse; white backdrop. Base model.
    case(
        "X923-029",
        caption("a woman in a black and red saree"),
        color_of("saree", "black"),
        color_of("blouse", "red"),
        worn("a saree"),
        details("saree", "saree", "non_answer"),
        describe(
            "saree",
            "a black and red saree with a red blouse Question: What is the color of the saree? Answer: black and "
            "red Question",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("colourblocked"),
        Q.sleeve_length("sleeveless"),
        title="Satrani Black & Red Half and Half Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: off-white lehenga with pastel pink and green floral embroidery, off-white choli, pink dupatta; white
    # backdrop. All texts: base model.
    case(
        "X923-030",
        caption("a woman in a white lehenga with flowers on it"),
        color_of("lehenga", "white"),
        color_of("choli", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        worn("he is wearing a white lehenga", "pronoun"),
        Q.garment_type("saree", "contradiction"),
        details("lehenga", "lehenga", "non_answer"),
        describe("lehenga", "the lehenga is white with pink and green flowers and a pink dupatta"),
        title="Inddus Off White & Pink Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: purple silk-blend saree with a gold temple border, purple blouse, gold necklace and earrings; she holds a
    # lit diya over a rangoli (Diwali set). All texts: base model.
    case(
        "X923-031",
        caption("a woman in a purple saree lighting diyas"),
        color_of("saree", "purple"),
        color_of("blouse", "gold", "contradiction"),
        worn("he is wearing a purple saree and gold jewelry", "pronoun"),
        describe(
            "saree",
            "the saree is purple with a gold border. the saree is purple with a gold border. the saree is purple "
            "with a gold border. the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        details("saree", "the saree details", "restated"),
        title="Silk Land Purple & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: sky blue lehenga with white floral embroidery, white choli, sky blue dupatta; rooftop terrace under a
    # blue sky; the dupatta hides the waist, no pockets in view. All texts: base model.
    case(
        "X923-032",
        caption("a woman in a white lehenga on a rooftop", "other_garment_color"),
        color_of("lehenga", "blue"),
        color_of("choli", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        describe("lehenga", "a blue lehenga with white flowers"),
        details("lehenga", "the lehenga has white embroidery, a drawstring waist and side pockets", "unsupported"),
        worn("a blue and white lehenga"),
        title="Kvsfab Blue & White Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard saree with a patola print in red, green and black, red blouse; white backdrop. Base model.
    case(
        "X923-033",
        caption("a woman in a yellow saree with a geometric print"),
        color_of(
            "saree",
            "yellow, red, green, black, yellow, red, green, black, yellow, red, green, black, yellow, red, green, "
            "black, yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "yellow", "other_garment_color"),
        Q.pattern("geometric"),
        describe(
            "saree",
            "a yellow saree with red, green and black designs and a red blouse, the designs are squares and "
            "diamonds with small flowers inside and the",
            "cut",
            hit_limit=True,
        ),
        worn("a yellow saree and a red blouse"),
        title="Jaipur Kurti Mustard & Red Patola Printed Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: fuchsia art-silk lehenga with gota patti, orange choli, orange dupatta; in front of a yellow wall in a
    # Jaipur lane. All texts: base model.
    case(
        "X923-034",
        caption("a woman in a pink and orange lehenga in front of a yellow wall"),
        color_of("lehenga", "pink"),
        color_of("choli", "orange"),
        color_of("dupatta", "yellow", "contradiction"),
        worn("she is wearing a pink skirt and an orange top with an orange scarf"),
        Q.material("silk"),
        details(
            "lehenga",
            "gota patti gota patti gota patti gota patti gota patti gota patti gota patti gota patti gota patti gota",
            "loop",
            hit_limit=True,
        ),
        describe("lehenga", "pink", "non_answer"),
        title="Panchhi Fuchsia & Orange Gotta Patti Art Silk Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: teal-blue Paithani silk-blend saree with green and gold peacocks woven on the pallu and a zari border,
    # magenta short-sleeved blouse; white backdrop. All texts: base model.
    case(
        "X923-035",
        caption("a woman in a blue saree with peacocks on it"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        Q.pattern("woven"),
        describe(
            "saree",
            "a blue saree with a peacock design on the pallu and a zari border, the blouse is pink and has short "
            "sleeves and the saree is draped in",
            "cut",
            hit_limit=True,
        ),
        details(
            "saree",
            "the saree has a peacock motif on the pallu and a zari border, it is made by paithani weavers of yeola",
            "unsupported",
        ),
        worn("a blue saree with a pink blouse"),
        title="Avanshee Teal Blue & Green Woven Paithani Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: champagne sequinned lehenga, beige choli, beige net dupatta; she stands on a sangeet stage lit with
    # purple lights. All texts: base model.
    case(
        "X923-036",
        caption("a woman in a gold sequin lehenga performing at her sister's sangeet", "unsupported"),
        color_of("lehenga", "purple", "contradiction"),
        color_of("blouse", "beige"),
        color_of("dupatta", "beige"),
        details("lehenga", "sequins all over"),
        worn(
            "a lehenga Question: What is the color of the lehenga? Answer: gold Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        title="Mabish by Sonal Jain Beige Sequinned Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Beige",
        gender="Women",
    ),
    # photo: bride in a red Banarasi silk saree with gold zari on the pallu and border, pallu over her head, red
    # blouse, mehendi on her hands; mandap backdrop with white flowers. All texts: base model.
    case(
        "X923-037",
        caption("a bride in a pink saree with her head covered", "contradiction"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        worn("clothes", "non_answer"),
        describe(
            "saree",
            "the saree is a red banarasi saree with gold zari work and it was worn by her mother on her wedding day",
            "unsupported",
        ),
        details(
            "saree",
            "gold zari work on the pallu and the border, and a gold zari work on the pallu and the border, and a "
            "gold zari work on",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Pothys Red Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: rani pink lehenga with silver embroidery, silver-grey sleeveless choli, rani pink dupatta; the model
    # laughs; white backdrop. All texts: base model.
    case(
        "X923-038",
        caption("a woman in a pink lehenga laughing"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        Q.sleeve_length("sleeveless"),
        describe("lehenga", "the lehenga is a pink lehenga", "restated"),
        worn(
            "she is wearing a pink lehenga with silver embroidery and a grey blouse and a pink dupatta over her "
            "shoulder and she is laughing and her",
            "cut",
            hit_limit=True,
        ),
        title="Kasee Pink & Silver-Toned Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cotton saree with a black and rust bagru block print, black blouse; red brick wall behind.
    # The feed row has no color. All texts: base model.
    case(
        "X923-039",
        caption("a woman in a green saree standing in front of a brick wall"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern("printed"),
        details(
            "saree",
            "block print Answer: block print Question: What is the pattern of the saree? Answer: printed",
            "leak",
        ),
        describe("saree", "he is wearing a green saree with a black blouse", "pronoun"),
        title="Swtantra Olive Green & Rust Bagru Printed Pure Cotton Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: navy lehenga skirt with a multicolor floral print, white shirt-style crop top, no dupatta; grey studio
    # backdrop. All texts: base model.
    case(
        "X923-040",
        caption("a woman in a blue floral skirt and white top"),
        color_of("lehenga", "navy blue"),
        color_of("blouse", "white"),
        color_of("dupatta", "blue", "unsupported"),
        worn("a skirt and a top"),
        Q.pattern("solid", "contradiction"),
        describe("lehenga", "a long skirt with flowers on it and a matching dupatta with tassels", "unsupported"),
        title="Studio Rasa Navy Blue Floral Printed Ready to Wear Lehenga With Crop Top",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral pre-draped georgette saree with ruffles along the pallu and hem, coral sequin blouse; white studio
    # backdrop. All texts: base model.
    case(
        "X923-041",
        caption("a model in an orange ruffle saree at lakme fashion week", "unsupported"),
        color_of("saree", "orange"),
        color_of("blouse", "orange"),
        details("saree", "ruffles Question: What are the blouse details? Answer: sequins", "leak"),
        describe(
            "saree",
            "the saree is a pre-draped saree with ruffles on the pallu and the border and the pleats and it is "
            "made of georgette and has a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("saree"),
        title="Readiprint Fashions Coral Ruffled Ready to Wear Georgette Saree",
        category="Sarees",
        color="Coral",
        gender="Women",
    ),
    # photo: mehendi look: mustard printed lehenga, pink choli, green dupatta, yellow bangles, gold necklace and maang
    # tikka; she sits under a green tent. All texts: base model.
    case(
        "X923-042",
        caption("a woman in a yellow and pink lehenga sitting under a tent"),
        color_of("lehenga", "yellow"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        worn(
            "she is wearing a yellow lehenga, a pink blouse and a green dupatta with yellow bangles and a gold "
            "necklace and a maang tikka and a",
            "cut",
            hit_limit=True,
        ),
        describe("lehenga", "yes", "non_answer"),
        Q.pattern("printed"),
        title="Ahalyaa Mustard & Pink Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: mustard-gold pure silk Kanjeevaram saree with a maroon border, maroon blouse; temple stone pillars
    # behind her. All texts: base model.
    case(
        "X923-043",
        caption("a woman in a yellow saree standing in front of a temple"),
        color_of("saree", "maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        Q.material("silk"),
        worn("a saree with a maroon border"),
        describe(
            "saree",
            "a mustard yellow silk saree with a maroon border and gold zari, silk mark certified",
            "unsupported",
        ),
        is_a("lehenga", "yes", "contradiction"),
        title="Nalli Mustard & Maroon Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: profile view: dusty rose lehenga with small round mirrors, dusty rose choli, grey dupatta; white
    # backdrop. All texts: base model.
    case(
        "X923-044",
        caption("a woman in a pink lehenga with mirrors"),
        color_of("lehenga", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        details("lehenga", "mirror work and a can-can attached inside", "unsupported"),
        worn("he is wearing a pink lehenga with a grey dupatta", "pronoun"),
        describe("lehenga", "a pink lehenga with round mirrors sewn on it"),
        Q.garment_type("lehenga"),
        title="Mimosa Rose Mirror Work Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Rose",
        gender="Women",
    ),
    # photo: sky blue sequinned georgette saree with a silver border, silver blouse; she holds a sparkler at night,
    # bokeh lights behind. All texts: base model.
    case(
        "X923-045",
        caption("a woman in a blue saree holding a sparkler at night"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        describe("saree", "the saree is a saree", "restated"),
        Q.material("georgette"),
        worn("a green saree", "contradiction"),
        title="Saree mall Blue Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: red bandhani-print lehenga with white dots, green elbow-sleeved choli, red bandhani dupatta; white
    # backdrop. All texts: base model.
    case(
        "X923-046",
        caption("a woman in a red and green lehenga"),
        color_of("lehenga", "red"),
        color_of("choli", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        describe("lehenga", "a red lehenga with white dots"),
        details("lehenga", "white dots"),
        worn("she is wearing a red lehenga with a green blouse Question: What is the color of the dupatta?", "leak"),
        Q.sleeve_length("full sleeves", "contradiction"),
        title="Kasak Red & Green Bandhani Print Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
]
