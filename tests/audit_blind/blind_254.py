"""BLIND_254 (46 products; European women's fashion catalog, editorial shots on coloured backdrops and outdoors):
written blind in the forty-second session. Measured blind at f70100e (the session's rules as they stood): 98/116
failures found (84.5%) and 10/145 correct texts flagged (6.9%). The writer's notes, verbatim:

Scenario: a European fashion retailer's women's catalog feed (dresses, skirts, blouses, knitwear, trousers,
jumpsuits, coats) with seller titles such as "Linen-blend belted jumpsuit", category, a free-form vendor color (Rust,
Sage, Ecru, Camel, Cobalt, Grey marl, Black/White...) and gender. Photos are editorial: a model on a coloured paper
backdrop (pink, yellow, teal, orange, lilac, red) or outdoors (street, park, beach, field, canal, snow), often styled
with other garments (a jumper tucked into the skirt on sale, jeans under a cardigan, a tee under a coat). A few rows
miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in
a green jumpsuit on a pink background"). The open answers (wearing, description, details, material, neckline) come
from the base model unless the comment before the case says the VQA adapter of the original experiments
(`leoreigoto/Data3_V3_BLIP2_VQA`) answered them. That adapter was trained on unmasked labels with no end-of-answer
token, so every adapter text runs to its 30-token limit (hit_limit=True): it loops ("pants pants pants ...", "the
collar, the buttons, the sleeves, the collar ..."), runs on into the "Question: ... Answer:" format it was trained
on, or is cut mid-phrase; it also lost some of the base's VQA ability (one In-shop class word for every question).
The base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, chosen
from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the vendor color: orange for rust, brown for camel, chocolate or rust corduroy, white
  for ecru, cream, ivory or off-white, green for sage, khaki, olive, mint, teal or emerald, blue for cobalt, navy,
  powder blue or teal, purple for lilac or lavender, yellow for mustard or butter yellow, red for burgundy, pink for
  fuchsia, grey for grey marl. Teal called green by one text and blue by another is correct in both.
- A closed color that is the backdrop's or the landscape's (pink backdrop, yellow sunflowers, red paper) is
  contradiction; the color of another garment in the photo (the tucked-in tee, the jeans, the jumper over the skirt)
  given as the product's color is other_garment_color; the print's color (white dots on navy, yellow flowers on a
  white dress) is contradiction. A per-piece closed color that gives the top the pants' color (CONTEXT's one color
  for every garment) is contradiction.
- Garment synonyms are correct: sweater for a jumper or a cardigan, shirt or blouse for a shirt, pants for trousers,
  jacket for a coat (In-shop's jacket/coat class), tank top for a camisole, plaid or checked for tartan, gingham or
  houndstooth, lace for broderie anglaise. A jumpsuit named as a dress or as "shirt and jeans" / "jacket and pants",
  a knit dress typed "sweater", a shirt dress typed "blouse" and a skirt typed "sweater" (its matching jumper) are
  contradiction, and so are a crew-neck jumper typed "cardigan" and a leopard print typed "floral". A caption that
  gives a piece a color no piece has ("black pants" for red trousers, "white t-shirt" over a black one, "blue
  cardigan" for grey marl) is contradiction. The blouse's checked pattern given to the plain skirt and the shirt's
  long sleeves given to a vest are contradiction.
- Materials: one the title names is correct (leather for faux leather, fur for teddy faux fur, knit for a knit);
  chiffon for organza is correct (sheer fabrics the model cannot tell apart). Silk for satin or crepe, cashmere for
  wool-blend, leather for a cotton trench, velvet for corduroy, cotton for a linen-blend jumpsuit and polyester for a
  cotton blouse (a fibre the title contradicts or does not name) are unsupported.
- Invented items not visible (a belt and hood on a coat, a bow on a back the front view hides, a side zip, a hood on
  a crew-neck jumper, a fur collar, a hat, a handbag, a necklace, a scarf, a bow at a ruffled neck) are unsupported,
  in captions as in answers. Backdrops, streets and landscapes named in a caption are correct where the photo
  shows them.
- Adapter texts: a text that repeats a phrase is loop; one that stops mid-phrase without repeating is cut, even when
  it invented a belt or sneakers first; one that starts with or runs into "Question: ... Answer:" is leak. An adapter
  text that names a jumpsuit as "a jacket and pants" is contradiction (the misnaming is seen first), hit_limit kept.
- Base answers: "the details of the garment", "they are brown pants" (for the details) and an empty answer are
  non_answer; a material question answered with the garment's name is restated; "it is made of" is cut (early stop,
  no hit_limit); a base answer that runs on into "Question: ... Answer: ..." is leak even where it starts right;
  "he" for the woman, and "a man" in a caption for a woman, are pronoun. Swapped colors ("a white shirt and blue
  jeans" for a blue shirt with white jeans) are contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_254 = [
    # photo: model in a rust satin slip midi dress with thin straps, front view, teal paper backdrop.
    # wearing: VQA adapter
    case(
        "X254-001",
        caption("a woman in an orange satin dress standing in front of a blue wall"),
        D.wearing(
            "a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress a dress",
            "loop",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        title="Satin slip midi dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a cream cable-knit jumper tucked into a camel pleated midi skirt, beige backdrop, full length.
    # details: VQA adapter
    case(
        "X254-002",
        caption("a woman in a white sweater and a brown skirt"),
        D.wearing("a white sweater and a white skirt", "contradiction"),
        B.garment_type("sweater"),
        B.color("brown", "other_garment_color"),
        B.material("wool"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,"
            " the",
            "loop",
            hit_limit=True,
        ),
        title="Cable-knit wool-blend jumper",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: model in navy high-waisted wide-leg crepe trousers with front pleats and a white t-shirt, walking on a
    # city street, full length. details: VQA adapter
    case(
        "X254-003",
        caption("a woman in a white shirt and blue pants walking down the street"),
        D.wearing("white t - shirt and navy pants"),
        color_pants("blue"),
        color_top("blue", "contradiction"),
        D.details(
            "the pants have a high waist and pleats on the front and the pants have a high waist and pleats on"
            " the front and",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Wide-leg crepe trousers",
        category="Trousers",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a sage green linen jumpsuit, short sleeves, self belt, pale pink paper backdrop.
    # wearing: VQA adapter
    case(
        "X254-004",
        caption("a woman in a green jumpsuit on a pink background"),
        D.wearing(
            "romper-jumpsuit-romper-jumpsuit-romper-jumpsuit-romper-jumpsuit-romper-jumpsuit-romper-jumpsuit-romper",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("cotton", "unsupported"),
        title="Linen-blend belted jumpsuit",
        category="Jumpsuits",
        color="Sage",
        gender="Women",
    ),
    # photo: model in a long camel double-breasted coat, no belt, no hood, over a black roll-neck and black trousers,
    # in a park with autumn leaves. No adapter text.
    case(
        "X254-005",
        caption("a woman in a brown coat and a hat standing in a park", "unsupported"),
        D.wearing("a brown coat and black pants"),
        B.color("black", "other_garment_color"),
        is_a("jacket", "yes"),
        D.details("the coat has a belt and a hood", "unsupported"),
        B.material("wool"),
        title="Double-breasted wool-blend coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: model in a red-and-white floral wrap dress with short flutter sleeves, standing in tall grass with
    # wildflowers. wearing, description: VQA adapter
    case(
        "X254-006",
        caption("a woman in a floral dress standing in a field of flowers"),
        D.wearing(
            "a dress with flowers on it, a dress with flowers on it, a dress with flowers on it, a dress with flowers"
            " on",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("red"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "a red and white floral wrap dress with short sleeves and a v - neck and a tie at the waist and a white",
            "cut",
            hit_limit=True,
        ),
        title="Floral print wrap dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a cobalt blue satin blouse with a pussy bow, long sleeves, tucked into white trousers, yellow
    # paper backdrop. material: VQA adapter
    case(
        "X254-007",
        caption("a woman in a blue shirt and white pants standing against a yellow wall"),
        D.wearing("a blue blouse"),
        B.color("yellow", "contradiction"),
        B.garment_type("blouse"),
        neckline("a bow"),
        B.material(
            "Question: What is the color of the blouse? Answer: blue Question: What is the color of the pants? Answer:"
            " white Question:",
            "leak",
            hit_limit=True,
        ),
        title="Pussy-bow satin blouse",
        category="Blouses",
        color="Cobalt",
        gender="Women",
    ),
    # photo: model in a black faux leather A-line midi skirt, front view (no zip visible), grey knit jumper tucked in,
    # grey backdrop. No adapter text.
    case(
        "X254-008",
        caption("a woman in a grey sweater and black skirt"),
        D.wearing("a black skirt and a gray sweater"),
        color_skirt("grey", "other_garment_color"),
        B.garment_type("skirt"),
        B.material("leather"),
        D.details("the skirt has a zipper on the side", "unsupported"),
        title="Faux leather A-line midi skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ecru crochet-knit cardigan buttoned over a white camisole, light blue jeans, on a sandy
    # beach. wearing, description: VQA adapter
    case(
        "X254-009",
        caption("a woman in a white sweater and jeans on the beach"),
        D.wearing(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan"
            " cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        is_a("sweater", "yes"),
        D.description(
            "a white cardigan with buttons and a white cardigan with buttons and a white cardigan with buttons and a",
            "loop",
            hit_limit=True,
        ),
        title="Crochet-knit cardigan",
        category="Knitwear",
        color="Ecru",
        gender="Women",
    ),
    # photo: model in a black-and-white Breton striped long-sleeved boat-neck top, red trousers, blue backdrop.
    # material: VQA adapter
    case(
        "X254-010",
        caption("a woman in a black and white striped shirt and black pants", "contradiction"),
        D.wearing("a striped shirt and red pants"),
        B.pattern("striped"),
        B.color("red", "other_garment_color"),
        B.material(
            "cotton Question: What is the color of the shirt? Answer: black and white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Breton striped cotton top",
        category="Tops",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a burgundy velvet mini dress with long puff sleeves, front view, dark green backdrop.
    # wearing: VQA adapter
    case(
        "X254-011",
        caption("a woman in a red velvet dress with puffy sleeves"),
        D.wearing(
            "a red dress with long sleeves and a red dress with long sleeves and a red dress with long sleeves and a"
            " red",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has puffy sleeves and a bow on the back", "unsupported"),
        title="Velvet puff-sleeve mini dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a mint green pleated midi skirt and a white tank top, on a street of pastel houses.
    # details: VQA adapter
    case(
        "X254-012",
        caption("a woman in a green skirt holding a handbag walking down the street", "unsupported"),
        D.wearing("a white top and a green skirt"),
        color_skirt("green"),
        B.pattern("striped", "contradiction"),
        D.details(
            "pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated,"
            " pleated, pleated, pleated",
            "loop",
            hit_limit=True,
        ),
        B.material("it is a skirt", "restated"),
        title="Pleated midi skirt",
        category="Skirts",
        color="Mint",
        gender="Women",
    ),
    # photo: model in a white broderie anglaise blouse with short puff sleeves, blue jeans, light blue backdrop.
    # wearing: VQA adapter
    case(
        "X254-013",
        caption("a woman in a white blouse and jeans"),
        D.wearing(
            "a white blouse with short sleeves and a round neckline with lace details on the front and a pair of blue"
            " jeans with",
            "cut",
            hit_limit=True,
        ),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details("lace"),
        B.material("polyester", "unsupported"),
        title="Broderie anglaise cotton blouse",
        category="Blouses",
        color="White",
        gender="Women",
    ),
    # photo: model in a chocolate brown ribbed knit roll-neck midi dress, long sleeves, orange paper backdrop.
    # No adapter text.
    case(
        "X254-014",
        caption("a woman in a brown sweater dress posing in front of an orange wall"),
        D.wearing("a brown sweater dress"),
        B.garment_type("sweater", "contradiction"),
        B.color("brown"),
        neckline("the neckline of the dress", "non_answer"),
        B.material("it is made of", "cut"),
        title="Ribbed knit roll-neck midi dress",
        category="Dresses",
        color="Chocolate",
        gender="Women",
    ),
    # photo: model in a khaki cotton utility jumpsuit, long sleeves, belt, chest pockets, against a concrete wall.
    # wearing: VQA adapter
    case(
        "X254-015",
        caption("a woman in a green jumpsuit standing against a wall"),
        D.wearing(
            "a khaki jacket with pockets on the chest and a belt at the waist, and khaki pants with pockets on the"
            " sides and",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.sleeve_length("long sleeves"),
        D.details("pockets and a belt"),
        is_a("jumpsuit", "no", "contradiction"),
        title="Utility cotton jumpsuit",
        category="Jumpsuits",
        color="Khaki",
        gender="Women",
    ),
    # photo: model with a short crop in a powder blue oversized wool coat over a white dress, hands in pockets, on a
    # grey winter street. material: VQA adapter
    case(
        "X254-016",
        caption("a man in a blue coat standing on a street", "pronoun"),
        D.wearing("a blue coat and a white scarf", "unsupported"),
        B.color("blue"),
        B.garment_type("coat"),
        B.material(
            "wool-wool-wool-wool-wool-wool-wool-wool-wool-wool-wool-wool-wool-wool-wool",
            "loop",
            hit_limit=True,
        ),
        title="Oversized wool-blend coat",
        category="Coats",
        color="Powder blue",
        gender="Women",
    ),
    # photo: model in a brown-and-black leopard print satin midi skirt (no slit) and a black t-shirt, beige backdrop.
    # No adapter text.
    case(
        "X254-017",
        caption("a woman in a leopard print skirt and white t - shirt", "contradiction"),
        D.wearing("a leopard print skirt"),
        B.pattern("floral", "contradiction"),
        color_skirt("brown"),
        B.material("silk", "unsupported"),
        D.description("a long leopard print skirt"),
        title="Leopard print satin midi skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in olive wide-leg cotton cargo trousers with side pockets and a cropped white tank top, lilac
    # backdrop. wearing: VQA adapter
    case(
        "X254-018",
        caption("a woman in green pants and a white top posing in front of a purple wall"),
        D.wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants"
            " pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        color_pants("green"),
        D.details("pockets on the side"),
        B.material("cotton"),
        title="Wide-leg cotton cargo trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a lilac knitted sweater vest over a white long-sleeved shirt, grey trousers, white backdrop.
    # No adapter text.
    case(
        "X254-019",
        caption("a woman in a purple sweater vest and white shirt"),
        D.wearing("a purple vest and a white shirt and gray pants"),
        B.garment_type("vest"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("it is made of fabric", "non_answer"),
        title="Knitted sweater vest",
        category="Knitwear",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a navy midi tea dress with white polka dots, short sleeves, V-neck, no belt, cropped at the
    # knees, standing by a canal. wearing: VQA adapter
    case(
        "X254-020",
        caption("a woman in a blue and white polka dot dress standing by a canal"),
        D.wearing(
            "a dress with polka dots and short sleeves and a v - neck and a belt at the waist and a pair of white"
            " sneakers and a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        B.sleeve_length("short sleeves"),
        neckline("v - neck"),
        title="Polka dot midi tea dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model seated on a stool in a mustard chunky crew-neck jumper and blue jeans, light grey backdrop.
    # description: VQA adapter
    case(
        "X254-021",
        caption("a woman sitting on a stool wearing a yellow sweater and jeans"),
        D.wearing("a yellow sweater and jeans"),
        B.color("yellow"),
        B.garment_type("sweater"),
        D.description(
            "the sweater is yellow, the sweater is yellow, the sweater is yellow, the sweater is yellow, the sweater"
            " is yellow",
            "loop",
            hit_limit=True,
        ),
        D.details("the sweater has a hood", "unsupported"),
        title="Chunky knit oversized jumper",
        category="Knitwear",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white linen shirt dress, buttons down the front, long sleeves, tie belt, on a terrace above
    # the sea. No adapter text.
    case(
        "X254-022",
        caption("a woman in a white dress standing on a balcony overlooking the ocean"),
        D.wearing("a white shirt dress"),
        B.garment_type("blouse", "contradiction"),
        B.material("linen"),
        D.details("buttons down the front, a tie belt and a necklace", "unsupported"),
        title="Linen shirt dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a beige double-breasted belted trench coat walking on a cobbled street.
    # wearing: VQA adapter
    case(
        "X254-023",
        caption("a woman in a trench coat walking down a cobblestone street"),
        D.wearing(
            "a trench coat a trench coat a trench coat a trench coat a trench coat a trench coat a trench coat a"
            " trench",
            "loop",
            hit_limit=True,
        ),
        B.color("beige"),
        D.details("the details of the coat", "non_answer"),
        B.material("leather", "unsupported"),
        title="Belted cotton-blend trench coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: model in fuchsia satin wide-leg trousers and a black bodysuit, red paper backdrop. No adapter text.
    case(
        "X254-024",
        caption("a woman in red pants and a black top standing in front of a red wall", "contradiction"),
        D.wearing("pink pants Question: what color are the pants? Answer: pink", "leak"),
        color_pants("red", "contradiction"),
        B.garment_type("pants"),
        B.material("satin"),
        D.description("pink satin pants with a high waist"),
        title="Satin wide-leg trousers",
        category="Trousers",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a white chiffon maxi dress with blue and yellow flowers, long sleeves, walking in a meadow,
    # three-quarter back view. wearing: VQA adapter. The feed has no color for this row.
    case(
        "X254-025",
        caption("a woman in a long dress walking in a field"),
        D.wearing(
            "a white dress with blue flowers and long sleeves and a white dress with blue flowers and long sleeves and"
            " a white",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("yellow", "contradiction"),
        B.material("chiffon"),
        title="Floral chiffon maxi dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: model in a mid blue button-front denim midi skirt with a tucked-in red gingham blouse, light blue
    # backdrop. details: VQA adapter
    case(
        "X254-026",
        caption("a woman in a red and white checkered shirt and denim skirt"),
        D.wearing("a denim skirt and a red plaid shirt"),
        color_skirt("blue"),
        B.pattern("checked", "contradiction"),
        D.details(
            "Question: What are the details of the garment? Answer: buttons Question: What are the details of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Button-front denim midi skirt",
        category="Skirts",
        color="Mid blue",
        gender="Women",
    ),
    # photo: model in an ivory silk camisole with lace trim and black trousers, pale pink backdrop. No adapter text.
    case(
        "X254-027",
        caption("a woman in a white top and black pants wearing a necklace", "unsupported"),
        D.wearing("a white camisole and black pants"),
        B.garment_type("tank top"),
        B.material("silk"),
        D.details("lace"),
        B.color("black", "other_garment_color"),
        title="Lace-trim silk camisole",
        category="Blouses",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a teal satin wrap blouse, long sleeves, V-neck, with beige wide-leg trousers, seated at a cafe
    # table outdoors. wearing: VQA adapter
    case(
        "X254-028",
        caption("a woman sitting at a table in front of a cafe"),
        D.wearing(
            "a blue blouse with long sleeves and a v - neck and a pair of beige pants with a high waist and wide legs"
            " and",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type("blouse"),
        D.description("the blouse is blue"),
        D.details("he is wearing a wrap blouse with a tie", "pronoun"),
        title="Satin wrap blouse",
        category="Blouses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black one-shoulder wide-leg jumpsuit, mustard yellow paper backdrop.
    # material: VQA adapter
    case(
        "X254-029",
        caption("a woman in a black jumpsuit posing in front of a yellow background"),
        D.wearing("a black dress", "contradiction"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        B.material(
            "black black black black black black black black black black black black black black black black black"
            " black black black black",
            "loop",
            hit_limit=True,
        ),
        title="One-shoulder wide-leg jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long open grey marl cardigan over a white t-shirt and jeans, seated on stone steps outdoors.
    # No adapter text.
    case(
        "X254-030",
        caption("a woman in a blue cardigan sitting on the steps", "contradiction"),
        D.wearing("a gray sweater, white shirt and jeans"),
        B.color("grey"),
        B.garment_type("cardigan"),
        D.details("the details of the garment", "non_answer"),
        B.material("cashmere", "unsupported"),
        title="Long wool-blend cardigan",
        category="Knitwear",
        color="Grey marl",
        gender="Women",
    ),
    # photo: model in a red tartan wool mini skirt, black tights and a black turtleneck, white backdrop.
    # wearing: VQA adapter
    case(
        "X254-031",
        caption("a woman in a red plaid skirt and black top with a red handbag", "unsupported"),
        D.wearing(
            "skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt-skirt",
            "loop",
            hit_limit=True,
        ),
        B.pattern("checked"),
        color_skirt("red"),
        B.color("black", "other_garment_color"),
        title="Tartan wool-blend mini skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in an emerald green satin midi dress, cowl neck, long sleeves, pink paper backdrop.
    # No adapter text.
    case(
        "X254-032",
        caption("a woman in a green dress on a pink background"),
        D.wearing("a green dress Question: what is the color of the dress? Answer: green", "leak"),
        B.color("green"),
        B.sleeve_length("sleeveless", "contradiction"),
        neckline("cowl neck"),
        title="Draped satin midi dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in an oversized light blue cotton poplin shirt tucked into white jeans, orange paper backdrop.
    # details: VQA adapter
    case(
        "X254-033",
        caption("a woman in a blue shirt and white jeans on an orange background"),
        D.wearing("a white shirt and blue jeans", "contradiction"),
        B.garment_type("blouse"),
        B.color("blue"),
        D.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the"
            " sleeves, the",
            "loop",
            hit_limit=True,
        ),
        B.material("the shirt is made of", "cut"),
        title="Oversized poplin shirt",
        category="Blouses",
        color="Light blue",
        gender="Women",
    ),
    # photo: model in a cream teddy faux fur coat (no hood) over black jeans, standing in a snowy forest.
    # wearing: VQA adapter
    case(
        "X254-034",
        caption("a woman in a white fur coat standing in the snow"),
        D.wearing(
            "a white coat with a hood and a white coat with a hood and a white coat with a hood and a white coat",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.material("fur"),
        D.description("a white coat with a hood", "unsupported"),
        title="Teddy faux fur coat",
        category="Coats",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a lavender fine-knit short-sleeved polo jumper tucked into cream trousers, lavender backdrop
    # (tone on tone). No adapter text.
    case(
        "X254-035",
        caption("a woman in a purple shirt and white pants standing in front of a purple wall"),
        D.wearing("he is wearing a purple polo shirt", "pronoun"),
        B.garment_type("polo shirt"),
        B.color("white", "other_garment_color"),
        B.material("knit"),
        title="Fine-knit polo jumper",
        category="Knitwear",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a mid blue short-sleeved denim boiler jumpsuit standing in a field of sunflowers.
    # details: VQA adapter
    case(
        "X254-036",
        caption("a woman in a denim jumpsuit standing in a field of sunflowers"),
        D.wearing("a denim shirt and jeans", "contradiction"),
        B.color("yellow", "contradiction"),
        D.details(
            "the pockets the buttons the pockets the buttons the pockets the buttons the pockets the buttons the"
            " pockets the buttons",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Denim boiler jumpsuit",
        category="Jumpsuits",
        color="Mid blue",
        gender="Women",
    ),
    # photo: model in a white sheer organza blouse with a ruffled collar and cuffs, long sleeves, black trousers,
    # black backdrop. No adapter text.
    case(
        "X254-037",
        caption("a woman in a white blouse with ruffles on a black background"),
        D.wearing("a white blouse and black pants"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("chiffon"),
        D.details("ruffles on the collar and cuffs"),
        title="Organza ruffle-collar blouse",
        category="Blouses",
        color="White",
        gender="Women",
    ),
    # photo: model in rust corduroy wide-leg trousers and a cream knit jumper, standing in autumn woods.
    # wearing: VQA adapter
    case(
        "X254-038",
        caption("a woman in a white sweater and brown pants standing in the woods"),
        D.wearing(
            "a white sweater and brown pants and a white sweater and brown pants and a white sweater and brown pants"
            " and a white",
            "loop",
            hit_limit=True,
        ),
        color_pants("brown"),
        B.garment_type("pants"),
        B.material("velvet", "unsupported"),
        D.details("they are brown pants", "non_answer"),
        title="Corduroy wide-leg trousers",
        category="Trousers",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a pale yellow smocked cotton midi dress, short puff sleeves, square neck, pale blue backdrop.
    # neckline: VQA adapter
    case(
        "X254-039",
        caption("a woman in a yellow dress with puffy sleeves"),
        D.wearing("a yellow dress"),
        B.color("yellow"),
        B.sleeve_length("sleeveless", "contradiction"),
        neckline(
            "square neckline square neckline square neckline square neckline square neckline square neckline square",
            "loop",
            hit_limit=True,
        ),
        B.material("the dress is yellow", "restated"),
        title="Smocked cotton midi dress",
        category="Dresses",
        color="Butter yellow",
        gender="Women",
    ),
    # photo: model in a blue-and-cream horizontally striped knit jumper with jeans, red paper backdrop.
    # wearing: VQA adapter
    case(
        "X254-040",
        caption("a woman in a blue and white striped sweater"),
        D.wearing(
            "a striped sweater and jeans and a striped sweater and jeans and a striped sweater and jeans and a"
            " striped sweater",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("red", "contradiction"),
        B.garment_type("cardigan", "contradiction"),
        B.material("it's a sweater", "restated"),
        title="Striped knit jumper",
        category="Knitwear",
        color="Blue/Cream",
        gender="Women",
    ),
    # photo: model in white linen drawstring trousers with side pockets and a white linen shirt, on a sandy beach.
    # details: VQA adapter
    case(
        "X254-041",
        caption("a woman in white linen pants and a white shirt on the beach"),
        D.wearing("white pants, a white shirt and a straw hat", "unsupported"),
        color_pants("white"),
        B.material("linen"),
        D.details(
            "drawstring waist and pockets on the sides and a drawstring waist and pockets on the sides and a"
            " drawstring waist and",
            "loop",
            hit_limit=True,
        ),
        title="Linen drawstring trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: model in a long black-and-white houndstooth coat (notch lapels, no fur) over a black dress, walking on a
    # city street. material: VQA adapter
    case(
        "X254-042",
        caption("a woman in a black and white coat walking down the street"),
        D.wearing("he is wearing a black and white coat", "pronoun"),
        B.pattern("checked"),
        B.color("black"),
        D.details("the coat has a fur collar", "unsupported"),
        B.material(
            "Question: What is the color of the coat? Answer: black and white Question: What is the color of the"
            " coat? Answer",
            "leak",
            hit_limit=True,
        ),
        title="Houndstooth wool-blend coat",
        category="Coats",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a black-and-white gingham cotton midi sundress with thin straps, in a garden.
    # material: VQA adapter. The feed has no gender for this row.
    case(
        "X254-043",
        caption("a woman in a black and white checkered dress in a garden"),
        D.wearing("a black and white plaid dress"),
        B.pattern("checked"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material(
            "the dress is made of cotton and the dress is made of cotton and the dress is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        D.description("a gingham dress with thin straps"),
        title="Gingham cotton sundress",
        category="Dresses",
        color="Black/White",
    ),
    # photo: model in a camel ribbed knit midi skirt with the matching camel jumper, brown backdrop.
    # No adapter text.
    case(
        "X254-044",
        caption("a woman in a brown sweater and skirt"),
        D.wearing("a brown sweater and a brown skirt"),
        color_skirt("brown"),
        B.garment_type("sweater", "contradiction"),
        D.details("", "non_answer"),
        title="Ribbed knit midi skirt",
        category="Skirts",
        color="Camel",
        gender="Women",
    ),
    # photo: model in a pink viscose blouse with a small red floral print, ruffles, long sleeves, black jeans, green
    # backdrop. wearing: VQA adapter. The feed has no gender for this row.
    case(
        "X254-045",
        caption("a woman in a pink floral blouse and black jeans"),
        D.wearing(
            "a pink blouse with flowers on it and black jeans with a pink blouse with flowers on it and black jeans"
            " with a",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("pink"),
        D.details("the blouse has ruffles and a bow at the neck", "unsupported"),
        B.material("viscose"),
        title="Ruffled floral viscose blouse",
        category="Blouses",
        color="Pink",
    ),
    # photo: back view of a model in a sleeveless orange-and-blue paisley silk midi dress with a visible back zip,
    # white backdrop. details: VQA adapter
    case(
        "X254-046",
        caption("the back of a woman in an orange and blue dress"),
        D.wearing("a dress Question: what is the color of the dress? Answer: orange", "leak"),
        B.pattern("paisley"),
        B.color("orange"),
        D.description("the dress has a zipper on the back"),
        B.material("silk"),
        D.details(
            "the zipper, the hem, the zipper, the hem, the zipper, the hem, the zipper, the hem, the zipper, the hem,"
            " the",
            "loop",
            hit_limit=True,
        ),
        title="Paisley print silk midi dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
]
