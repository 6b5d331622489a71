"""BLIND_39 (44 products; a streetwear and sneaker shop): written blind in the sixteenth session. Measured blind at
ee37710: 111/140 and 20/146. The writer's notes, verbatim:

Blind corpus 39: a streetwear and sneaker-culture shop, BLIP-2 OPT-2.7b outputs labelled by hand.

Scenario
    A streetwear shop for men and women: oversized hoodies, graphic tees, cargo pants, track jackets, puffer
    vests, caps, bucket hats, sneakers and socks. Model photos outdoors (city streets, skate parks, graffiti
    walls), flat lays and product shots on concrete. Catalog columns in the shop's words: category (Hoodies,
    Tees, Cargos, Outerwear, Headwear, Footwear; socks are filed under Footwear), color (Washed Black, Bone,
    Sage, Cement, Volt, Infrared, ...), title, and gender ("men", "women", or absent for unisex items).

Which system wrote which text (named again in the comment above every case)
    - base: Salesforce/blip2-opt-2.7b, untuned (short answers that stop at the newline; the usual source of
      the correct texts, of wrong pronouns, one-colour-for-everything and invented brands/claims).
    - cap1 / cap3: the caption LoRA adapter after epoch 1 / epoch 3 (DeepFashion-MultiModal template prose,
      "pure color patterns", "The lady wears ...", never trained to stop, so mostly cut at 50 tokens, or at
      30 tokens when used for a question; the caption template returned for questions).
    - vqa: the VQA LoRA adapter (In-shop attribute answers; loops "the hood, the sleeves, ..."; leaks of the
      "Question: ... Answer:" format; broken captions).
    - closed answers (garment_type, color, pattern, sleeve_length, is_a) are the reference engine's ranked
      candidate over the base model unless the comment says otherwise.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the
    Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). Nothing else in /work/main was
    opened or searched; the only thing run was an import check of this file. Every photo is imagined and
    described in the comment above its case; each label was judged against that imagined photo.

Label conventions and judgement calls
    - One failure kind per text. When a text is both cut at the token limit and something else, it carries
      the other kind if that is the more telling fault (e.g. "The lady wears ..." on a men's product is
      "pronoun", a caption template inventing a person on a flat lay is "unsupported", a repeated phrase is
      "loop"), and hit_limit=True is still set truthfully.
    - "cut": stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for
      captions); hit_limit=False for the few that stop mid-phrase before the limit.
    - "loop": the same word/phrase repeated until the limit (hit_limit=True).
    - "non_answer": empty, "none", "unanswerable", "i don't know", a garment type given as the material, "they
      are socks" for the socks' details, a one-word caption from the VQA adapter, or the caption template
      returned to a colour question without any hue in it.
    - "restated": only the question's words back ("the shoes are shoes", "the details of the garment are the
      details", "it is a piece of clothing").
    - "leak": any "Question:"/"Answer:" fragment or the prompt echoed in the text, even when the answer itself
      is right.
    - "unsupported": invented brands (nike, new era), composition/origin claims ("100% organic cotton from
      peru", "90% duck down", "waterproof"), or a person/garments invented on a flat lay or product shot.
    - "other_garment_color": the product's colour question answered with the colour of another visible garment
      (pants, under-layer, cap, shoes); "contradiction": a colour/garment/sleeve/pattern that the photo, the
      other texts or the seller contradict, including colours taken from the background (graffiti), an
      accessory answered as a garment, and a gum sole's "brown" for a Bone sneaker.
    - Near-colour synonyms are correct: Bone -> white/cream, Cement -> grey, Sage -> green, Volt -> yellow or
      green (neon yellow-green), Infrared -> red, Washed Black -> black, camo -> green, tie-dye -> multicolor.
    - Correct hard cases kept correct: colours of backgrounds and props named in captions (graffiti walls,
      skateboards, concrete), layers ("green vest over a grey hoodie" with sleeve length "sleeveless" for the
      vest), patterned garments (stripes on track jackets, checkered socks, camo, floral/monogram prints),
      hoodie answered "sweatshirt", cap answered "hat", flat lays and product shots without a person.
    - Caption-adapter template prose ("pure color patterns", "cotton fabric") is correct when it is complete
      and true of the photo (hoodies and tees taken as cotton); "cotton fabric" for nylon would be unsupported.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_39: list[Case] = [
    # 1. Photo: man on a city street in a washed-black oversized hoodie, grey cargo pants, white sneakers.
    # caption, closed, material, wearing: base ("supreme" is not visible); description: cap3 (cut at 30);
    # details: vqa (loop).
    case(
        "STW-HD-0101",
        caption("a man in a black hoodie standing on a city street"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.description(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the hood, the sleeves, the pocket, the hood, the sleeves, the pocket, the hood, the sleeves, the "
            "pocket, the hood",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.wearing("he is wearing a black supreme hoodie and grey pants", "unsupported"),
        gender="men",
        category="Hoodies",
        color="Washed Black",
        title="Heavyweight Oversized Hoodie",
    ),
    # 2. Photo: flat lay on concrete, no person: bone tee with a black skull graphic on the front.
    # caption, closed, material: base; description: cap1 (invents a lady and pants, stopped at a full stop);
    # details: vqa (loop).
    case(
        "STW-TE-0102",
        caption("a white t-shirt with a black skull graphic laying on concrete"),
        B.garment_type("t-shirt"),
        B.color("white"),
        B.pattern("graphic"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lady wears a short pants.",
            "unsupported",
        ),
        D.details(
            "the skull, the skull, the skull, the skull, the skull, the skull, the skull, the skull, the skull, "
            "the skull",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="women",
        category="Tees",
        color="Bone",
        title="Archive Graphic Tee",
    ),
    # 3. Photo: man sitting on a skate-park ramp in a black hoodie, sage ripstop cargo pants, white sneakers.
    # caption, closed, colour of the pants, material: base; details of the pants: vqa (loop).
    # The closed colour "black" is the hoodie's; is_a "no" for the pants is wrong.
    case(
        "STW-CG-0103",
        caption("a man in a black hoodie and green cargo pants sitting on a skateboard ramp"),
        D.garment_type("pants"),
        is_a("pants", "no", "contradiction"),
        D.color("black", "other_garment_color"),
        color_of("pants", "green", kind="open"),
        details(
            "pants",
            "pockets on the side, pockets on the side, pockets on the side, pockets on the side, pockets on the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="men",
        category="Cargos",
        color="Sage",
        title="Ripstop Cargo Pant",
    ),
    # 4. Photo: woman in front of a graffiti wall in an infrared (bright red) nylon track jacket with white
    # stripes down the sleeves, black leggings. caption, wearing, closed, material: base (caption calls her a
    # man); jacket details: cap3 (cut at 30).
    case(
        "STW-OW-0104",
        caption("a man in a red jacket standing in front of a graffiti wall", "pronoun"),
        wearing("a red jacket and black leggings", who="she"),
        B.garment_type("jacket"),
        B.color("red"),
        B.pattern("striped"),
        B.material("polyester"),
        details(
            "jacket",
            "The jacket has long sleeves, cotton fabric and color block patterns. The neckline of it is stand. "
            "The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Outerwear",
        color="Infrared",
        title="Retro Track Jacket",
    ),
    # 5. Photo: product shot on concrete, no person: cement-grey nylon bucket hat.
    # caption, closed, material, is_a: base; description: vqa (loop). garment_type "t-shirt" for a hat.
    case(
        "STW-HW-0105",
        caption("a grey bucket hat on a concrete floor"),
        B.garment_type("t-shirt", "contradiction"),
        B.color("grey"),
        D.description(
            "a grey hat with a grey brim and a grey band and a grey logo and a grey brim and a grey band and a",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon"),
        is_a("hat", "yes"),
        category="Headwear",
        color="Cement",
        title="Nylon Bucket Hat",
    ),
    # 6. Photo: feet on a skateboard at a skate park: volt (neon yellow-green) low-top sneakers with white soles,
    # black socks, black pant hems. caption, closed, shoe colour, wearing, material: base; details: vqa.
    # Closed colour "black" is the socks/pants; "nike" is not visible anywhere.
    case(
        "STW-SN-0106",
        caption("a pair of neon green sneakers on a skateboard"),
        B.garment_type("shoes"),
        B.color("black", "other_garment_color"),
        color_of("shoes", "yellow and white", kind="open"),
        D.details(
            "white sole, white laces, white sole, white laces, white sole, white laces, white sole, white laces, white",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pair of nike shoes", "unsupported"),
        D.material("leather"),
        gender="men",
        category="Footwear",
        color="Volt",
        title="Court Low Sneaker",
    ),
    # 7. Photo: woman before a blue-and-pink graffiti wall in a bone fleece hoodie (kangaroo pocket, drawstrings)
    # and black bike shorts. caption: cap3 (cut at 50); wearing, closed, details, material: base;
    # description: vqa (leak). Closed colour "pink" is the wall.
    case(
        "STW-HD-0107",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a short pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and black shorts"),
        D.garment_type("hoodie"),
        D.color("pink", "contradiction"),
        D.description("Question: Describe the garment. Answer: a white hoodie", "leak"),
        D.details("the hoodie has a kangaroo pocket and a drawstring hood"),
        D.material("fleece"),
        gender="women",
        category="Hoodies",
        color="Bone",
        title="Boxy Fleece Hoodie",
    ),
    # 8. Photo: man on a city street in a washed-black tee with a white flame logo and lettering on the chest,
    # sage cargo pants. caption, closed, pants colour, description, material: base; details: vqa.
    # Closed colour "green" is the pants; description stopped mid-phrase before the limit.
    case(
        "STW-TE-0108",
        caption("a man wearing a black t-shirt with flames on it"),
        D.garment_type("t-shirt"),
        D.color("green", "other_garment_color"),
        color_of("pants", "green", kind="open"),
        D.pattern("graphic"),
        D.description("the shirt is a black t-shirt with a flame design on the front and the word", "cut"),
        D.details(
            "the flames, the letters, the flames, the letters, the flames, the letters, the flames, the letters, "
            "the flames",
            "loop",
            hit_limit=True,
        ),
        D.material("it's made of 100% organic cotton from peru", "unsupported"),
        gender="men",
        category="Tees",
        color="Washed Black",
        title="Flame Logo Tee",
    ),
    # 9. Photo: flat lay on concrete, no person: washed-black nylon parachute cargo pants with side pockets.
    # caption, closed, material, describe: base; wearing: vqa (invents a woman); pants details: cap1 (loop).
    case(
        "STW-CG-0109",
        caption("a pair of black cargo pants laying on the ground"),
        B.garment_type("pants"),
        B.color("black"),
        B.pattern("solid"),
        B.material("nylon"),
        wearing("she is wearing a black pants", "unsupported", who="she"),
        details(
            "pants",
            "The pants are with cotton fabric and solid color patterns. The pants are of long length. The pants "
            "are with",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "a pair of black pants with pockets on the side"),
        gender="women",
        category="Cargos",
        color="Washed Black",
        title="Parachute Cargo",
    ),
    # 10. Photo: man on a street in a sage puffer vest worn over a grey hoodie, black pants.
    # caption, is_a, closed, material: base; description: cap3 (cut at 30, calls the vest a tank top);
    # details: vqa (leak). Closed colour "grey" is the hoodie underneath; "sleeveless" is right for the vest.
    case(
        "STW-OW-0110",
        caption("a man wearing a green vest over a grey hoodie"),
        is_a("vest", "yes"),
        D.garment_type("vest"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The person wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("Answer: zipper", "leak"),
        D.material("nylon"),
        gender="men",
        category="Outerwear",
        color="Sage",
        title="Ripstop Puffer Vest",
    ),
    # 11. Photo: woman at a skate park in an infrared six-panel cap and a black tee (unisex cap).
    # caption, closed, hat colour, material, details ("no"): base; description: vqa (loop). Closed colour "black"
    # is the tee.
    case(
        "STW-HW-0111",
        caption("a woman wearing a red baseball cap and a black t-shirt"),
        B.garment_type("hat"),
        B.color("black", "other_garment_color"),
        color_of("hat", "red", kind="open"),
        B.material("cotton"),
        D.details("no", "non_answer"),
        D.description(
            "a red baseball cap with a red baseball cap with a red baseball cap with a red baseball cap with a",
            "loop",
            hit_limit=True,
        ),
        category="Headwear",
        color="Infrared",
        title="Six-Panel Dad Cap",
    ),
    # 12. Photo: man before a graffiti wall in a volt pullover hoodie, black cargo pants, grey cap.
    # caption: cap1 (cut at 50); wearing: vqa returning the caption template (cut at 30); hoodie colour: vqa
    # (loop); closed, is_a: reference engine over vqa; details: base. is_a "no" for a hoodie.
    case(
        "STW-HD-0112",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.garment_type("hoodie"),
        is_a("hoodie", "no", "contradiction"),
        D.details("it has a hood and a front pocket"),
        gender="men",
        category="Hoodies",
        color="Volt",
        title="Neon Pullover Hoodie",
    ),
    # 13. Photo: woman on a street in a pink/purple/blue tie-dye boxy tee and light-blue jeans.
    # caption, closed, description, material, jeans colour: base; details: vqa (loop).
    # "pink" for the jeans is the shirt's colour.
    case(
        "STW-TE-0113",
        caption("a woman wearing a tie dye shirt and jeans"),
        D.color("multicolor"),
        D.pattern("tie-dye"),
        D.description("a pink and purple tie dye t-shirt"),
        D.details(
            "pink, purple, blue, pink, purple, blue, pink, purple, blue, pink, purple, blue, pink, purple",
            "loop",
            hit_limit=True,
        ),
        D.material("she is wearing a cotton t-shirt"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        gender="women",
        category="Tees",
        color="Sunset Dye",
        title="Tie-Dye Boxy Tee",
    ),
    # 14. Photo: man on a city street in a washed-black track jacket with white stripes, open over a white tee,
    # black track pants. caption: cap3 ("The lady", run to 50 tokens); everything else: vqa.
    # "black" for the shirt is the jacket's colour; "jacket" restates the question.
    case(
        "STW-OW-0114",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        color_of("jacket", "black and white", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "the zipper, the stripes, the zipper, the stripes, the zipper, the stripes, the zipper, the stripes, the",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "jacket", "restated"),
        gender="men",
        category="Outerwear",
        color="Washed Black",
        title="Taped Track Jacket",
    ),
    # 15. Photo: flat lay on concrete, no person: three pairs of bone crew socks with a black-and-white
    # checkered band. caption, closed, material: base; description: cap3 (loop); wearing: vqa (invents outfit).
    case(
        "STW-SX-0115",
        caption("three pairs of white socks with black and white checkered pattern"),
        B.garment_type("socks"),
        B.color("white"),
        B.pattern("checkered"),
        D.description(
            "The socks are with cotton fabric and lattice patterns. The socks are with cotton fabric and lattice "
            "patterns. The socks are with cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a black skirt", "unsupported"),
        category="Footwear",
        color="Bone",
        title="Checker Crew Socks 3-Pack",
    ),
    # 16. Photo: woman before an orange-and-blue graffiti wall in a black crop tank, cement wide-leg cargos,
    # white sneakers. caption, wearing, description: cap3; closed, details: base.
    case(
        "STW-CG-0116",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("grey"),
        D.description(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.details("it has big pockets on the sides"),
        gender="women",
        category="Cargos",
        color="Cement",
        title="Wide Leg Cargo",
    ),
    # 17. Photo: man seen from behind on a night street in an infrared hoodie with a large white tiger and
    # lettering print on the back. caption, closed, describe, wearing: base; material: vqa (loop).
    # Pattern "solid" contradicts the back print; describe stopped mid-phrase before the limit.
    case(
        "STW-HD-0117",
        caption("the back of a man wearing a red hoodie with a white design"),
        B.garment_type("sweatshirt"),
        B.color("red"),
        B.pattern("solid", "contradiction"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        describe("hoodie", "it is a red hoodie with a picture of a tiger on the back and the words", "cut"),
        wearing("she is wearing a red hoodie", "pronoun", who="he"),
        gender="men",
        category="Hoodies",
        color="Infrared",
        title="Back Print Hoodie",
    ),
    # 18. Photo: flat lay on concrete: sage heavy tee with a black cap and sunglasses placed beside it.
    # caption, closed: base; description, details: vqa. Closed colour "black" is the cap's.
    case(
        "STW-TE-0118",
        caption("a green t-shirt, a black hat and sunglasses on the ground"),
        B.garment_type("t-shirt"),
        B.color("black", "other_garment_color"),
        B.pattern("solid"),
        D.description("it is a piece of clothing", "restated"),
        D.details("", "non_answer"),
        gender="women",
        category="Tees",
        color="Sage",
        title="Essential Heavy Tee",
    ),
    # 19. Photo: woman at a skate park in a cropped washed-black puffer vest over a bone hoodie, black leggings.
    # caption, closed, material, details: base; description: cap1 (cut at 30).
    # Sleeve length "long" is the hoodie's sleeves, the vest is sleeveless.
    case(
        "STW-OW-0119",
        caption("a woman in a black puffer vest and white hoodie at a skate park"),
        D.garment_type("vest"),
        D.color("black"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded",
            "cut",
            hit_limit=True,
        ),
        D.material("nylon"),
        D.details("Question: What are the details of the garment? Answer: it has a zipper", "leak"),
        gender="women",
        category="Outerwear",
        color="Washed Black",
        title="Cropped Puffer Vest",
    ),
    # 20. Photo: man on a street in a sage bucket hat, white tee, black shorts.
    # caption, is_a, closed: base; material, description, wearing: vqa. Closed colour "white" is the tee.
    case(
        "STW-HW-0120",
        caption("a man wearing a green bucket hat and a white t-shirt"),
        is_a("hat", "yes"),
        B.garment_type("hat"),
        B.color("white", "other_garment_color"),
        B.material("Answer: cotton", "leak"),
        D.description(
            "a green hat with a green hat with a green hat with a green hat with a green hat with a green hat",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a green hat", "pronoun", who="he"),
        gender="men",
        category="Headwear",
        color="Sage",
        title="Reversible Bucket Hat",
    ),
    # 21. Photo: product shot on concrete, no person: bone leather/suede runners with a gum (brown) sole.
    # caption, closed, material, details, description (leak): base; wearing: cap3 (invents a lady, stopped at a
    # full stop).
    # Closed colour "brown" is only the sole; the seller says Bone.
    case(
        "STW-SN-0121",
        caption("a pair of white sneakers with brown soles on concrete"),
        B.garment_type("shoes"),
        B.color("brown", "contradiction"),
        B.material("leather and suede"),
        D.details("the shoes have a brown sole and white laces"),
        D.description("Answer: a pair of white sneakers", "leak"),
        D.wearing(
            "The lady wears a pair of sneakers with pure color patterns. The sneakers are with leather fabric.",
            "unsupported",
        ),
        gender="women",
        category="Footwear",
        color="Bone",
        title="Retro Runner",
    ),
    # 22. Photo: man on a street in a sage zip hoodie worn open over a white tee, cement cargo pants.
    # caption: cap3 ("The lady", run to 50 tokens); everything else: vqa. "green" for the pants is the hoodie's.
    case(
        "STW-HD-0122",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("pants", "green", "other_garment_color", kind="open"),
        color_of("hoodie", "green", kind="open"),
        describe(
            "hoodie",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded",
            "cut",
            hit_limit=True,
        ),
        details(
            "hoodie",
            "zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        gender="men",
        category="Hoodies",
        color="Sage",
        title="Zip-Through Hoodie",
    ),
    # 23. Photo: woman skateboarding in a volt tee with black script lettering, black cargo pants.
    # All base. "green" for volt is a near synonym (kept correct); details stopped mid-phrase before the limit;
    # pattern "striped" contradicts the lettering print.
    case(
        "STW-TE-0123",
        caption("a woman skateboarding in a yellow shirt and black pants"),
        D.wearing("a yellow shirt and black pants"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.description("a yellow t-shirt with black writing on it"),
        D.details("the shirt says", "cut"),
        D.material("i don't know", "non_answer"),
        D.pattern("striped", "contradiction"),
        gender="women",
        category="Tees",
        color="Volt",
        title="Neon Script Tee",
    ),
    # 24. Photo: flat lay on concrete, no person: woodland camo cargo pants (front slant and side cargo pockets).
    # caption: cap1 (loop); closed: base; description, details, wearing: vqa.
    case(
        "STW-CG-0124",
        caption(
            "The pants are with cotton fabric and complicated patterns. The pants are of long length. The pants "
            "are with cotton fabric and complicated patterns. The pants are of long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("green"),
        B.pattern("camouflage"),
        D.description(
            "a pair of green and brown camouflage cargo pants with six pockets, two on the front, two on the side "
            "and two on the",
            "cut",
            hit_limit=True,
        ),
        D.details("Answer: pockets", "leak"),
        wearing("he is wearing a pair of camouflage pants", "unsupported", who="he"),
        gender="men",
        category="Cargos",
        color="Woodland Camo",
        title="Camo Cargo Pant",
    ),
    # 25. Photo: woman walking down a street in a sage/bone colour-block track top and bone wide pants; the
    # jacket has a stand collar and no hood. caption, closed, material: base; jacket colour and details: cap3.
    case(
        "STW-OW-0125",
        caption("a woman in a green and white jacket walking down the street"),
        B.garment_type("jacket"),
        B.color("green"),
        B.pattern("color block"),
        color_of(
            "jacket",
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric.",
            "non_answer",
            kind="open",
        ),
        details(
            "jacket",
            "The jacket has long sleeves, cotton fabric and color block patterns. The neckline of it is stand. "
            "The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.material("it is made of nylon and it is waterproof", "unsupported"),
        gender="women",
        category="Outerwear",
        color="Sage/Bone",
        title="Colorblock Track Top",
    ),
    # 26. Photo: woman before a graffiti wall in a cement garment-dyed hoodie, black cap, blue jeans.
    # caption: cap3 (cut at 50); wearing, colours, details, is_a: vqa. "grey" for every garment: the jeans
    # and the cap get the hoodie's colour.
    case(
        "STW-HD-0126",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("grey hoodie", who="she"),
        color_of("hoodie", "grey", kind="open"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("hat", "grey", "other_garment_color", kind="open"),
        details(
            "hoodie",
            "the hood, the sleeves, the cuffs, the hem, the hood, the sleeves, the cuffs, the hem, the hood, the "
            "sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        gender="women",
        category="Hoodies",
        color="Cement",
        title="Garment Dyed Hoodie",
    ),
    # 27. Photo: young man sitting on a skateboard in a white tee with a colourful print of a skater on the
    # front, black shorts. caption, wearing, closed, description, material: base; details: vqa.
    # "t-shirt" as the material is no answer; is_a "no" for the tee is wrong.
    case(
        "STW-TE-0127",
        caption("a young man sitting on a skateboard wearing a white t-shirt"),
        D.wearing("a white t-shirt and black shorts"),
        D.garment_type("shirt"),
        D.color("white"),
        D.description(
            "the t-shirt is a white t-shirt with a picture of a man on a skateboard on the front of the t-",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the picture, the picture, the picture, the picture, the picture, the picture, the picture, the picture",
            "loop",
            hit_limit=True,
        ),
        D.material("t-shirt", "non_answer"),
        D.pattern("graphic"),
        is_a("t-shirt", "no", "contradiction"),
        gender="men",
        category="Tees",
        color="Optic White",
        title="Skate Crew Tee",
    ),
    # 28. Photo: product shot, no person: volt puffer vest on a hanger against a pink-and-blue graffiti wall.
    # caption, closed, description: base; wearing: vqa (loop). "pink" is the wall; "long" sleeves on a vest.
    case(
        "STW-OW-0128",
        caption("a yellow vest hanging on a wall with graffiti"),
        B.garment_type("vest"),
        B.color("pink", "contradiction"),
        B.sleeve_length("long", "contradiction"),
        D.wearing(
            "a yellow vest and a yellow vest and a yellow vest and a yellow vest and a yellow vest and a",
            "loop",
            hit_limit=True,
        ),
        D.description("Describe the garment. it's a yellow vest", "leak"),
        gender="men",
        category="Outerwear",
        color="Volt",
        title="Hi-Vis Puffer Vest",
    ),
    # 29. Photo: man on a street in a washed-black snapback with a white embroidered logo, infrared hoodie.
    # caption: cap3 (cut at 50); closed, hat colour, details, material: base. The cap is answered as a
    # sweatshirt and given the hoodie's red; "new era" is not visible.
    case(
        "STW-HW-0129",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. This gentleman wears a hat. The gentleman wears a long pants. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt", "contradiction"),
        B.color("red", "other_garment_color"),
        color_of("hat", "black", kind="open"),
        D.details("the hat has a white logo on the front"),
        B.material("it is made by new era", "unsupported"),
        gender="men",
        category="Headwear",
        color="Washed Black",
        title="Logo Snapback",
    ),
    # 30. Photo: woman's feet on a sidewalk: white sneakers with infrared accents, light-blue jeans hems.
    # caption, closed, details, material: base; wearing: vqa (loop). Closed colour "blue" is the jeans.
    case(
        "STW-SN-0130",
        caption("a woman's feet in white and red sneakers on the sidewalk"),
        B.garment_type("shoes"),
        B.color("blue", "other_garment_color"),
        D.details("the shoes are shoes", "restated"),
        D.wearing(
            "a pair of white sneakers with red accents and a pair of blue jeans and a pair of white sneakers with "
            "red accents and a pair",
            "loop",
            hit_limit=True,
        ),
        D.material("mesh and suede"),
        gender="women",
        category="Footwear",
        color="White/Infrared",
        title="Runner 90 Sneaker",
    ),
    # 31. Photo: flat lay on concrete, no person: bone washed-fleece hoodie.
    # caption, closed, description, details: base; material: vqa.
    case(
        "STW-HD-0131",
        caption("a white hoodie laying on a concrete floor"),
        D.garment_type("hoodie"),
        D.description("none", "non_answer"),
        D.details("unanswerable", "non_answer"),
        D.material("the garment is made of the material of the garment", "restated"),
        D.color("white"),
        gender="men",
        category="Hoodies",
        color="Bone",
        title="Washed Fleece Hoodie",
    ),
    # 32. Photo: woman on a street in a black tee and bone utility cargo pants with a black webbing belt.
    # caption: cap3 (cut at 50); closed, description, details: base. Closed colour "black" is the tee;
    # description stopped mid-phrase before the limit.
    case(
        "STW-CG-0132",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.description("a pair of white cargo pants with a black belt and a black", "cut"),
        D.details("pockets Question: What is the color of the pants? Answer: white", "leak"),
        gender="women",
        category="Cargos",
        color="Bone",
        title="Utility Cargo Pant",
    ),
    # 33. Photo: long-haired man before a graffiti wall in a cement long-sleeve tee with prints on both
    # sleeves and a small chest logo. caption, closed, describe: base. The caption calls him a woman;
    # sleeve length "short" for a long-sleeve tee.
    case(
        "STW-TE-0133",
        caption("a woman standing in front of a graffiti wall wearing a grey shirt", "pronoun"),
        B.sleeve_length("short", "contradiction"),
        B.color("grey"),
        B.garment_type("t-shirt"),
        describe(
            "shirt",
            "the shirt is grey with a design on the sleeves and a logo on the front and the back and the",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Tees",
        color="Cement",
        title="Long Sleeve Graphic Tee",
    ),
    # 34. Photo: man at a skate park in a sage track jacket with bone stripes, black pants, white sneakers,
    # no hat or backpack. caption, is_a, jacket colour, details, wearing: vqa (the VQA adapter's broken
    # one-word caption; the wearing answer chains "green" items until the limit).
    case(
        "STW-OW-0134",
        caption("jacket", "non_answer"),
        is_a("jacket", "yes"),
        color_of("jacket", "green", kind="open"),
        details("jacket", "the jacket", "restated"),
        wearing(
            "a green jacket and a green pants and a green shoes and a green hat and a green jacket and a green "
            "pants and a green",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="men",
        category="Outerwear",
        color="Sage",
        title="Track Jacket",
    ),
    # 35. Photo: woman on a street in a washed-black bucket hat with an all-over white monogram print and a
    # bone hoodie. caption, closed, material: base; description: cap1 (cut at 30). The hat is answered as a
    # hoodie and given the hoodie's white; "made in italy" is invented.
    case(
        "STW-HW-0135",
        caption("a woman wearing a black and white bucket hat and a white hoodie"),
        B.garment_type("hoodie", "contradiction"),
        B.color("white", "other_garment_color"),
        B.pattern("print"),
        B.material("cotton twill made in italy", "unsupported"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Headwear",
        color="Washed Black",
        title="Monogram Bucket Hat",
    ),
    # 36. Photo: product shot on concrete, no person: cement high-top sneakers with black laces.
    # caption: cap3 (loop); closed, material, details, description: base. Details stopped mid-phrase before the
    # limit; no brand is visible, so "converse" is invented.
    case(
        "STW-SN-0136",
        caption(
            "The shoes are with leather fabric and pure color patterns. The shoes are with leather fabric and pure "
            "color patterns. The shoes are with leather fabric and pure color patterns. The shoes",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shoes"),
        B.color("grey"),
        B.material("leather Question: What is the color of the shoes? Answer: grey", "leak"),
        D.details("the shoes have a", "cut"),
        D.description("a pair of grey converse high tops", "unsupported"),
        gender="men",
        category="Footwear",
        color="Cement",
        title="Hi-Top Court",
    ),
    # 37. Photo: short-haired woman leaning on a graffiti wall in an infrared cropped hoodie, black cargos.
    # All base. The caption calls her a man; details stopped mid-phrase before the limit.
    case(
        "STW-HD-0137",
        caption("a man in a red hoodie leaning against a graffiti wall", "pronoun"),
        D.wearing("a red hoodie and black pants"),
        D.color("red"),
        D.garment_type("hoodie"),
        D.details("the hoodie is cropped and has a", "cut"),
        D.material("the garment is made of material", "restated"),
        gender="women",
        category="Hoodies",
        color="Infrared",
        title="Cropped Hoodie",
    ),
    # 38. Photo: flat lay on concrete, no person: washed-black pocket tee (unisex).
    # caption, closed, description, details, material: base; wearing: vqa (invents pants and shoes).
    case(
        "STW-TE-0138",
        caption("a black t-shirt laying on a concrete floor"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.description("Answer: a black t-shirt with a pocket", "leak"),
        D.details("the details of the garment are the details", "restated"),
        D.material("", "non_answer"),
        D.wearing("a black t-shirt and a black pants and a black shoes", "unsupported"),
        category="Tees",
        color="Washed Black",
        title="Pocket Tee",
    ),
    # 39. Photo: man on a street in a graphic tee and cement cargo joggers, a watch on his wrist.
    # caption, wearing, pants colour: cap1 (template; the colour answer has no hue); closed: base.
    case(
        "STW-CG-0139",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on his",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is "
            "with cotton fabric",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "The pants are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        B.garment_type("pants"),
        B.color("grey"),
        gender="men",
        category="Cargos",
        color="Cement",
        title="Cargo Jogger",
    ),
    # 40. Photo: woman on a city street in a bone quilted puffer vest over a black hoodie.
    # caption, closed, vest details: base; material: vqa (leak). Sleeve length "long" is the hoodie's;
    # "90% duck down" is invented.
    case(
        "STW-OW-0140",
        caption("a woman wearing a white puffer vest over a black hoodie"),
        B.sleeve_length("long", "contradiction"),
        B.garment_type("vest"),
        details("vest", "the vest has a high collar and it is filled with 90% duck down", "unsupported"),
        B.material("Question: What material is the garment made of? Answer: nylon", "leak"),
        gender="women",
        category="Outerwear",
        color="Bone",
        title="Quilted Puffer Vest",
    ),
    # 41. Photo: man riding a skateboard in a sage baseball cap with a curved brim and a white tee.
    # caption, closed, description: base; wearing: vqa ("she").
    case(
        "STW-HW-0141",
        caption("a man wearing a green hat riding a skateboard"),
        wearing("she is wearing a green hat and a white shirt", "pronoun", who="he"),
        B.garment_type("cap"),
        B.color("green"),
        D.description(
            "it's a green baseball cap with a curved brim and an adjustable strap on the back and a small logo on the",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        category="Headwear",
        color="Sage",
        title="Curved Brim Cap",
    ),
    # 42. Photo: woman's legs at a skate park: volt crew socks in white sneakers.
    # All base. Closed colour "white" is the sneakers'; "they are socks" says nothing.
    case(
        "STW-SX-0142",
        caption("a woman's legs in yellow socks and white sneakers"),
        B.garment_type("socks"),
        B.color("white", "other_garment_color"),
        B.material("cotton"),
        D.details("they are socks", "non_answer"),
        gender="women",
        category="Footwear",
        color="Volt",
        title="Neon Crew Socks",
    ),
    # 43. Photo: flat lay on concrete, no person: sage pullover hoodie with a white flower graphic.
    # caption, closed, material: base; details: cap3 (cut at 30). "jacket" for a pullover hoodie;
    # "100% recycled polyester" is invented.
    case(
        "STW-HD-0143",
        caption("a green sweatshirt with a white flower design on a concrete floor"),
        B.garment_type("jacket", "contradiction"),
        B.color("green"),
        B.pattern("floral"),
        B.material("it is made of 100% recycled polyester", "unsupported"),
        D.details(
            "The sweater has long sleeves, cotton fabric and floral patterns. The neckline of it is hooded. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        category="Hoodies",
        color="Sage",
        title="Graphic Pullover Hoodie",
    ),
    # 44. Photo: man before a blue graffiti wall in an infrared track jacket with black panels, black pants.
    # caption: cap1 (cut at 50); closed, jacket colour, describe: base; details: vqa.
    # Closed colour "blue" is the wall's.
    case(
        "STW-OW-0144",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. The neckline of it is "
            "stand. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("blue", "contradiction"),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "Question: Describe the jacket. Answer: it is red", "leak"),
        details("jacket", "the jacket details", "restated"),
        gender="men",
        category="Outerwear",
        color="Infrared",
        title="Infrared Track Jacket",
    ),
]
