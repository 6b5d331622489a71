"""BLIND_48 (44 products; a sports-team merchandise and fan shop): written blind in the sixteenth session. Measured
blind at a55ae88: 123/141 and 24/145. The writer's notes, verbatim:

Blind corpus 48: a sports-team merchandise and fan shop.

Scenario
    A fan shop selling football and basketball merchandise for a handful of (invented) clubs: Northbridge FC,
    Ashgrove Albion, Kingsport Rovers, Eastmoor United (football) and the Westhaven Hawks and Redcliffe Comets
    (basketball). Home, away, third and goalkeeper jerseys, retro shirts, training tops and shorts, track, rain,
    anthem and padded jackets, knitted scarves, bobble and bucket hats, caps and socks, in club colors with numbers,
    crests and sponsor logos. Photos: fans and players in stadiums and arenas, models in studios, flat lays and
    product shots without a person. Catalog columns: category (Jerseys, Training, Outerwear, Accessories), color
    (Home Red, Away White, Third Kit Black, Navy/Gold, Claret and Blue) and a title naming the club and season;
    gender where the seller gives one. Some products lack a column.

Which system wrote which text
    Every text is an imagined output of BLIP-2 OPT-2.7b: the untuned base model (`Salesforce/blip2-opt-2.7b`),
    the caption adapter after epoch 1 (`leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch`), the caption
    adapter after epoch 3 (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`) or the VQA adapter
    (`leoreigoto/Data3_V3_BLIP2_VQA`). The comment above each case describes the imagined photo and names which
    model wrote which text. Greedy decoding, `Question: ... Answer:` prompts, 30 new tokens for answers and 50 for
    captions.

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). Nothing else of the project was opened or
    searched; the only code run was importing this file (and counting its labels).

Label conventions and judgement calls
    - Every label is judged against the imagined photo in the comment above the case, not against the other texts or
      the seller's columns; a text with no failure is a correct answer.
    - One failure kind per text, the most salient one. A loop that runs to the token limit is labelled "loop" (with
      hit_limit=True); a prompt echo or a following "Question: ... Answer:" is "leak" even when the answer before it
      is right or the text is also cut.
    - "cut": ends mid-phrase. hit_limit=True where it ran to the limit (30 new tokens for answers, 50 for
      captions); a few are cut short of the limit (hit_limit=False).
    - The caption template returned for a question it does not answer (a color question answered with fabric and
      neckline, a yes/no question answered with a sentence) is "non_answer"; so are empty answers, a lone article,
      and answers that only give back the question's words or the garment type ("it is a coat" for the material).
    - "restated": the question restated as the answer ("the shorts details are the details of the shorts").
    - "other_garment_color": the product is given the color of another garment in the photo (the shorts' color for
      the shirt, the coat's color for the hat), where another text has the product's color right.
    - "contradiction": a wrong color taken from the background (brick wall, grass, white wall), a non-product
      garment given the product's color, a wrong garment type (an accessory answered as a garment, "coat" for a
      hat), or "no" to a yes/no garment question whose answer is yes.
    - "unsupported": details not visible in the photo or invented (back prints on a front view, zip pockets, taped
      seams, brand names, fabric percentages and technologies, "signed by the players", "reversible").
    - "pronoun": the text names the person with the wrong gender ("she" / "the lady" for a man, "a man" for a
      woman); the seller's gender column agrees with the photo.
    - Near-color synonyms are correct: maroon or burgundy or red for claret, light blue for sky blue, navy or dark
      blue or blue for navy, yellow for gold. A basketball jersey called a tank top, a football shirt called a
      shirt or (once) a T-shirt, a quarter-zip drill top called a sweatshirt and a cap called a hat are correct.
    - "wool" for a visibly knitted item and "polyester" or "mesh" for a sports jersey are accepted as visible
      inferences; a fabric composition or technology is not.
    - Captions that name a background color (red brick wall, blue seats, white wall) are correct when the garment
      color they give is right. A caption that describes only the non-product garment or the scene is correct.
    - The adapters were trained on padded labels, so they sometimes stop cleanly (padding decodes to nothing): a short
      clean VQA-adapter answer or a complete caption-adapter template is judged on its content like any other text.
    - A caption-adapter template that names the right garments in answer to "What is he wearing?" is correct; an
      answer that runs on into the scene and stops mid-phrase at the limit is "cut".
    - DeepFashion template pattern words are used as answers: "pure color" (solid), "color block", "striped",
      "graphic"; pinstripes, hoops, sashes and bands count as striped.
    - One catalog judgement: the Northbridge home shorts are white but the seller's color column says "Home Red"
      (the kit's name); "white" for those shorts is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_48: list[Case] = [
    # 1. Studio, grey backdrop: a man in the Northbridge FC home shirt (red, white collar trim, crest on the left chest,
    # white "Halden Energy" sponsor text) and black shorts. Caption and all answers: base model.
    case(
        "NBFC-H2425-M",
        caption("a man wearing a red soccer jersey with a white collar"),
        D.wearing("a red soccer jersey and black shorts"),
        D.garment_type("jersey"),
        D.color("red"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.details("the jersey has a logo on the chest and a white collar"),
        D.material("100% cotton, machine washable at 30 degrees", "unsupported"),
        gender="men",
        category="Jerseys",
        color="Home Red",
        title="Northbridge FC Home Shirt 2024/25",
    ),
    # 2. A woman fan in the stands (red seats behind) in the same home shirt and blue jeans. Caption: caption adapter
    # epoch 3; the two color answers: VQA adapter; wearing, is_a and describe: base model.
    case(
        "NBFC-H2425-W",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        wearing("she is wearing a red football shirt with a sponsor logo and blue jeans", who="she"),
        is_a("jersey", "yes"),
        describe("shirt", "a red shirt with a white sponsor logo across the", "cut"),
        gender="women",
        category="Jerseys",
        color="Home Red",
        title="Northbridge FC Home Shirt 2024/25 Women's",
    ),
    # 3. Flat lay on a light wooden floor, no person: the Northbridge away shirt, white with red cuffs, a thin red line
    # around the collar, red sponsor text and crest. Caption, closed answers and material: base model; wearing:
    # caption adapter epoch 1; details: caption adapter epoch 3.
    case(
        "NBFC-A2425-FL",
        caption("a white soccer jersey laid out on a wooden floor"),
        D.wearing(
            "The shirt is with polyester fabric. It has a round neckline. The shirt is with pure color patterns. "
            "The shirt is with polyester fabric. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jersey"),
        D.color("white"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.sleeve_length("short sleeve"),
        D.details(
            "red cuffs on the sleeves, a red sponsor logo across the chest, the club crest on the left side of the "
            "chest and a thin red line around the collar and the",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        category="Jerseys",
        color="Away White",
        title="Northbridge FC Away Shirt 2024/25",
    ),
    # 4. A player celebrating on a green pitch under floodlights: Northbridge third shirt (black, V-neck, teal
    # stripes on the sleeves), black shorts, white socks. Caption and details: base model; the rest: VQA adapter.
    case(
        "NBFC-T2425-M",
        caption("a soccer player in a black uniform celebrating on the field"),
        wearing(
            "black shirt black shorts black shirt black shorts black shirt black shorts black shirt black shorts "
            "black shirt black shorts black",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("shorts", "black"),
        is_a("jersey", "yes Question: Is this a jersey? Answer: yes Question: Is this a", "leak", hit_limit=True),
        details("shirt", "the shirt has a v-neck and teal stripes on the sleeves"),
        B.material("it is made of a", "cut"),
        gender="men",
        category="Jerseys",
        color="Third Kit Black",
        title="Northbridge FC Third Shirt 2024/25",
    ),
    # 5. Studio, white background: a man in the Ashgrove Albion home shirt (claret body, sky blue sleeves, V-neck,
    # crest) and blue jeans. Caption: caption adapter epoch 3; answers: base model.
    case(
        "AA-H2324-M",
        caption(
            "The gentleman wears a short-sleeve shirt with color block patterns. The shirt is with polyester fabric "
            "and its neckline is v-shape. The gentleman wears long pants. The pants are with denim fabric and solid "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon shirt and blue jeans"),
        color_of("shirt", "maroon and light blue", kind="open"),
        D.color("burgundy"),
        color_of("jeans", "blue"),
        D.pattern("color block"),
        D.details("the shirt has blue sleeves, a v-neck collar and a crest on the chest"),
        D.material("100% organic cotton, made in portugal", "unsupported"),
        gender="men",
        category="Jerseys",
        color="Claret and Blue",
        title="Ashgrove Albion Home Shirt 2023/24",
    ),
    # 6. Product shot on white, no person: Ashgrove Albion knitted bar scarf, claret and sky blue stripes, club name
    # knitted in the middle, tassels. Caption: caption adapter epoch 1; answers: base model.
    case(
        "AA-SCARF-BAR",
        caption(
            "The person wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. The "
            "person wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. The "
            "person",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a claret and blue striped scarf"),
        D.garment_type("sweater", "contradiction"),
        D.color("maroon and blue"),
        D.pattern("striped"),
        D.details("it has tassels at both ends and the club name knitted in the middle"),
        D.material("the scarf is made of the material of the scarf", "restated"),
        category="Accessories",
        color="Claret and Blue",
        title="Ashgrove Albion Bar Scarf 2023/24",
    ),
    # 7. A man in the stands (navy seats) in the Kingsport Rovers home shirt (navy, gold pinstripes, gold collar) over
    # a white long-sleeve base layer, light grey jeans. Caption, wearing and pattern: base model; color_of and
    # details: VQA adapter; is_a: VQA adapter.
    case(
        "KR-H2425-M",
        caption("a man in a blue and yellow striped shirt sitting in a stadium"),
        wearing("a navy shirt with gold stripes over a white long sleeve shirt", who="he"),
        color_of("shirt", "navy blue", kind="open"),
        color_of("jeans", "navy", "other_garment_color", kind="open"),
        D.pattern("striped"),
        is_a(
            "jersey",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: gold pinstripes and a gold collar", "leak"),
        gender="men",
        category="Jerseys",
        color="Navy/Gold",
        title="Kingsport Rovers Home Shirt 2024/25",
    ),
    # 8. Flat lay on grey concrete, no person: Westhaven Hawks basketball jersey, navy, gold trim at neck and
    # armholes, gold "HAWKS" and number 23 on the front. Caption: caption adapter epoch 3; answers: base model.
    case(
        "WH-H2425-BB23",
        caption(
            "The person wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The person wears a tank tank top with pure color patterns. The tank top is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.color("dark blue"),
        D.details(
            "the number 23 in gold on the front, gold trim around the neck and armholes and the word hawks in gold "
            "letters above the number, and the",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a navy basketball jersey with the number 23 and the word hawks across the chest, signed by the players",
            "unsupported",
        ),
        D.material("mesh"),
        category="Jerseys",
        color="Navy/Gold",
        title="Westhaven Hawks Home Jersey 2024/25 #23",
    ),
    # 9. A man dribbling on a wooden court: Westhaven Hawks away jersey (white, navy trim) and white shorts.
    # Caption: base model; answers: VQA adapter.
    case(
        "WH-A2425-M",
        caption("a basketball player dribbling a ball on a court"),
        wearing(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("shorts", "white"),
        is_a("tank top", "yes"),
        B.pattern("i don't know", "non_answer"),
        B.sleeve_length("sleeveless Question: What is the sleeve length of the garment? Answer: sleeveless", "leak"),
        gender="men",
        category="Jerseys",
        color="Away White",
        title="Westhaven Hawks Away Jersey 2024/25",
    ),
    # 10. A woman player holding a ball, arena crowd blurred: Redcliffe Comets home jersey (red, white number 7 on
    # the front, white neck trim) and red shorts; front view only. All texts: base model.
    case(
        "RC-H2425-W",
        caption("a woman basketball player in a red uniform holding a ball"),
        wearing(
            "she is wearing a red jersey with the number 7 on it and red shorts and she is holding a basketball in "
            "her hands in front of a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "red"),
        D.details("the number 7 on the front and the back, white trim on the neck", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.material("it's a basketball jersey", "non_answer"),
        gender="women",
        category="Jerseys",
        color="Home Red",
        title="Redcliffe Comets Home Jersey 2024/25 Women's",
    ),
    # 11. Studio: a man in the Northbridge quarter-zip drill top (black, red shoulder panels, crest) and black
    # joggers. Caption and details: caption adapter epoch 3; the rest: base model.
    case(
        "NBFC-TRN-QZ",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a stand collar. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and black pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.sleeve_length("long sleeve"),
        D.details(
            "it has a quarter zip, red panels on the shoulders and the club crest on the chest. The sweater is with "
            "cotton fabric. It has a stand",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        gender="men",
        category="Training",
        color="Third Kit Black",
        title="Northbridge FC Training Quarter-Zip Top 2024/25",
    ),
    # 12. A woman in front of a red brick wall in the Kingsport Rovers track jacket (navy, gold zip, gold sleeve
    # stripes), open over a white T-shirt, with jeans. Caption and wearing: base model; the rest: VQA adapter.
    case(
        "KR-TRK-2425-W",
        caption("a woman wearing a blue jacket standing in front of a red brick wall"),
        wearing("he is wearing a navy track jacket over a white t-shirt", "pronoun", who="she"),
        D.garment_type("jacket"),
        D.color("red", "contradiction"),
        color_of(
            "jacket",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        B.sleeve_length("the sleeve length of the jacket is the length of the sleeves", "restated"),
        gender="women",
        category="Outerwear",
        color="Navy/Gold",
        title="Kingsport Rovers Track Jacket 2024/25",
    ),
    # 13. Studio: a man in the same track jacket, zipped up, grey joggers. Every text: caption adapter epoch 1, which
    # answers every prompt with its caption template.
    case(
        "KR-TRK-2425-M",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with polyester fabric. It has "
            "a stand collar. The man wears long pants. The pants are with cotton fabric and solid color patterns."
        ),
        color_of(
            "jacket",
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with polyester fabric. It "
            "has a stand collar. The man wears",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a(
            "jacket",
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with polyester fabric.",
            "non_answer",
        ),
        details(
            "jacket",
            "The jacket is with polyester fabric. It has a stand collar. The jacket is with polyester fabric. It has a "
            "stand collar. The jacket is with polyester",
            "loop",
            hit_limit=True,
        ),
        wearing("The man wears a long-sleeve jacket with color block patterns. The man wears long pants.", who="he"),
        gender="men",
        category="Outerwear",
        color="Navy/Gold",
        title="Kingsport Rovers Track Jacket 2024/25",
    ),
    # 14. Studio: a man in the red home shirt, worn untucked over the waistband, and the product, the Northbridge
    # home shorts (white, red side stripe). All texts: base model.
    case(
        "NBFC-SH-H2425",
        caption("a man in a red shirt and white shorts posing for a photo"),
        D.garment_type("shorts"),
        D.color("red", "other_garment_color"),
        color_of("shorts", "white"),
        details("shorts", "they are shorts", "non_answer"),
        D.material("polyester with a built-in inner brief and a drawstring waist", "unsupported"),
        gender="men",
        color="Home Red",
        title="Northbridge FC Home Shorts 2024/25",
    ),
    # 15. Product shot on white: a pair of Northbridge home socks, red with white bands at the top. Caption, wearing
    # and details: base model; closed answers: VQA adapter.
    case(
        "NBFC-SOCK-H2425",
        caption("a pair of red and white socks on a white background"),
        D.wearing("socks"),
        D.garment_type("socks"),
        D.color("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        is_a("pair of socks", "yes\nQuestion: Is this a pair of shoes? Answer: no", "leak"),
        D.pattern("striped"),
        D.details("the socks have white bands at the top and a cushioned sole with anti-slip grip", "unsupported"),
        category="Accessories",
        color="Home Red",
        title="Northbridge FC Home Socks 2024/25",
    ),
    # 16. A man on a green pitch in the Eastmoor United third shirt (black, white chevron graphic, crest, sponsor)
    # and dark tracksuit trousers. Caption: caption adapter epoch 3; details: VQA adapter; the rest: base model.
    case(
        "EU-3RD-2324",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with polyester fabric and its "
            "neckline is crew. The man wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black soccer shirt with a white pattern on the front", who="the man"),
        color_of("shirt", "black and white"),
        D.pattern("graphic"),
        D.details("Answer: a white chevron on the chest, the club badge and a sponsor logo", "leak"),
        gender="men",
        category="Jerseys",
        color="Third Kit Black",
        title="Eastmoor United Third Shirt 2023/24",
    ),
    # 17. Studio, grey wall: a woman in the Eastmoor United away shirt (white, black cuffs, small crest, black sponsor
    # text) and black leggings. All texts: base model.
    case(
        "EU-A2324-W",
        caption("a man in a white shirt and black leggings standing against a grey wall", "pronoun"),
        wearing("a white football shirt and black leggings", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("leggings", "black"),
        D.details(
            "The shirt is white with black cuffs and a small crest on the left side of the chest. There is a sponsor "
            "logo in black across the front of the shirt and",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        gender="women",
        category="Jerseys",
        color="Away White",
        title="Eastmoor United Away Shirt 2023/24 Women's",
    ),
    # 18. Flat lay on a dark wooden table, no person: Northbridge retro 1994 home shirt, red with white polo collar
    # (two buttons), white cuffs, diagonal shadow stripes, badge. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "NBFC-RETRO-1994",
        caption(
            "The shirt is with polo collar. The shirt is with short sleeves. The shirt is with striped patterns. The "
            "shirt is with cotton fabric. The shirt is with polo collar. The shirt is with short sleeves. The shirt "
            "is",
            "loop",
            hit_limit=True,
        ),
        is_a("jersey", "no", "contradiction"),
        D.color("red"),
        color_of("collar", "white", kind="open"),
        D.pattern("striped"),
        D.material("shirt", "non_answer"),
        D.details(
            "white collar with two buttons and a badge on the left chest, the shirt has short sleeves with white "
            "cuffs and a white",
            "cut",
            hit_limit=True,
        ),
        category="Jerseys",
        color="Home Red",
        title="Northbridge FC Retro 1994 Home Shirt",
    ),
    # 19. A bearded man in a pub in the Ashgrove Albion retro 1988 away shirt (sky blue, thin claret pinstripes,
    # buttoned collar, crest, brewery sponsor; no maker's logo visible). Material: VQA adapter; the rest: base.
    case(
        "AA-RETRO-1988",
        caption("a man with a beard wearing a light blue shirt sitting in a bar"),
        wearing("a light blue shirt with thin red stripes", who="he"),
        color_of("shirt", "blue"),
        D.pattern("striped"),
        D.details(
            "the shirt has a collar with buttons, claret pinstripes and a brewery sponsor, made in 1988 by umbro",
            "unsupported",
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        category="Jerseys",
        color="Claret and Blue",
        title="Ashgrove Albion Retro 1988 Away Shirt",
    ),
    # 20. A woman fan in snowy stands wearing the product, a Northbridge bobble hat (red, white band, white pom),
    # with a black puffer coat. Caption: caption adapter epoch 1; the rest: base model.
    case(
        "NBFC-BOBBLE",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand collar. The lady wears a hat. The hat is with knitting fabric and striped patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and white bobble hat and a black coat", who="she"),
        D.garment_type("coat", "contradiction"),
        color_of("hat", "red and white"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        is_a("hat", "yes"),
        gender="women",
        category="Accessories",
        color="Home Red",
        title="Northbridge FC Bobble Hat 2024/25",
    ),
    # 21. Product shot on white: Kingsport Rovers bobble hat, navy with gold bands and a gold pom. Caption: base
    # model; answers: VQA adapter.
    case(
        "KR-BOBBLE",
        caption("a blue and yellow knitted hat with a pom pom"),
        is_a(
            "hat",
            "yes Question: What is the color of the hat? Answer: navy blue Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        color_of("hat", "navy"),
        D.garment_type("hat"),
        D.material("wool"),
        D.details("", "non_answer"),
        category="Accessories",
        color="Navy/Gold",
        title="Kingsport Rovers Bobble Hat 2024/25",
    ),
    # 22. A man at a basketball game in the Westhaven Hawks snapback (navy, gold hawk embroidered on the front; the
    # back is not visible) and a white T-shirt. All texts: base model.
    case(
        "WH-SNAPBACK",
        caption("a man wearing a blue baseball cap and a white t - shirt at a basketball game"),
        D.wearing(
            "a baseball cap and a white t - shirt and he is sitting in the stands at a basketball game with a lot of "
            "people around him and a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        color_of("cap", "blue"),
        D.color("white", "other_garment_color"),
        D.details(
            "the cap has a gold hawk embroidered on the front and an adjustable strap at the back", "unsupported"
        ),
        gender="men",
        category="Accessories",
        color="Navy/Gold",
        title="Westhaven Hawks Snapback Cap 2024/25",
    ),
    # 23. Product shot on grey, side view: Redcliffe Comets cap, black with a red logo. Every text: caption adapter
    # epoch 3 (caption template for every prompt).
    case(
        "RC-CAP",
        caption(
            "The person wears a hat. The hat is with cotton fabric and pure color patterns. The person wears a hat. "
            "The hat is with cotton fabric and pure color patterns. The person wears a hat. The",
            "loop",
            hit_limit=True,
        ),
        D.color("The hat is with cotton fabric and pure color patterns.", "non_answer"),
        D.garment_type("hat"),
        is_a(
            "cap",
            "The person wears a hat. The hat is with cotton fabric and pure color patterns. The person wears a hat. "
            "The hat is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.pattern("pure color"),
        category="Accessories",
        color="Third Kit Black",
        title="Redcliffe Comets Logo Cap 2024/25",
    ),
    # 24. A crowd of fans in a stadium holding up the Northbridge knitted scarf (red and white blocks, NORTHBRIDGE
    # knitted in). Description: VQA adapter; the rest: base model.
    case(
        "NBFC-SCARF-H",
        caption("a crowd of fans holding up red and white scarves in a stadium"),
        D.wearing("a red and white scarf"),
        D.garment_type("flag", "contradiction"),
        D.color("red and white"),
        D.pattern("color block"),
        D.details("the word northbridge is knitted into the scarf"),
        D.description(
            "a red and white scarf with the words northbridge fc on it and the words northbridge fc on it and the "
            "words northbridge fc on it and the words",
            "loop",
            hit_limit=True,
        ),
        category="Accessories",
        color="Home Red",
        title="Northbridge FC Knitted Scarf",
    ),
    # 25. A man in a grey hoodie wearing the product, the Eastmoor United jacquard scarf (black, white crest, fringed
    # ends). Caption: caption adapter epoch 3; answers: VQA adapter, details: base model.
    case(
        "EU-SCARF-JQ",
        caption(
            "The man wears a long-sleeve hoodie with pure color patterns. The hoodie is with cotton fabric. It has a "
            "hooded collar. The man wears a scarf. The scarf is with knitting fabric and graphic patterns. The man "
            "wears long pants. The",
            "cut",
            hit_limit=True,
        ),
        color_of("scarf", "grey", "other_garment_color", kind="open"),
        color_of("hoodie", "grey", kind="open"),
        is_a("scarf", "no", "contradiction"),
        D.garment_type("scarf"),
        D.details(
            "white crest woven into the black scarf and fringes at the ends, the man is also wearing a grey hoodie "
            "with the hood down and a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Accessories",
        color="Third Kit Black",
        title="Eastmoor United Jacquard Scarf",
    ),
    # 26. A woman running in a park in the Ashgrove Albion training tee (sky blue, claret shoulders, small crest) and
    # black shorts, white running shoes, trees behind; front view. All texts: base model.
    case(
        "AA-TRN-TEE-W",
        caption("a woman running in a park wearing a blue shirt and black shorts"),
        wearing(
            "she is wearing a light blue and maroon shirt, black shorts, white running shoes and she is running on a "
            "path in the park with trees in the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("the sleeves are as long as the sleeves", "restated"),
        D.material("polyester"),
        D.details(
            "maroon shoulders, a small crest on the chest and reflective strips on the back for running at night",
            "unsupported",
        ),
        gender="women",
        category="Training",
        color="Claret and Blue",
        title="Ashgrove Albion Training Tee 2024/25",
    ),
    # 27. A man lifting weights in a gym in the same training tee, black shorts. Caption and wearing: base model;
    # the rest: VQA adapter.
    case(
        "AA-TRN-TEE-M",
        caption("a man lifting weights in a gym"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and black shorts", "pronoun", who="he"),
        D.pattern("color block"),
        B.sleeve_length("short sleeve"),
        B.garment_type("tee Question: What is the color of the tee? Answer: blue", "leak"),
        gender="men",
        category="Training",
        color="Claret and Blue",
        title="Ashgrove Albion Training Tee 2024/25",
    ),
    # 28. A woman on a train platform in the Northbridge anthem jacket (black, red zip) and blue jeans. Caption and
    # details: caption adapter epoch 3; the rest: base model.
    case(
        "NBFC-ANTHEM-W",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with polyester fabric. It has "
            "a stand collar. The lady wears long pants. The pants are with denim fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and jeans", who="she"),
        color_of("jacket", "blue", "other_garment_color"),
        color_of("jeans", "black", "contradiction"),
        details(
            "jacket",
            "The jacket is with polyester fabric. It has a stand collar. The jacket is with polyester fabric. It has a "
            "stand",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        gender="women",
        category="Outerwear",
        color="Third Kit Black",
        title="Northbridge FC Anthem Jacket 2024/25",
    ),
    # 29. A man in the rain at a stadium, empty blue seats behind him, in the Kingsport Rovers rain jacket (navy, hood
    # up, gold hood lining). All texts: base model.
    case(
        "KR-RAIN-M",
        caption("a woman in a blue raincoat standing in the rain at a stadium", "pronoun"),
        D.wearing(
            "a blue rain jacket with the hood up, and he is standing in the rain in the stands of a stadium with empty "
            "blue seats behind him and the",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("blue"),
        D.details(
            "the jacket is waterproof and breathable with taped seams and a packable hood that folds into the collar",
            "unsupported",
        ),
        D.material("the garment is made of material", "restated"),
        gender="men",
        category="Outerwear",
        color="Navy/Gold",
        title="Kingsport Rovers Rain Jacket 2024/25",
    ),
    # 30. A player warming up on court in the Redcliffe Comets shooting shirt (long sleeves, red body, black sleeves)
    # and black shorts. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "RC-SHOOT-2425",
        caption(
            "The man wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The man wears short pants. The pants are with cotton fabric and pure color patterns. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        color_of("shorts", "black", kind="open"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        B.garment_type("Question: What type of garment is this? Answer: tee", "leak"),
        B.material("", "non_answer"),
        gender="men",
        category="Training",
        color="Home Red",
        title="Redcliffe Comets Shooting Shirt 2024/25",
    ),
    # 31. A goalkeeper diving on a pitch: Northbridge goalkeeper shirt (black, long sleeves, grey graphic print),
    # black shorts, orange gloves. All texts: base model.
    case(
        "NBFC-GK-2425",
        caption("a soccer goalkeeper in black diving to save a ball"),
        wearing("a black goalkeeper jersey, black shorts and orange gloves", who="he"),
        color_of("shirt", "orange", "other_garment_color", kind="open"),
        D.sleeve_length("short", "contradiction"),
        D.pattern("graphic"),
        D.details("padded elbows and a grip on the", "cut"),
        gender="men",
        category="Jerseys",
        color="Third Kit Black",
        title="Northbridge FC Goalkeeper Shirt 2024/25",
    ),
    # 32. Flat lay on a wooden court floor: Westhaven Hawks basketball shorts, navy with gold side panels, elastic
    # waistband with a white drawstring, hawks logo on the left leg. Caption: caption adapter epoch 3; describe:
    # base model; the rest: VQA adapter.
    case(
        "WH-SHORTS-2425",
        caption(
            "The pants are with polyester fabric and color block patterns. The pants are short. The pants are with "
            "polyester fabric and color block patterns. The pants are short. The pants are with polyester fabric and "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("navy"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        describe(
            "shorts",
            "navy basketball shorts with gold panels on the sides and an elastic waistband with a white drawstring "
            "and the hawks logo on the left leg above the",
            "cut",
            hit_limit=True,
        ),
        D.material("mesh"),
        color="Navy/Gold",
        title="Westhaven Hawks Basketball Shorts 2024/25",
    ),
    # 33. A player running through cones at training: a white training top and the product, the Eastmoor United
    # training shorts (black, crest on the left leg, no pockets visible). color_of: VQA adapter; the rest: base.
    case(
        "EU-TRN-SHORTS",
        caption("a soccer player in a white shirt and black shorts running through cones"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        color_of("shorts", "black Question: What is the color of the shirt? Answer: white", "leak"),
        D.details("the shorts have a zip pocket on the side and the club crest on the left leg", "unsupported"),
        wearing(
            "The player is wearing a white shirt and black shorts, and he is running through the cones on the "
            "training pitch at the club's training ground in the morning before",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="men",
        category="Training",
        color="Third Kit Black",
        title="Eastmoor United Training Shorts 2024/25",
    ),
    # 34. Studio: a man in the Kingsport Rovers travel polo (navy, gold tipping on the collar) and khaki chinos.
    # Details: caption adapter epoch 3; the rest: base model.
    case(
        "KR-POLO-2425",
        caption("a woman in a navy polo shirt and khaki pants", "pronoun"),
        D.garment_type("polo shirt"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel collar. The shirt is with cotton fabric. It has a lapel "
            "collar. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", "contradiction"),
        D.material("100% cotton pique with a moisture-wicking finish", "unsupported"),
        gender="men",
        category="Training",
        color="Navy/Gold",
        title="Kingsport Rovers Travel Polo 2024/25",
    ),
    # 35. A woman sitting in a cafe in the Northbridge crest hoodie (red, white crest) and grey sweatpants. Caption
    # and wearing: base model; the rest: VQA adapter.
    case(
        "NBFC-HOODIE-W",
        caption("a woman sitting in a cafe wearing a red hoodie"),
        D.garment_type("hoodie"),
        color_of(
            "hoodie",
            "red Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "red", "contradiction"),
        wearing("he is wearing a red hoodie and grey sweatpants", "pronoun", who="she"),
        B.sleeve_length("long sleeve"),
        B.pattern("the garment", "non_answer"),
        gender="women",
        category="Training",
        color="Home Red",
        title="Northbridge FC Crest Hoodie 2024/25",
    ),
    # 36. A woman player on the bench in the Westhaven Hawks warm-up jacket (navy body, gold sleeves, full zip, HAWKS
    # across the chest) over a white jersey. Caption: caption adapter epoch 1; the rest: base model.
    case(
        "WH-WARMUP-W",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with polyester fabric. It "
            "has a stand collar. The lady wears a tank top inside. The tank top is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy and gold jacket over a white jersey", who="she"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue and yellow", kind="open"),
        D.garment_type("jacket"),
        D.details("gold sleeves, a full zip and the word hawks on the", "cut"),
        gender="women",
        category="Outerwear",
        color="Navy/Gold",
        title="Westhaven Hawks Warm-Up Jacket 2024/25",
    ),
    # 37. A man in the stands in the Ashgrove Albion padded stadium coat (claret, knee length, sky blue lining
    # showing at the open collar). Caption: base model; answers: VQA adapter.
    case(
        "AA-PADDED-2425",
        caption("a man in a red coat sitting in a stadium"),
        D.garment_type("coat"),
        D.color("maroon"),
        D.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "no", "contradiction"),
        B.material("unknown", "non_answer"),
        D.details("the details of the garment", "restated"),
        gender="men",
        category="Outerwear",
        color="Claret and Blue",
        title="Ashgrove Albion Padded Stadium Jacket 2024/25",
    ),
    # 38. A man in front of blue stadium seats in the Northbridge away shirt (white) under an open black bomber
    # jacket. All texts: base model.
    case(
        "NBFC-A2425-FAN",
        caption("a man in a white soccer jersey and a black jacket standing in front of blue stadium seats"),
        wearing("a white jersey under an open black jacket", who="he"),
        color_of("shirt", "white"),
        color_of("jacket", "black"),
        D.garment_type("the type of garment is a garment", "restated"),
        D.color("black", "other_garment_color"),
        gender="men",
        category="Jerseys",
        color="Away White",
        title="Northbridge FC Away Shirt 2024/25",
    ),
    # 39. Studio: a man in the Eastmoor United away shirt (white, V-neck) and jeans. Every text: caption adapter
    # epoch 3 (caption template for every prompt).
    case(
        "EU-A2324-M",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with polyester fabric and "
            "its neckline is v-shape. The lady wears long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        D.color("The T-shirt is with polyester fabric and its neckline is v-shape.", "non_answer"),
        D.garment_type("T-shirt"),
        D.sleeve_length("short-sleeve"),
        D.details(
            "The T-shirt is with polyester fabric and its neckline is v-shape. The T-shirt is with polyester fabric "
            "and its neckline is v-shape. The",
            "loop",
            hit_limit=True,
        ),
        D.description("The lady wears a short-sleeve T-shirt with pure color patterns.", "pronoun"),
        gender="men",
        category="Jerseys",
        color="Away White",
        title="Eastmoor United Away Shirt 2023/24",
    ),
    # 40. On a hanger against a white tiled wall in the shop: Redcliffe Comets city edition jersey (black, thin red
    # pinstripes, number 0 and COMETS on the front). Caption: base; answers: VQA adapter.
    case(
        "RC-CITY-2425",
        caption("a black basketball jersey hanging on a white wall"),
        D.garment_type("jersey"),
        D.color("white", "contradiction"),
        color_of("jersey", "black"),
        D.pattern("striped"),
        D.sleeve_length("the sleeve length of the garment", "restated"),
        D.details(
            "red pinstripes, the number 0 and the word comets on the front. Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        category="Jerseys",
        color="Third Kit Black",
        title="Redcliffe Comets City Edition Jersey 2024/25",
    ),
    # 41. A woman cheering in the stands in the Kingsport Rovers away shirt (white, navy diagonal sash) and a navy
    # bucket hat. Caption, wearing and material: base model; the rest: VQA adapter.
    case(
        "KR-A2425-W",
        caption("a woman in a white shirt with a blue stripe cheering in a stadium"),
        wearing(
            "a white shirt with a blue sash across the front and a blue bucket hat and she is holding her arms up in "
            "the air and cheering for the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        D.pattern("striped"),
        color_of("shirt", "white and blue"),
        D.color("white"),
        D.details("a", "non_answer"),
        D.material(
            "The shirt is made of 100% recycled polyester from plastic bottles and is designed to keep you cool and "
            "dry",
            "unsupported",
        ),
        gender="women",
        category="Jerseys",
        color="Away White",
        title="Kingsport Rovers Away Shirt 2024/25 Women's",
    ),
    # 42. Close-up of a player's legs on grass: Eastmoor United third socks (black, white bands at the top), white
    # boots, shin pads under the socks. Caption and details: base model; the rest: VQA adapter.
    case(
        "EU-3RD-SOCKS",
        caption("a close up of a soccer player's legs in black socks on the grass"),
        D.garment_type("shoes", "contradiction"),
        D.color("green", "contradiction"),
        color_of("socks", "black"),
        is_a(
            "pair of socks",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.pattern("socks", "non_answer"),
        D.details(
            "black socks with white stripes at the top and the player is wearing white boots with black studs and a "
            "shin pad under the",
            "cut",
            hit_limit=True,
        ),
        category="Accessories",
        color="Third Kit Black",
        title="Eastmoor United Third Socks 2023/24",
    ),
    # 43. A woman in sunglasses and a white T-shirt wearing the Ashgrove Albion bucket hat (claret outside, a strip
    # of sky blue lining showing under the brim). All texts: base model.
    case(
        "AA-BUCKET",
        caption("a woman wearing a maroon bucket hat and sunglasses"),
        D.garment_type("hat"),
        D.color("maroon"),
        D.details("the hat is reversible with a light blue side inside", "unsupported"),
        wearing("a maroon bucket hat, sunglasses and a white t - shirt with a", "cut", who="she"),
        D.material("it is a hat", "non_answer"),
        gender="women",
        category="Accessories",
        color="Claret and Blue",
        title="Ashgrove Albion Reversible Bucket Hat",
    ),
    # 44. A man skateboarding in the Northbridge retro track top (red, white stripes over the shoulders and down the
    # sleeves) and blue jeans. Caption: caption adapter epoch 1; wearing: base; the rest: VQA adapter.
    case(
        "NBFC-RETRO-TRK",
        caption(
            "The man wears a long-sleeve jacket with striped patterns. The jacket is with polyester fabric. It has a "
            "stand collar. The man wears long pants. The pants are with denim fabric and pure color patterns. The man",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "red-white-red-white-red-white-red-white-red-white-red-white-red-white-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("jacket", "no", "contradiction"),
        color_of("jeans", "blue"),
        wearing("a red track jacket with white stripes on the shoulders and blue jeans", who="he"),
        B.garment_type("jacket Answer: jacket Answer: jacket Answer:", "leak"),
        gender="men",
        category="Outerwear",
        color="Home Red",
        title="Northbridge FC Retro 1990s Track Top",
    ),
]
