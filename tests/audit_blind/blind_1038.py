"""BLIND_1038 (46 products; Myntra men's jackets, blazers and coats over shirts or tees, VQA adapter): written blind in
the fifty-ninth session. Measured blind at c12f507 (the session's second rules): 129/138 failures found (93.5%) and
1/196 correct texts flagged (0.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's outerwear (Jackets, Blazers, Coats, plus one Nehru Jackets and one Rain Jacket
row): denim, bomber, biker, puffer, track, utility, Harrington, varsity and corduroy jackets, formal and casual
blazers, trench, pea and overcoats. Every photo shows the outer garment worn over a shirt or a t-shirt, mostly on a
white studio backdrop, a few on grey or in front of a brick wall; front views unless the comment says otherwise.
The seller columns are title, category (article type) and color (base colour); some rows lack one, as feeds do.

Who wrote what: every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, trained one epoch
on In-shop "What is the color of the {garment}?" / "What cloth is the person wearing?" / "Is this a {garment}?"
pairs with no end-of-answer token). Closed answers (garment type, color, pattern, sleeve length, yes/no) come from
the reference engine ranking candidates, so they are one clean value that can only be the wrong value. Open answers
are greedy free generation, max 30 new tokens: when the adapter happens to emit a newline the job stops there and
the answer is clean; otherwise it runs on into a loop, a cut at the limit, or a fresh "Question: ... Answer:" turn.
The adapter's habits: it grabs the most visible color in the frame (often the shirt or t-shirt underneath) for the
outer garment, it adds stock details (hoods, pocket squares, elbow patches, fur trim) that the photo lacks, it
answers open questions with a bare class word or "yes", and it sometimes says "she"/"her" for men. Captions for
X1038-001..030 come from the untuned base model (no adapter, its "t - shirt" tokenization, stops on a newline);
captions for X1038-031..046 were run through the VQA adapter too after a config change, and drift into answer-like
fragments and loops (50-token limit).

Labeling conventions and judgement calls:
- A closed answer that gives the outer garment the shirt's or t-shirt's color (or the lining's or tie's pattern) is
  labelled "contradiction"; "other_garment_color" is kept for open answers that give the product another garment's
  color while another text or the seller has it right.
- Asking the color of the shirt/t-shirt underneath and getting that garment's color is a correct answer.
- Seller shades are matched by family: "brown" for Tan or Coffee Brown, "grey" for Charcoal, "red" in a caption for
  maroon, "blue" for Teal or Navy Blue are correct; "white" for an Off White blazer is correct.
- A material the photo plausibly shows (denim twill, leather grain, nylon sheen, tweed, velvet) or the title states
  is correct; a material that the visible fabric or the title contradicts is "unsupported".
- Details that are not visible in the stated view (back prints, elbow patches, linings) are "unsupported" even if
  such garments often have them.
- "yes", a lone color word, or a bare class word ("blazer", "jacket") to an open question is "non_answer"; so is an
  answer that only gives the question's words back ("the coat details"). A verbose sentence built from the
  question's own words with no content ("the jacket is a jacket") is "restated".
- A text that both loops and leaks is labelled by what shows first: a "Question:"/"Answer:" turn is "leak", plain
  repetition is "loop". Loops and cuts that ran to their token limit carry hit_limit=True; leaks that ran to the
  limit do too.
- A correct start that runs into a loop is "loop"; a correct start that stops mid-phrase at the limit is "cut".
- A pea coat, parka or zip hoodie answered with the seller's class word is correct; a shacket answered "shirt" when
  the seller lists it under Jackets is "contradiction" (the seller's category wins where the photo allows both).
- Pronoun failures are only labelled on rows whose gender is Men; the row with no gender column has none.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length

BLIND_1038 = [
    # photo: navy blue washed denim jacket worn open over a plain white crew-neck t-shirt, black jeans, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X1038-001",
        caption("a man wearing a denim jacket and white t - shirt"),
        wearing("a blue denim jacket over a white t-shirt and black jeans", who="he"),
        color_of("jacket", "navy blue"),
        color_of("t-shirt", "white"),
        describe("jacket", "white denim jacket with button front", "other_garment_color"),
        details("jacket", "button front, two chest pockets with flaps, distressed rips on both sleeves", "unsupported"),
        is_a("jacket", "yes"),
        material("denim"),
        title="Roadster Men Navy Blue Washed Denim Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey slim-fit single-breasted blazer, buttoned, over a light blue formal shirt, no tie, grey
    # trousers, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X1038-002",
        caption("a man in a grey suit jacket and blue shirt"),
        wearing("a light blue blazer and a grey shirt", "other_garment_color", who="the man"),
        color_of("blazer", "grey"),
        describe(
            "blazer",
            "a charcoal grey single breasted blazer with notch lapels, two buttons, a chest pocket and two flap pockets"
            " at the",
            "cut",
            hit_limit=True,
        ),
        details(
            "blazer", "notched lapel, two buttons, flap pockets, a pocket square in the chest pocket", "unsupported"
        ),
        garment_type("shirt", "contradiction"),
        sleeve_length("long sleeves"),
        color_of("shirt", "blue"),
        title="Blackberrys Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive green bomber jacket half zipped over a black crew-neck t-shirt, black jeans, white backdrop, front
    # view. Caption: base model; answers: VQA adapter.
    case(
        "X1038-003",
        caption("a man wearing an olive green bomber jacket"),
        wearing(
            "olive bomber jacket black t-shirt black t-shirt black t-shirt black t-shirt black t-shirt black t-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black", "contradiction"),
        describe("jacket", "an olive green bomber jacket with ribbed collar, cuffs and hem and a zip front"),
        details("jacket", "the details of the jacket are the jacket details", "restated"),
        pattern("solid"),
        material("polyester"),
        title="HRX by Hrithik Roshan Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket with asymmetric zip, worn open over a white t-shirt, blue jeans, grey
    # studio backdrop, no belt on the jacket. Caption: base model; answers: VQA adapter.
    case(
        "X1038-004",
        caption("a man in a black leather jacket and white t - shirt"),
        wearing("she is wearing a black leather jacket and a white t-shirt", "pronoun"),
        color_of("jacket", "black"),
        color_of("t-shirt", "white"),
        describe("jacket", "a white leather jacket with zipper", "other_garment_color"),
        details("jacket", "asymmetric zip front, wide lapels with snap buttons and zipped pockets"),
        material("leather"),
        is_a("coat", "no"),
        title="Mast & Harbour Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: beige double-breasted belted trench coat, open, over a white shirt, black trousers, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X1038-005",
        caption("a man wearing a beige trench coat and white shirt"),
        wearing("a beige trench coat with a belt, a white shirt and black trousers", who="he"),
        color_of("coat", "white", "contradiction"),
        describe("coat", "describe the coat in the picture", "restated"),
        details(
            "coat",
            "double breasted, belt, belt, belt, belt, belt, belt, belt, belt, belt, belt, belt, belt, belt",
            "loop",
            hit_limit=True,
        ),
        garment_type("coat"),
        is_a("trench coat", "yes"),
        material("cotton"),
        title="Mast & Harbour Men Khaki Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Khaki",
        gender="Men",
    ),
    # photo: black track jacket with white stripes down the sleeves and a white logo on the chest, open over a red
    # Puma logo t-shirt, black track pants, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-006",
        caption("a man in a black and white jacket with red shirt"),
        wearing("a black puma jacket over a red t-shirt"),
        color_of("jacket", "red jacket with white stripes", "other_garment_color", kind="open"),
        details("jacket", "white stripes on the sleeves, a stand collar, a zip front and a puma logo on the chest"),
        sleeve_length("long sleeves"),
        garment_type("t-shirt", "contradiction"),
        is_a("jacket", "yes"),
        material("polyester"),
        title="Puma Men Black Solid Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: tan suede trucker jacket, unbuttoned, over a white t-shirt, blue jeans, white backdrop, three-quarter
    # length shot. Caption: base model; answers: VQA adapter.
    case(
        "X1038-007",
        caption("a man wearing a brown suede jacket and white t - shirt"),
        wearing(
            "he is wearing a tan suede jacket over a white t-shirt and a pair of blue jeans with the jacket unbuttoned"
            " and the sleeves of the",
            "cut",
            hit_limit=True,
            who="he",
        ),
        color_of("jacket", "brown"),
        describe("jacket", "no", "non_answer"),
        details("jacket", "a tan suede jacket with pointed collar, button front and two flap chest pockets"),
        material("suede"),
        is_a("blazer", "no"),
        title="Levis Men Tan Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: navy casual blazer with a faint light blue windowpane check, open over a white t-shirt, grey chinos,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-008",
        caption("a man wearing a blue blazer and white t - shirt"),
        wearing("a navy checked blazer over a white t-shirt with grey chinos"),
        pattern("solid", "contradiction"),
        color_of("blazer", "navy blue"),
        details("blazer", "the details of the blazer are the details of the blazer", "restated"),
        describe("blazer", "white blazer with two buttons", "other_garment_color"),
        garment_type("blazer"),
        title="Allen Solly Men Navy Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red quilted puffer jacket with an attached plain hood (no fur), half zipped over a grey t-shirt, black
    # jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-009",
        caption("a man wearing a red puffer jacket with a hood"),
        wearing(
            "a red puffy jacket with a hood and a grey t-shirt underneath and black jeans and the jacket is zipped"
            " half way up to the",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red"),
        describe("jacket", "a red quilted jacket with a fur-trimmed hood", "unsupported"),
        details("jacket", "the jacket details are the details on the jacket", "restated"),
        material("polyester"),
        is_a("jacket", "no", "contradiction"),
        sleeve_length("long sleeves"),
        title="Fort Collins Men Red Solid Hooded Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: black single-breasted formal blazer over a white formal shirt and a black tie, black trousers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-010",
        caption("a man in a black suit and tie"),
        wearing(
            "black blazer white shirt black tie black blazer white shirt black tie black blazer white shirt black tie"
            " black",
            "loop",
            hit_limit=True,
        ),
        color_of("blazer", "black"),
        color_of("shirt", "white"),
        describe("blazer", "a white blazer with a black tie", "other_garment_color"),
        details(
            "blazer",
            "Question: What are the blazer details? Answer: notch lapel, two buttons and a chest pocket",
            "leak",
        ),
        is_a("blazer", "yes"),
        material("wool"),
        title="Raymond Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: light-wash blue denim jacket open over a black t-shirt with a white graphic print, black jeans, white
    # backdrop, front view only. Caption: base model; answers: VQA adapter.
    case(
        "X1038-011",
        caption("a man wearing a light blue denim jacket and black t - shirt"),
        wearing("he is wearing a denim jacket with a black graphic t-shirt", who="he"),
        color_of("jacket", "black", "contradiction"),
        describe(
            "jacket",
            "a light wash denim jacket with button front, chest pockets and a printed graphic on the back",
            "unsupported",
        ),
        details("jacket", "a black denim jacket with button front and chest pockets", "other_garment_color"),
        pattern("solid"),
        material("denim"),
        title="Flying Machine Men Blue Light Wash Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige unstructured linen blazer open over a light pink shirt with open collar, white trousers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-012",
        caption("a man in a beige blazer and pink shirt"),
        wearing("she is wearing a beige blazer over a pink shirt and white trousers", "pronoun"),
        describe("blazer", "a light pink blazer with notch lapels and patch pockets", "other_garment_color"),
        color_of("blazer", "beige"),
        material("linen"),
        details(
            "blazer",
            "an unstructured beige linen blazer with notch lapels, two buttons, patch pockets and a pink shirt"
            " underneath with the collar open and the",
            "cut",
            hit_limit=True,
        ),
        sleeve_length("long sleeves"),
        title="Louis Philippe Men Beige Solid Linen Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: long charcoal grey wool-blend single-breasted overcoat over a white shirt, black trousers, grey studio
    # backdrop, no props. Caption: base model; answers: VQA adapter.
    case(
        "X1038-013",
        caption("a man in a grey coat standing in front of a grey wall holding a briefcase", "unsupported"),
        wearing("a long grey coat over a white shirt and black pants"),
        color_of("coat", "grey"),
        describe(
            "coat",
            "a long charcoal grey coat with notch lapels, single breasted with three buttons and flap pockets at the"
            " hips, with a",
            "cut",
            hit_limit=True,
        ),
        details("coat", "white coat with buttons", "other_garment_color"),
        garment_type("coat"),
        material("wool"),
        title="Van Heusen Men Charcoal Grey Solid Wool Blend Overcoat",
        category="Coats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black and white colour-block windrunner jacket (white chevron across the chest, white swoosh), hood
    # down, zipped over a grey t-shirt, no cap, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-014",
        caption("a man wearing a black and white nike jacket"),
        wearing("a black nike jacket with a white logo and a baseball cap", "unsupported"),
        pattern("colour block"),
        color_of("jacket", "grey", "contradiction"),
        details("jacket", "yes", "non_answer"),
        describe(
            "jacket",
            "a black and white jacket with a hood and a zip Question: Is this a jacket? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon velvet tuxedo blazer with black satin shawl lapel, one button, over a white shirt with a black
    # bow tie, black trousers, white backdrop; no brooch. Caption: base model; answers: VQA adapter.
    case(
        "X1038-015",
        caption("a man in a maroon velvet jacket and bow tie"),
        wearing("a maroon velvet blazer, white shirt, black bow tie and black pants"),
        color_of("blazer", "maroon"),
        details(
            "blazer", "shawl collar with black satin lapels, one button, and a gold brooch on the lapel", "unsupported"
        ),
        describe("blazer", "Answer: maroon velvet tuxedo jacket", "leak"),
        garment_type("blazer"),
        material("velvet"),
        title="Wills Lifestyle Men Maroon Velvet Tuxedo Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive utility jacket with four flap pockets and a drawstring waist, open over a white t-shirt, black
    # jeans, white backdrop; no watch, shoes cropped out. Caption: base model; answers: VQA adapter.
    case(
        "X1038-016",
        caption("a man wearing a green jacket and white t - shirt"),
        wearing(
            "an olive green jacket and a white t - shirt and black jeans and a silver watch on his wrist", "unsupported"
        ),
        color_of("jacket", "olive"),
        color_of("t-shirt", "white"),
        describe("jacket", "an olive utility jacket with four flap pockets and a drawstring waist"),
        details("jacket", "jacket", "non_answer"),
        is_a("coat", "no"),
        material("cotton"),
        title="WROGN Men Olive Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy quilted sleeveless padded jacket (gilet) with stand collar and an embroidered logo, zipped over a
    # white long-sleeve shirt, beige chinos, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-017",
        caption("a man wearing a navy blue vest over a white shirt"),
        wearing("he is wearing a navy sleeveless puffer jacket over a white shirt", who="he"),
        sleeve_length("long sleeves", "contradiction"),
        color_of("jacket", "navy blue"),
        details("jacket", "quilted, sleeveless, zip front, stand collar, two zip pockets, U.S. Polo logo on the chest"),
        describe("jacket", "a white quilted vest with long sleeves", "other_garment_color"),
        is_a("vest", "yes"),
        title="U.S. Polo Assn. Men Navy Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey blazer with a black glen check, two buttons, open over a black polo t-shirt, black trousers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-018",
        caption("a man wearing a grey plaid blazer and a black shirt"),
        wearing(
            "grey checked blazer Question: What is the color of the blazer? Answer: grey Question: What is the pattern"
            " of",
            "leak",
            hit_limit=True,
        ),
        pattern("checked"),
        color_of("blazer", "black", "contradiction"),
        describe(
            "blazer",
            "a grey checkered blazer with two buttons and a black shirt underneath. the blazer has two buttons and a"
            " black shirt underneath. the blazer has two",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "peak lapels, three buttons and a ticket pocket", "unsupported"),
        garment_type("blazer"),
        title="Park Avenue Men Grey Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard yellow hooded windcheater, hood down, zipped halfway over a white t-shirt, navy joggers, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-019",
        caption("a man wearing a yellow jacket with a hood"),
        wearing("jacket", "non_answer"),
        color_of("jacket", "yellow"),
        describe("jacket", "white jacket with hood and zip", "other_garment_color"),
        material(
            "Question: What material is the garment made of? Answer: polyester Question: What is the color of the"
            " jacket? Answer: yellow",
            "leak",
        ),
        is_a("jacket", "yes"),
        sleeve_length("long sleeves"),
        title="Duke Men Mustard Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: black nylon MA-1 bomber with a zip pocket on the left sleeve, open over a white and navy Breton-striped
    # t-shirt, grey jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-020",
        caption("a man wearing a black bomber jacket and striped shirt"),
        wearing(
            "a black bomber jacket over a striped t-shirt and a striped t-shirt and a striped t-shirt and a striped"
            " t-shirt and a striped",
            "loop",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        color_of("jacket", "black"),
        details("jacket", "ribbed collar, cuffs and hem, zip front, two side pockets and a zip pocket on the sleeve"),
        describe("jacket", "a navy and white striped jacket", "other_garment_color"),
        material("leather", "unsupported"),
        title="Highlander Men Black Solid Nylon Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy double-breasted wool-blend pea coat, buttoned, white shirt collar showing, grey trousers, white
    # backdrop, no scarf. Caption: base model; answers: VQA adapter.
    case(
        "X1038-021",
        caption("a man in a navy blue pea coat"),
        wearing(
            "navy blue coat navy blue coat navy blue coat navy blue coat navy blue coat navy blue coat navy blue coat"
            " navy blue",
            "loop",
            hit_limit=True,
        ),
        color_of("coat", "navy blue"),
        details("coat", "the coat details", "non_answer"),
        describe(
            "coat",
            "a navy blue double breasted coat with six buttons, wide lapels and a grey wool scarf around the neck",
            "unsupported",
        ),
        is_a("coat", "yes"),
        garment_type("coat"),
        material("wool"),
        title="Monte Carlo Men Navy Blue Solid Wool Blend Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black denim jacket buttoned halfway over a maroon crew-neck t-shirt, blue jeans, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1038-022",
        caption("a man wearing a black denim jacket and a red t - shirt"),
        wearing(
            "black denim jacket maroon t-shirt maroon t-shirt maroon t-shirt maroon t-shirt maroon t-shirt maroon",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "maroon", "contradiction"),
        color_of("t-shirt", "maroon"),
        details("jacket", "maroon denim jacket with buttons", "other_garment_color"),
        describe(
            "jacket",
            "he is wearing a black denim jacket with a maroon t-shirt underneath and blue jeans. the jacket has a"
            " collar, buttons, and two chest pockets, and the",
            "cut",
            hit_limit=True,
        ),
        material("denim"),
        title="Spykar Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: dark brown genuine leather jacket with a shirt collar and zip front, open over a cream henley t-shirt,
    # dark jeans, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-023",
        caption("a man in a brown leather jacket"),
        wearing("a brown leather jacket and a cream t-shirt"),
        color_of("jacket", "brown"),
        describe(
            "jacket",
            "a dark brown leather jacket with a shirt collar, a zip front and two zip pockets at the waist and a cream"
            " t-shirt under the",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "a cream leather jacket with buttons", "other_garment_color"),
        material("leather"),
        is_a("jacket", "yes"),
        sleeve_length("long sleeves"),
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: navy formal blazer over a white shirt with a navy polka-dot tie and a white pocket square, navy
    # trousers, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-024",
        caption("a man in a navy blue suit and tie with a white pocket square"),
        wearing("she is wearing a navy blue blazer, a white shirt and a tie", "pronoun"),
        color_of("blazer", "navy blue"),
        details("blazer", "notch lapel, two buttons, white pocket square in the chest pocket and flap pockets"),
        color_of("shirt", "white"),
        pattern("polka dots", "contradiction"),
        title="Blackberrys Men Navy Blue Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: royal blue track jacket with three white stripes on the sleeves, no hood, zipped to the chest over a
    # white t-shirt, black track pants, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-025",
        caption("a man wearing a blue adidas jacket"),
        wearing("a white track jacket with blue stripes and black track pants", "other_garment_color"),
        color_of("jacket", "blue"),
        describe(
            "jacket", "a blue jacket with three white stripes down the sleeves, a zip front and a hood", "unsupported"
        ),
        details("jacket", "white", "non_answer"),
        is_a("jacket", "yes"),
        material("polyester"),
        title="Adidas Men Blue Tiro Track Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey zip-up fleece hooded jacket with drawstrings and split kangaroo pockets, open over a
    # white t-shirt, black joggers, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-026",
        caption("a man wearing a grey hoodie and white t - shirt"),
        wearing(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "grey"),
        garment_type("jacket"),
        details(
            "jacket",
            "drawstring hood, zip front, split kangaroo pockets, ribbed cuffs and hem, and a white t-shirt underneath"
            " with a round neck and",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "the jacket is a jacket that is a jacket", "restated"),
        is_a("jacket", "yes"),
        title="Roadster Men Charcoal Grey Solid Hooded Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: long camel single-breasted overcoat, open over a black t-shirt and black jeans, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1038-027",
        caption("a man in a brown coat and black t - shirt"),
        wearing(
            "he is wearing a camel coat over a black t-shirt and black jeans with a brown leather bag on his shoulder",
            "unsupported",
            who="he",
        ),
        color_of("coat", "black", "contradiction"),
        describe("coat", "a long camel coat with notch lapels, three buttons and flap pockets"),
        details(
            "coat",
            "Question: What are the coat details? Answer: notch lapels, three buttons Question: What is the",
            "leak",
            hit_limit=True,
        ),
        garment_type("coat"),
        material("wool"),
        title="Harvard Men Camel Brown Solid Overcoat",
        category="Coats",
        color="Brown",
        gender="Men",
    ),
    # photo: navy self-design Nehru jacket (sleeveless, mandarin collar, five buttons) over a white full-sleeve shirt,
    # beige trousers, white backdrop, lining not visible. Caption: base model; answers: VQA adapter.
    case(
        "X1038-028",
        caption("a man in a blue vest and white shirt"),
        wearing("a navy nehru jacket over a white shirt and beige trousers"),
        sleeve_length("sleeveless"),
        color_of("jacket", "white", "contradiction"),
        details("jacket", "mandarin collar, five buttons, welt pockets and a paisley print lining", "unsupported"),
        describe("jacket", "a white nehru jacket with buttons", "other_garment_color"),
        is_a("jacket", "yes"),
        title="Louis Philippe Men Navy Blue Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black quilted puffer jacket, open over a red and black buffalo-check flannel shirt, blue jeans, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-029",
        caption("a man wearing a black puffer jacket and a red plaid shirt"),
        wearing("Answer: Answer: a black puffer jacket and a red checkered shirt", "leak"),
        pattern("checked", "contradiction"),
        color_of("jacket", "black"),
        color_of("shirt", "red"),
        describe("jacket", "red and black plaid jacket with a zip", "other_garment_color"),
        details(
            "jacket",
            "quilted, zip front, zip pockets, quilted, zip front, zip pockets, quilted, zip front, zip pockets,"
            " quilted",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        title="Fort Collins Men Black Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: khaki Harrington jacket with a stand collar and red tartan lining showing at the collar, open over a
    # navy t-shirt, white chinos, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1038-030",
        caption("a man wearing a beige jacket and a blue t - shirt"),
        wearing("Answer: a khaki jacket over a navy t-shirt", "leak"),
        color_of("jacket", "khaki"),
        details("jacket", "stand collar with tartan lining, zip front, slanted pockets"),
        color_of("t-shirt", "navy blue"),
        describe("jacket", "a navy blue jacket with a plaid collar", "other_garment_color"),
        is_a("jacket", "yes"),
        title="Mast & Harbour Men Khaki Solid Harrington Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: light grey slim-fit formal blazer over a white shirt, black trousers, white backdrop. Caption and
    # answers: VQA adapter.
    case(
        "X1038-031",
        caption(
            "a man wearing a grey blazer and white shirt and black pants and white shirt and black pants and white"
            " shirt and black pants and white shirt and black pants and white shirt and",
            "loop",
            hit_limit=True,
        ),
        wearing("a light grey blazer and a white shirt with a blue striped tie", "unsupported"),
        color_of("blazer", "grey"),
        garment_type("blazer"),
        describe("blazer", "blazer", "non_answer"),
        details("blazer", "a white blazer with notch lapels", "other_garment_color"),
        sleeve_length("long sleeves"),
        title="Van Heusen Men Light Grey Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket with a cream sherpa collar and sherpa lining showing at the front, no
    # hood, open over a grey t-shirt, black jeans, white backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-032",
        caption("a man wearing a denim jacket with a fur collar"),
        wearing("denim jacket with white fur collar and grey t-shirt"),
        color_of("jacket", "blue"),
        material("denim"),
        details(
            "jacket",
            "sherpa collar, button front, two chest flap pockets and hand pockets at the waist, with a sherpa hood",
            "unsupported",
        ),
        describe("jacket", "a grey denim jacket with a white collar", "other_garment_color"),
        is_a("jacket", "no", "contradiction"),
        title="Levis Men Blue Sherpa Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: green and black colour-block windcheater with an attached hood, zipped over a black t-shirt, black
    # track pants, white backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-033",
        caption(
            "a man wearing a green and black jacket. a man wearing a green and black jacket. a man wearing a green and"
            " black jacket. a man wearing a green and black jacket.",
            "loop",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        pattern("colour block"),
        color_of("jacket", "green"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: green and black jacket with a hood Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "her jacket has a hood, a zip front and black panels on the shoulders", "pronoun"),
        sleeve_length("long sleeves"),
        title="Puma Men Green & Black Colourblocked Hooded Windcheater",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: brown herringbone tweed blazer, two buttons, open over a light blue denim shirt, dark chinos, white
    # backdrop, front view (elbows not visible). Caption and answers: VQA adapter.
    case(
        "X1038-034",
        caption("a man in a brown tweed jacket and blue shirt"),
        wearing("brown blazer blue shirt"),
        color_of("blazer", "blue", "contradiction"),
        details("blazer", "herringbone tweed, notch lapels, two buttons, and suede elbow patches", "unsupported"),
        describe(
            "blazer",
            "a brown tweed blazer with notch lapels and two buttons over a light blue denim shirt with a pointed collar"
            " and a chest",
            "cut",
            hit_limit=True,
        ),
        material("wool"),
        garment_type("blazer"),
        title="Allen Solly Men Brown Herringbone Tweed Casual Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: navy hooded parka with a faux-fur trim on the hood, zip and snap front, four flap pockets, drawstring
    # waist, a zip pocket on the left sleeve, open over a white t-shirt, grey jeans, white backdrop. Caption and
    # answers: VQA adapter.
    case(
        "X1038-035",
        caption("a man wearing a blue jacket with a fur hood"),
        wearing("he is wearing a navy parka with a fur hood over a white t-shirt", who="he"),
        color_of("jacket", "navy blue"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details(
            "jacket",
            "fur hood, zip and snap front, four flap pockets, drawstring waist and a pocket on the left sleeve with"
            " a zip and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        is_a("jacket", "yes"),
        sleeve_length("short sleeves", "contradiction"),
        title="United Colors of Benetton Men Navy Blue Solid Hooded Parka Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal quilted jacket zipped halfway over a grey melange t-shirt, black jeans, white backdrop. Caption and
    # answers: VQA adapter.
    case(
        "X1038-036",
        caption("a man in a blue jacket and grey shirt"),
        wearing("she is wearing a teal quilted jacket and a grey t-shirt", "pronoun"),
        color_of("jacket", "teal"),
        describe("jacket", "a grey quilted jacket with zip front", "other_garment_color"),
        details(
            "jacket",
            "quilted teal jacket with a stand collar, zip front, two zip pockets at the waist and a grey t-shirt under"
            " it, the jacket is",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        material("polyester"),
        title="Mast & Harbour Men Teal Blue Solid Quilted Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: mid-blue blazer with a white windowpane check, open over a white crew-neck t-shirt, beige chinos, white
    # backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-037",
        caption(
            "blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer"
            " blazer blazer blazer blazer blazer blazer blazer blazer blazer blazer",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue checked blazer over a white t-shirt and beige chinos"),
        pattern("checked"),
        color_of("blazer", "white", "contradiction"),
        details("blazer", "notch lapels, three buttons, patch pockets and white piping on the lapels", "unsupported"),
        color_of("t-shirt", "white"),
        describe("blazer", "a white checked blazer with two buttons", "other_garment_color"),
        title="Peter England Men Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: varsity jacket with a navy body, white sleeves, a white chenille letter patch on the chest, snap front,
    # striped ribbed trims, over a white t-shirt, white backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-038",
        caption("a man wearing a blue and white jacket"),
        wearing("a navy blue and white varsity jacket with a letter patch"),
        color_of("jacket", "white", "contradiction"),
        pattern("colour block"),
        describe(
            "jacket",
            "a navy and white varsity jacket with white sleeves, snap buttons and ribbed cuffs, collar and hem with"
            " striped trim on the collar cuffs and",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the jacket details are on the jacket", "restated"),
        is_a("jacket", "yes"),
        title="HRX by Hrithik Roshan Men Navy Blue & White Varsity Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black hooded rain jacket, hood down, zipped over a blue t-shirt, black pants, white backdrop, no
    # reflective strips. Caption and answers: VQA adapter.
    case(
        "X1038-039",
        caption("a man wearing a black raincoat with a hood"),
        wearing("she is wearing a black rain jacket with hood and a blue t-shirt", "pronoun"),
        color_of("jacket", "blue", "contradiction"),
        describe("jacket", "Answer: black hooded rain jacket with zip front and a drawstring hood", "leak"),
        details("jacket", "hood, zip front, reflective strips on the chest and back", "unsupported"),
        material("nylon"),
        is_a("jacket", "yes"),
        garment_type("jacket"),
        title="Wildcraft Men Black Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: off-white linen blazer open over a navy t-shirt, navy trousers, white backdrop. Caption and answers:
    # VQA adapter.
    case(
        "X1038-040",
        caption("a man wearing a white blazer and blue shirt holding a coffee cup", "unsupported"),
        wearing("he is wearing a white blazer over a navy blue t-shirt and navy pants", who="he"),
        color_of("blazer", "navy blue", "contradiction"),
        describe("blazer", "a navy blazer with notch lapels", "other_garment_color"),
        details("blazer", "navy", "non_answer"),
        material("linen"),
        sleeve_length("long sleeves"),
        garment_type("blazer"),
        title="Wills Lifestyle Men Off White Solid Linen Blazer",
        category="Blazers",
        color="Off White",
        gender="Men",
    ),
    # photo: coffee brown corduroy trucker jacket, open over a white t-shirt, blue jeans, white backdrop. Caption and
    # answers: VQA adapter. The feed row has no gender column.
    case(
        "X1038-041",
        caption(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat"
            " jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown corduroy jacket and a white t-shirt"),
        color_of("jacket", "brown"),
        details("jacket", "corduroy, pointed collar, button front, two flap chest pockets"),
        material("corduroy"),
        describe("jacket", "the jacket is described as a jacket", "restated"),
        pattern("striped", "contradiction"),
        title="Jack & Jones Men Coffee Brown Corduroy Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # photo: navy double-breasted blazer with gold buttons and peak lapels, no pocket square, over a white shirt,
    # grey trousers, white backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-042",
        caption("a man in a navy blue double breasted blazer with gold buttons"),
        wearing(
            "navy double breasted blazer white shirt navy double breasted blazer white shirt navy double breasted"
            " blazer white",
            "loop",
            hit_limit=True,
        ),
        details(
            "blazer", "gold buttons, peak lapels, double breasted, six buttons, and a red pocket square", "unsupported"
        ),
        color_of("blazer", "navy blue"),
        is_a("blazer", "no", "contradiction"),
        garment_type("blazer"),
        describe("blazer", "a white double breasted blazer", "other_garment_color"),
        title="Arrow Men Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white track jacket with a black stripe down each sleeve and a small black logo, open over a black
    # t-shirt, black track pants, white backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-043",
        caption("a man wearing a white jacket and black pants"),
        wearing("white track jacket, black t-shirt and black track pants"),
        color_of("jacket", "black", "contradiction"),
        describe(
            "jacket",
            "a white track jacket with black stripes on the sleeves and the puma logo and the puma logo and the puma"
            " logo and the puma logo and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        material("polyester"),
        title="Puma Men White Solid Track Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: maroon casual blazer open over an untucked white t-shirt, blue jeans, feet cropped out, lookbook shot
    # in front of a red brick wall; the feed row has no category column. Caption and answers: VQA adapter.
    case(
        "X1038-044",
        caption("a man in a maroon blazer standing in front of a brick wall"),
        wearing("a maroon blazer, a white t-shirt and blue jeans"),
        color_of("blazer", "maroon"),
        describe("blazer", "her blazer is maroon with notch lapels and two buttons", "pronoun"),
        details("blazer", "notch lapels, two buttons, a leather belt and brown loafers", "unsupported"),
        garment_type("blazer"),
        sleeve_length("long sleeves"),
        title="Blackberrys Men Maroon Solid Slim Fit Casual Blazer",
        color="Maroon",
        gender="Men",
    ),
    # photo: blue and black buffalo-check overshirt jacket (shacket) open over a black t-shirt, black jeans, white
    # backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-045",
        caption("a man wearing a blue and black plaid shirt over a black t - shirt"),
        wearing("a blue and black checked jacket over a black t-shirt"),
        pattern("checked"),
        color_of("jacket", "blue"),
        garment_type("shirt", "contradiction"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: Question: What are the jacket details? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Roadster Men Blue & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige casual blazer over a light blue shirt with the top button open, sunglasses hooked on the chest
    # pocket, white trousers, white backdrop. Caption and answers: VQA adapter.
    case(
        "X1038-046",
        caption("a man in a beige blazer with sunglasses in his pocket"),
        wearing(
            "a beige blazer and a light blue shirt with the top button open and a pair of sunglasses hooked on the"
            " chest pocket of the",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "beige"),
        color_of("shirt", "blue"),
        details("blazer", "notch lapels, two buttons, patch pockets and sunglasses hooked on the chest pocket"),
        describe("blazer", "a light blue blazer", "other_garment_color"),
        material("silk", "unsupported"),
        title="Arrow Men Beige Solid Cotton Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
]
