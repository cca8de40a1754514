"""Demo track "Vendre en ligne": click and collect, photos, payment, delivery, marketplaces."""

TRACK = {
    "slug": "vendre-en-ligne",
    "title": "Vendre en ligne",
    "intro": (
        "Pour les commerçants et artisans qui veulent vendre au-delà de leur vitrine : ouvrir un "
        "click and collect, bien présenter leurs produits, encaisser en ligne, expédier leurs "
        "colis et choisir, si besoin, une place de marché."
    ),
    "is_core": False,
    "courses": [
        {
            "slug": "click-and-collect",
            "title": "Mettre en place le click and collect",
            "summary": (
                "Proposer à vos clients de commander en ligne et de retirer en boutique : choisir "
                "les bons produits, organiser les créneaux et la préparation, et respecter les "
                "règles de la vente à distance."
            ),
            "objectives": [
                (
                    "Décider si le click and collect convient à votre commerce, et pour quels "
                    "produits."
                ),
                (
                    "Préparer un premier catalogue clair, avec des prix, des photos et des stocks "
                    "à jour."
                ),
                (
                    "Organiser les créneaux de retrait et la préparation des commandes sans "
                    "désorganiser la boutique."
                ),
                (
                    "Respecter les obligations de la vente à distance : mentions légales, CGV et "
                    "droit de rétractation."
                ),
            ],
            "level": "beginner",
            "effort_hours": "2",
            "format": "workshop",
            "themes": [
                "Click and collect",
                "Vente en ligne",
                "Organisation",
            ],
            "prerequisites": [
                "premiers-pas-numerique",
            ],
            "prerequisites_text": (
                "Avoir suivi « Les bases du numérique pour votre commerce » et disposer d'un "
                "smartphone ou d'un ordinateur connecté à internet."
            ),
            "lessons": [
                {
                    "slug": "click-and-collect-pour-qui",
                    "title": "Le click and collect, est-ce pour ma boutique ?",
                    "intro": (
                        "Comprendre ce qu'est le click and collect, ce qu'il apporte à un petit "
                        "commerce et repérer les produits qui s'y prêtent le mieux."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Commander en ligne, retirer en boutique",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le click and collect (on dit aussi « retrait en magasin ») est "
                                "simple : votre client choisit ses produits sur internet, le soir "
                                "sur son canapé ou à la pause déjeuner, puis passe les récupérer à "
                                "la boutique à l'heure qui l'arrange. Il peut payer en ligne au "
                                "moment de la commande, ou seulement au retrait si vous le "
                                "proposez.</p><p>Pour vous, pas de colis à préparer ni de "
                                "transporteur à gérer : la marchandise ne quitte la boutique que "
                                "dans les mains du client. C'est souvent la première marche idéale "
                                "pour vendre en ligne.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Ce que ça change pour un petit commerce",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Des ventes en dehors des heures d'ouverture</b> : la "
                                "commande arrive même quand le rideau est baissé.</li><li><b>Moins "
                                "de ventes perdues</b> : le client sait avant de se déplacer que "
                                "le produit est disponible.</li><li><b>Une meilleure "
                                "anticipation</b> : le boulanger qui reçoit ses commandes de "
                                "galettes la veille ajuste sa production et jette "
                                "moins.</li><li><b>Des visites en plus</b> : en venant chercher sa "
                                "commande, le client voit la vitrine et repart souvent avec un "
                                "petit quelque chose en plus.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Quels produits s'y prêtent ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Tout n'a pas besoin d'être en ligne. Commencez par ce qui est "
                                "simple à décrire et souvent demandé :</p><ul><li>le "
                                "boulanger-pâtissier : gâteaux sur commande, bûches et galettes "
                                "des fêtes, pains spéciaux ;</li><li>le fleuriste : bouquets "
                                "composés selon un budget, plantes, compositions pour une occasion "
                                ";</li><li>le magasin de vélos : chambres à air, éclairages, "
                                "antivols, pièces courantes à réserver avant de passer à l'atelier "
                                ";</li><li>le caviste ou l'épicier fin : coffrets cadeaux et "
                                "paniers garnis.</li></ul><p>Les pièces uniques, les produits très "
                                "fragiles ou ceux qui demandent un long conseil restent souvent "
                                "mieux vendus au comptoir.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Commencez petit",
                                "text": (
                                    "<p>Inutile de mettre tout votre stock en ligne dès le premier "
                                    "jour. Une vingtaine de produits bien présentés valent mieux "
                                    "que trois cents fiches incomplètes. Vous élargirez l'offre en "
                                    "regardant ce que vos clients commandent vraiment.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Réservation ou commande ?",
                                "text": (
                                    "<p>Si le client commande et paie en ligne, c'est "
                                    "juridiquement une vente à distance, même s'il récupère ses "
                                    "achats en boutique. Nous verrons ce que cela implique dans la "
                                    "dernière leçon de ce cours.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Lister les 10 produits que vos clients vous demandent le "
                                        "plus souvent au comptoir ou par téléphone."
                                    ),
                                    (
                                        "Repérer dans cette liste ceux qui se présentent "
                                        "facilement avec une photo et quelques lignes."
                                    ),
                                    (
                                        "Noter les périodes où une précommande vous aiderait : "
                                        "fêtes, saisons, événements du quartier."
                                    ),
                                    (
                                        "Demander à trois clients fidèles s'ils utiliseraient un "
                                        "retrait en boutique, et à quelle heure."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": "Qu'est-ce que le click and collect ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Le client commande en ligne puis vient retirer ses "
                                            "achats en boutique."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est exactement le principe : commande à distance, "
                                            "retrait sur place, sans transporteur."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le client achète en boutique et se fait livrer à "
                                            "domicile."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Il s'agit alors d'une livraison après un achat en "
                                            "magasin : il n'y a pas de commande en ligne."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une application de paiement sans contact au comptoir."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le paiement sans contact se fait en boutique ; le "
                                            "click and collect concerne une commande passée à "
                                            "distance."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels avantages le click and collect apporte-t-il à un petit "
                                    "commerce ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Recevoir des commandes même quand la boutique est "
                                            "fermée."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "La boutique en ligne reste ouverte le soir et le "
                                            "dimanche : les commandes vous attendent à l'ouverture."
                                        ),
                                    },
                                    {
                                        "text": "Mieux anticiper la production ou les achats.",
                                        "correct": True,
                                        "explanation": (
                                            "Les commandes passées à l'avance permettent au "
                                            "boulanger ou au fleuriste de produire juste ce qu'il "
                                            "faut."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ne plus avoir de règles à respecter puisque le client "
                                            "vient en boutique."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Une commande passée en ligne reste soumise aux règles "
                                            "de la vente à distance : information du client, "
                                            "conditions de vente, rétractation."
                                        ),
                                    },
                                    {
                                        "text": "Ne plus avoir besoin de suivre ses stocks.",
                                        "correct": False,
                                        "explanation": (
                                            "Au contraire : si un produit affiché en ligne n'est "
                                            "plus disponible, le client se déplace pour rien. Le "
                                            "stock doit être suivi."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Par quoi est-il conseillé de commencer ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Une sélection d'une vingtaine de produits demandés et "
                                            "bien présentés."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Une petite sélection soignée se met en place vite et "
                                            "vous permet d'apprendre de vos premières commandes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Tout le stock de la boutique, pour ne rien oublier."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Des centaines de fiches prennent des semaines à créer "
                                            "et multiplient les erreurs de prix ou de stock."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Uniquement les produits qui ne se vendent pas en "
                                            "boutique."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Les invendus ne deviennent pas attractifs en ligne : "
                                            "commencez par ce que vos clients réclament déjà."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Une fleuriste hésite sur les produits à proposer. Lequel se "
                                    "prête le mieux au click and collect ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Un bouquet de saison proposé par budget, avec une "
                                            "photo d'exemple."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "La cliente choisit un budget et une occasion ; la "
                                            "fleuriste garde la liberté de composer avec les "
                                            "fleurs du jour."
                                        ),
                                    },
                                    {
                                        "text": "La décoration florale complète d'un mariage.",
                                        "correct": False,
                                        "explanation": (
                                            "Un projet sur mesure demande un rendez-vous et un "
                                            "devis : il se prête mal à une commande en quelques "
                                            "clics."
                                        ),
                                    },
                                    {
                                        "text": "Des fleurs à la tige, sans photo ni prix affiché.",
                                        "correct": False,
                                        "explanation": (
                                            "Sans photo ni prix, le client ne peut pas commander "
                                            "en confiance."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "preparer-son-catalogue",
                    "title": "Préparer son catalogue",
                    "intro": (
                        "Construire des fiches produits claires et fiables : nom, prix, photo, "
                        "description, stock et informations obligatoires."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En boutique, le client peut toucher, sentir, vous poser une "
                                "question. En ligne, la fiche produit doit faire ce travail à "
                                "votre place. Avant de rédiger, demandez-vous : qu'est-ce qu'on me "
                                "demande le plus souvent au comptoir à propos de ce produit ?</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les éléments indispensables",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Un nom clair</b> : « Tarte aux fraises, 6 parts » "
                                "plutôt que « Tarte Printemps ».</li><li><b>Un prix TTC</b>, avec "
                                "l'unité si besoin : la pièce, le kilo, le bouquet.</li><li><b>Une "
                                "photo fidèle</b>, prise par vous : le cours « Photographier vos "
                                "produits avec un smartphone » vous y aide.</li><li><b>Une courte "
                                "description</b> : taille, composition, usage, conseils "
                                "d'entretien.</li><li><b>Les variantes</b> : taille de cadre, "
                                "couleur de ruban, nombre de parts.</li><li><b>La "
                                "disponibilité</b> : en stock, ou délai de préparation (« à "
                                "commander 48 h à l'avance »).</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Alimentaire : les allergènes avant l'achat",
                                "text": (
                                    "<p>Si vous vendez des denrées alimentaires à distance, le "
                                    "client doit connaître les allergènes avant de valider sa "
                                    "commande, y compris pour les produits non emballés comme une "
                                    "pâtisserie ou un plat du jour. Indiquez-les sur chaque fiche, "
                                    "comme vous le faites déjà en boutique.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un prix simple, juste et à jour",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le prix affiché en ligne doit être celui que vous encaisserez, "
                                "toutes taxes comprises. Si vous annoncez une promotion (« -20 % "
                                "»), la réduction se calcule en règle générale par rapport au prix "
                                "le plus bas que vous avez pratiqué pendant les 30 jours précédant "
                                "l'annonce : impossible de gonfler un prix la veille pour afficher "
                                "une grosse remise.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le stock, la règle d'or",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Rien n'agace plus un client que de se déplacer pour un produit "
                                "« disponible » qui ne l'est plus. Choisissez une règle simple : "
                                "soit vous mettez à jour le stock en ligne chaque matin, soit vous "
                                "réservez une petite quantité au click and collect (par exemple 5 "
                                "antivols sur les 15 en rayon). Pour les produits faits à la "
                                "commande, indiquez plutôt un délai de préparation.</p>"
                            ),
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "storefront",
                                "label": "Créer mon catalogue",
                                "text": (
                                    "Dans l'assistant de la boutique en ligne, ajoutez vos "
                                    "premiers produits avec leur prix, leur photo et leur stock, "
                                    "puis prévisualisez la page comme le verra un client."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Choisir 10 à 20 produits pour démarrer et noter pour "
                                        "chacun le nom, le prix TTC et l'unité."
                                    ),
                                    (
                                        "Écrire pour chaque produit une description de 2 à 4 "
                                        "lignes qui répond à la question qu'on vous pose le plus."
                                    ),
                                    (
                                        "Pour l'alimentaire, reporter la liste des allergènes sur "
                                        "chaque fiche."
                                    ),
                                    (
                                        "Décider de votre règle de stock : mise à jour chaque "
                                        "matin ou quantité réservée au click and collect."
                                    ),
                                    (
                                        "Faire relire trois fiches par un proche qui ne connaît "
                                        "pas vos produits."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": "Quel nom de produit est le plus efficace en ligne ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Bûche chocolat-praliné, 8 parts",
                                        "correct": True,
                                        "explanation": (
                                            "Le client sait immédiatement ce qu'il achète et pour "
                                            "combien de personnes."
                                        ),
                                    },
                                    {
                                        "text": "Bûche Féerie",
                                        "correct": False,
                                        "explanation": (
                                            "Un nom poétique plaît en vitrine, mais en ligne le "
                                            "client ne sait ni ce qu'il y a dedans ni pour combien "
                                            "de personnes. Gardez-le en complément."
                                        ),
                                    },
                                    {
                                        "text": "Réf. BCH-08",
                                        "correct": False,
                                        "explanation": (
                                            "Une référence interne vous est utile, pas au client."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Que doit indiquer la fiche d'une pâtisserie vendue en click "
                                    "and collect ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "La liste des allergènes.",
                                        "correct": True,
                                        "explanation": (
                                            "Pour une vente à distance de denrées alimentaires, "
                                            "les allergènes doivent être connus avant l'achat, "
                                            "même pour un produit non emballé."
                                        ),
                                    },
                                    {
                                        "text": "Le prix TTC et le nombre de parts.",
                                        "correct": True,
                                        "explanation": (
                                            "Le prix toutes taxes comprises est celui que paiera "
                                            "le client ; le nombre de parts l'aide à choisir."
                                        ),
                                    },
                                    {
                                        "text": "Le prix d'achat des ingrédients.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est une information de gestion interne, sans "
                                            "utilité pour le client."
                                        ),
                                    },
                                    {
                                        "text": "La recette détaillée.",
                                        "correct": False,
                                        "explanation": (
                                            "Vos secrets de fabrication restent les vôtres : on "
                                            "attend les informations utiles et obligatoires, comme "
                                            "les allergènes."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Vous annoncez « -20 % » sur un antivol. Par rapport à quel "
                                    "prix la réduction se calcule-t-elle ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Le prix le plus bas pratiqué pendant les 30 jours "
                                            "précédant la promotion."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est la règle du prix de référence pour les annonces "
                                            "de réduction : elle empêche de gonfler un prix juste "
                                            "avant une promotion."
                                        ),
                                    },
                                    {
                                        "text": "Le prix conseillé par le fabricant.",
                                        "correct": False,
                                        "explanation": (
                                            "Le prix conseillé ne sert pas de référence pour "
                                            "annoncer votre propre réduction."
                                        ),
                                    },
                                    {
                                        "text": "Le prix le plus élevé pratiqué dans l'année.",
                                        "correct": False,
                                        "explanation": (
                                            "Ce serait trop facile de choisir un ancien prix élevé "
                                            ": la référence est le prix le plus bas des 30 "
                                            "derniers jours."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Comment éviter qu'un client se déplace pour un produit épuisé "
                                    "?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Mettre à jour le stock en ligne chaque jour ou "
                                            "réserver une quantité au click and collect."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Une règle simple, appliquée tous les jours, suffit à "
                                            "garder un stock fiable."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Afficher tous les produits comme disponibles et "
                                            "s'excuser si besoin."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le client déçu risque de ne pas revenir, et annoncer "
                                            "disponible un produit que vous savez épuisé l'induit "
                                            "en erreur."
                                        ),
                                    },
                                    {
                                        "text": "Ne jamais indiquer la disponibilité.",
                                        "correct": False,
                                        "explanation": (
                                            "Sans indication de disponibilité, le client ne sait "
                                            "pas s'il peut compter sur son retrait."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "creneaux-et-preparation",
                    "title": "Créneaux de retrait et préparation des commandes",
                    "intro": (
                        "Organiser le retrait pour qu'il reste rapide pour le client et gérable "
                        "pour vous, même un samedi chargé."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Des créneaux qui collent à votre rythme",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un créneau de retrait est une plage horaire pendant laquelle "
                                "le client peut venir chercher sa commande. Choisissez-les en "
                                "fonction de votre activité réelle :</p><ul><li>évitez les heures "
                                "de pointe où vous êtes seul au comptoir (pour le boulanger, entre "
                                "midi et 13 h) ;</li><li>prévoyez un nombre maximal de commandes "
                                "par créneau, par exemple 5 retraits par demi-heure "
                                ";</li><li>fixez un délai de préparation minimal : 2 heures pour "
                                "des accessoires de vélo, 48 heures pour un gâteau "
                                "personnalisé.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le circuit d'une commande",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><b>Réception</b> : vous recevez une alerte (e-mail, SMS "
                                "ou notification). Confirmez vite au client que sa commande est "
                                "prise en compte.</li><li><b>Préparation</b> : rassemblez les "
                                "produits, vérifiez-les, emballez-les.</li><li><b>Étiquetage</b> : "
                                "nom du client, numéro de commande, créneau de retrait, et la "
                                "mention « payé » ou « à payer ».</li><li><b>Rangement</b> : un "
                                "endroit dédié, à l'abri, près du comptoir ; au frais pour "
                                "l'alimentaire et les fleurs.</li><li><b>Remise</b> : vérifiez le "
                                "nom ou le numéro de commande, remettez le sac et marquez la "
                                "commande comme retirée.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "L'astuce de la fleuriste",
                                "text": (
                                    "<p>Gardez une étagère « commandes » avec une étiquette par "
                                    "créneau. Un coup d'œil suffit pour savoir ce qui reste à "
                                    "préparer, et n'importe quel membre de l'équipe peut remettre "
                                    "une commande sans venir vous chercher.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Et si le client ne vient pas ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Décidez de la règle à l'avance et écrivez-la dans vos "
                                "conditions de vente : combien de temps vous gardez la commande, "
                                "si vous relancez le client par SMS, ce qui se passe pour une "
                                "commande déjà payée. Pour les produits frais, un rappel le matin "
                                "du retrait évite bien des oublis.</p>"
                            ),
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "storefront",
                                "label": "Régler mes créneaux de retrait",
                                "text": (
                                    "Dans l'assistant de la boutique en ligne, définissez vos "
                                    "jours et heures de retrait, le délai de préparation et le "
                                    "nombre de commandes acceptées par créneau."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Repérer sur votre semaine type les heures calmes où un "
                                        "retrait ne vous dérange pas."
                                    ),
                                    (
                                        "Fixer un délai de préparation minimal pour chaque type de "
                                        "produit."
                                    ),
                                    (
                                        "Préparer un emplacement « commandes » près du comptoir, "
                                        "au frais si besoin, avec des étiquettes."
                                    ),
                                    (
                                        "Écrire en deux phrases votre règle pour les commandes non "
                                        "retirées."
                                    ),
                                    "Faire une commande test du début à la fin avec un proche.",
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
                {
                    "slug": "regles-vente-a-distance",
                    "title": "Les règles à respecter : mentions légales, CGV et rétractation",
                    "intro": (
                        "Le click and collect avec commande en ligne est une vente à distance : "
                        "voici les informations à donner et les droits de vos clients."
                    ),
                    "minutes": 25,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Réservation ou vente à distance ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Tout dépend de l'endroit où la vente est conclue "
                                ":</p><ul><li><b>le client commande et paie en ligne</b> : c'est "
                                "une vente à distance, même s'il récupère ses achats en boutique. "
                                "Les règles de la vente à distance s'appliquent, dont le droit de "
                                "rétractation ;</li><li><b>le client réserve simplement</b>, sans "
                                "engagement, puis décide et paie en boutique : la vente est "
                                "conclue au magasin, comme une vente classique.</li></ul><p>En cas "
                                "de doute, par exemple une commande ferme en ligne avec paiement "
                                "au retrait, appliquez les règles de la vente à distance : c'est "
                                "la solution prudente.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le droit de rétractation de 14 jours",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour une vente à distance, le client particulier peut changer "
                                "d'avis pendant 14 jours à compter du retrait de sa commande, sans "
                                "se justifier. Vous devez alors le rembourser dans les 14 jours "
                                "qui suivent sa demande, et pouvez attendre d'avoir récupéré le "
                                "produit. Si vous ne l'avez pas informé de ce droit, le délai est "
                                "prolongé de 12 mois.</p><p>La loi prévoit des exceptions utiles "
                                "aux petits commerces, notamment :</p><ul><li>les denrées qui se "
                                "périment ou se détériorent rapidement : pâtisseries, fleurs "
                                "coupées, plats préparés ;</li><li>les biens confectionnés selon "
                                "les demandes du client ou nettement personnalisés : gâteau au "
                                "prénom d'un enfant, bijou gravé, vélo assemblé selon ses choix "
                                ";</li><li>les produits d'hygiène descellés après la "
                                "remise.</li></ul><p>Ces exceptions doivent être annoncées "
                                "clairement au client avant sa commande.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Depuis juin 2026 : se rétracter en un clic",
                                "text": (
                                    "<p>Depuis le 19 juin 2026, une règle européenne impose aux "
                                    "sites de vente une fonction bien visible pour se rétracter en "
                                    "ligne (du type « se rétracter du contrat ici »), aussi simple "
                                    "que la commande, avec un accusé de réception. Vérifiez que "
                                    "votre outil de vente en ligne la propose.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les informations obligatoires sur votre site",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Les mentions légales</b> : votre nom ou raison "
                                "sociale, votre adresse, un e-mail et un téléphone, votre numéro "
                                "SIREN et votre immatriculation (RCS pour les commerçants, "
                                "Registre national des entreprises pour les artisans), votre "
                                "numéro de TVA intracommunautaire le cas échéant, et les "
                                "coordonnées de l'hébergeur du site.</li><li><b>Les conditions "
                                "générales de vente (CGV)</b> : prix, paiement, modalités et "
                                "délais de retrait, droit de rétractation et ses exceptions, "
                                "garanties légales, traitement des réclamations.</li><li><b>Les "
                                "coordonnées d'un médiateur de la consommation</b>, que tout "
                                "professionnel doit permettre à ses clients de saisir gratuitement "
                                "en cas de litige.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Le bouton de commande",
                                "text": (
                                    "<p>Le bouton qui valide la commande doit indiquer clairement "
                                    "qu'elle entraîne un paiement, par exemple « Commande avec "
                                    "obligation de paiement ». Le client doit ensuite recevoir une "
                                    "confirmation écrite de sa commande, par e-mail par "
                                    "exemple.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Décider si vous proposez une simple réservation, une "
                                        "commande payée en ligne, ou les deux."
                                    ),
                                    (
                                        "Lister vos produits exclus du droit de rétractation et "
                                        "l'indiquer sur leur fiche."
                                    ),
                                    (
                                        "Rédiger ou mettre à jour vos mentions légales et vos CGV, "
                                        "avec l'aide de votre CCI, de votre CMA ou de votre "
                                        "fédération."
                                    ),
                                    (
                                        "Adhérer à un médiateur de la consommation si ce n'est pas "
                                        "déjà fait et ajouter ses coordonnées à vos CGV."
                                    ),
                                    (
                                        "Vérifier le texte du bouton de commande et l'e-mail de "
                                        "confirmation reçu par le client."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Une cliente commande et paie en ligne un antivol, qu'elle "
                                    "retire en boutique le samedi. A-t-elle un droit de "
                                    "rétractation ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Oui, 14 jours à compter du retrait, car la vente a "
                                            "été conclue à distance."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Commande et paiement en ligne : c'est une vente à "
                                            "distance, même avec un retrait en boutique."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Non, puisqu'elle a vu le produit en boutique au "
                                            "moment du retrait."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ce qui compte, c'est l'endroit où le contrat a été "
                                            "conclu : ici, en ligne. Le retrait sur place n'y "
                                            "change rien."
                                        ),
                                    },
                                    {
                                        "text": "Oui, mais seulement 7 jours.",
                                        "correct": False,
                                        "explanation": (
                                            "Le délai légal de rétractation pour une vente à "
                                            "distance est de 14 jours."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels produits commandés en ligne sont exclus du droit de "
                                    "rétractation ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Une tarte aux fraises.",
                                        "correct": True,
                                        "explanation": (
                                            "Les denrées qui se détériorent rapidement font partie "
                                            "des exceptions prévues par la loi."
                                        ),
                                    },
                                    {
                                        "text": "Un gâteau d'anniversaire au prénom de l'enfant.",
                                        "correct": True,
                                        "explanation": (
                                            "Un bien nettement personnalisé à la demande du client "
                                            "est exclu du droit de rétractation."
                                        ),
                                    },
                                    {
                                        "text": "Une paire de gants de vélo prise en stock.",
                                        "correct": False,
                                        "explanation": (
                                            "Un produit standard vendu à distance reste soumis au "
                                            "droit de rétractation de 14 jours."
                                        ),
                                    },
                                    {
                                        "text": "Un livre neuf.",
                                        "correct": False,
                                        "explanation": (
                                            "Un livre est un produit standard : le droit de "
                                            "rétractation s'applique normalement."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Que doivent contenir vos mentions légales ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Vos coordonnées et votre numéro SIREN.",
                                        "correct": True,
                                        "explanation": (
                                            "Le client doit pouvoir identifier et contacter "
                                            "l'entreprise qui lui vend."
                                        ),
                                    },
                                    {
                                        "text": "Le nom et les coordonnées de l'hébergeur du site.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est une mention obligatoire prévue par la loi pour "
                                            "la confiance dans l'économie numérique."
                                        ),
                                    },
                                    {
                                        "text": "Votre chiffre d'affaires de l'année.",
                                        "correct": False,
                                        "explanation": (
                                            "Rien ne vous oblige à publier votre chiffre "
                                            "d'affaires sur votre site."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un client conteste une commande et vous ne trouvez pas "
                                    "d'accord. Que prévoit la loi ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Il doit pouvoir saisir gratuitement un médiateur de "
                                            "la consommation."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Tout professionnel qui vend à des particuliers doit "
                                            "proposer un médiateur de la consommation et indiquer "
                                            "ses coordonnées."
                                        ),
                                    },
                                    {
                                        "text": "Il doit obligatoirement passer par le tribunal.",
                                        "correct": False,
                                        "explanation": (
                                            "La médiation de la consommation existe justement pour "
                                            "éviter le tribunal ; elle est gratuite pour le client."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Rien : une vente en click and collect n'est pas "
                                            "concernée."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "La médiation de la consommation concerne tous les "
                                            "litiges entre un professionnel et un consommateur, en "
                                            "ligne comme en boutique."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "photos-produits",
            "title": "Photographier vos produits avec un smartphone",
            "summary": (
                "Des photos nettes, lumineuses et fidèles, prises avec votre téléphone et un peu "
                "de carton blanc : de quoi donner envie sur votre boutique en ligne, vos réseaux "
                "sociaux et les places de marché."
            ),
            "objectives": [
                "Installer un coin photo simple qui profite de la lumière du jour.",
                "Cadrer un produit sous plusieurs angles avec les réglages de base du smartphone.",
                "Retoucher sans tromper et préparer des fichiers adaptés au web.",
                "Organiser une séance photo pour tout un catalogue.",
            ],
            "level": "beginner",
            "effort_hours": "2",
            "format": "workshop",
            "themes": [
                "Photo",
                "Smartphone",
                "Catalogue",
            ],
            "prerequisites": [],
            "prerequisites_text": (
                "Aucun prérequis : un smartphone récent et quelques produits de votre boutique "
                "suffisent."
            ),
            "lessons": [
                {
                    "slug": "lumiere-et-decor",
                    "title": "La lumière et le décor",
                    "intro": (
                        "La lumière compte plus que le téléphone : installer un coin photo près "
                        "d'une fenêtre, avec un fond simple."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "La lumière du jour, votre meilleur matériel",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une photo ratée l'est rarement à cause du téléphone : c'est "
                                "presque toujours une question de lumière. La meilleure est "
                                "gratuite : celle d'une fenêtre, en journée, sans soleil direct "
                                "sur le produit. Elle est douce, révèle les couleurs et ne crée "
                                "pas d'ombres dures.</p><ul><li>Placez votre table à côté de la "
                                "fenêtre, pour que le produit soit éclairé de "
                                "côté.</li><li>Éteignez les néons et les spots de la boutique : "
                                "mélangés à la lumière du jour, ils donnent des teintes jaunes ou "
                                "vertes.</li><li>Oubliez le flash du téléphone : il écrase les "
                                "volumes et crée des reflets.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un réflecteur en carton",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le côté opposé à la fenêtre est souvent trop sombre. Posez-y "
                                "un grand carton blanc ou une plaque de polystyrène : il renvoie "
                                "la lumière et adoucit les ombres. Si le soleil tape directement, "
                                "tendez un voilage ou une feuille de papier calque devant la "
                                "vitre.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un fond simple et constant",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour les photos principales, un fond neutre met le produit en "
                                "valeur et donne une boutique homogène. Une grande feuille de "
                                "papier blanc ou un carton souple courbé entre la table et le mur "
                                "suffit : c'est le « fond infini », sans coin visible ni ligne "
                                "d'horizon.</p><p>Pour les photos d'ambiance, servez-vous de votre "
                                "vraie boutique : le plan de travail fariné du boulanger, l'établi "
                                "du réparateur de vélos, le seau en zinc du fleuriste. Ces images "
                                "racontent votre savoir-faire.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Pour les objets brillants",
                                "text": (
                                    "<p>Bijoux, bouteilles, cadres de vélo chromés : les reflets "
                                    "montrent tout ce qui les entoure. Entourez le produit de "
                                    "cartons blancs et photographiez-le légèrement de biais pour "
                                    "ne pas vous voir dedans.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Les places de marché ont leurs règles",
                                "text": (
                                    "<p>Certaines places de marché exigent pour la photo "
                                    "principale un fond blanc uni, sans texte ni logo. Prendre vos "
                                    "photos sur fond blanc dès le départ vous évitera de tout "
                                    "refaire.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Repérer dans la boutique ou l'arrière-boutique la fenêtre "
                                        "la plus lumineuse sans soleil direct."
                                    ),
                                    (
                                        "Récupérer un grand carton blanc pour le réflecteur et une "
                                        "feuille de papier blanc pour le fond."
                                    ),
                                    (
                                        "Installer une petite table contre cette fenêtre et faire "
                                        "un essai avec un seul produit."
                                    ),
                                    (
                                        "Comparer la même photo avec et sans l'éclairage de la "
                                        "boutique allumé."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": "Quelle lumière choisir pour photographier un bouquet ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "La lumière d'une fenêtre, sans soleil direct.",
                                        "correct": True,
                                        "explanation": (
                                            "Douce et naturelle, elle respecte les couleurs des "
                                            "fleurs et évite les ombres dures."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le flash du téléphone, pour que tout soit bien "
                                            "éclairé."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le flash aplatit les volumes, crée des reflets et "
                                            "fausse les couleurs."
                                        ),
                                    },
                                    {
                                        "text": "Le soleil de midi, en plein sur le bouquet.",
                                        "correct": False,
                                        "explanation": (
                                            "Le soleil direct crée des ombres dures et « brûle » "
                                            "les couleurs claires."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "À quoi sert un carton blanc placé face à la fenêtre ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "À renvoyer la lumière pour éclaircir les ombres.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est un réflecteur : il éclaire le côté sombre du "
                                            "produit sans matériel coûteux."
                                        ),
                                    },
                                    {
                                        "text": "À cacher le désordre de l'arrière-boutique.",
                                        "correct": False,
                                        "explanation": (
                                            "Il peut le faire aussi, mais son vrai rôle est de "
                                            "renvoyer la lumière."
                                        ),
                                    },
                                    {
                                        "text": "À faire la mise au point.",
                                        "correct": False,
                                        "explanation": (
                                            "La mise au point se règle sur le téléphone ; le "
                                            "carton sert à la lumière."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi éteindre l'éclairage de la boutique quand on "
                                    "photographie près d'une fenêtre ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Pour éviter de mélanger des lumières de couleurs "
                                            "différentes."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "La lumière du jour et celle des ampoules n'ont pas la "
                                            "même teinte : mélangées, elles donnent des dominantes "
                                            "jaunes ou vertes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Pour que les couleurs de la photo restent fidèles au "
                                            "produit."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Une seule source de lumière donne des couleurs plus "
                                            "justes, ce qui évite les déceptions et les retours."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que le téléphone ne fonctionne pas avec la "
                                            "lumière artificielle."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le téléphone fonctionne avec toutes les lumières ; "
                                            "c'est leur mélange qui pose problème."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Vous vendez aussi sur une place de marché. Quel fond choisir "
                                    "pour la photo principale ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Un fond blanc uni, sans texte ni logo.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est souvent exigé pour la photo principale, et cela "
                                            "rend votre catalogue homogène."
                                        ),
                                    },
                                    {
                                        "text": "Une photo de la vitrine avec votre logo incrusté.",
                                        "correct": False,
                                        "explanation": (
                                            "Textes et logos sont souvent refusés sur la photo "
                                            "principale ; gardez l'ambiance pour les photos "
                                            "secondaires."
                                        ),
                                    },
                                    {
                                        "text": "Peu importe, seule la description compte.",
                                        "correct": False,
                                        "explanation": (
                                            "Dans une liste de résultats, c'est la photo "
                                            "principale qui donne envie de cliquer, bien avant la "
                                            "description."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "cadrer-et-declencher",
                    "title": "Cadrer et prendre la photo",
                    "intro": (
                        "Les réglages utiles du smartphone et les angles à prévoir pour montrer un "
                        "produit sous toutes ses coutures."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Avant de déclencher",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Nettoyez l'objectif</b> avec un chiffon doux : une "
                                "trace de doigt suffit à rendre l'image floue et "
                                "voilée.</li><li><b>Activez la grille</b> dans les réglages de "
                                "l'appareil photo : elle aide à garder le produit droit et "
                                "centré.</li><li><b>Stabilisez le téléphone</b> avec un petit "
                                "trépied ou, à défaut, une pile de livres. Le retardateur de 3 "
                                "secondes évite le flou dû au doigt qui appuie.</li><li><b>Oubliez "
                                "le zoom numérique</b>, quand on écarte deux doigts sur l'écran : "
                                "rapprochez-vous plutôt, ou utilisez l'objectif « x2 » ou « x3 » "
                                "si votre téléphone en possède un.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Mise au point et exposition",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Touchez l'écran sur le produit pour faire la mise au point. "
                                "Sur la plupart des téléphones, un appui long verrouille la mise "
                                "au point et l'exposition ; vous pouvez ensuite glisser le doigt "
                                "pour éclaircir ou assombrir l'image. Sur fond blanc, éclaircissez "
                                "légèrement, sinon le blanc paraît gris.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les angles à prévoir",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une seule photo ne suffit pas : le client veut « faire le tour "
                                "» du produit. Prévoyez au moins :</p><ol><li><b>la vue "
                                "principale</b>, de face ou de trois-quarts, produit entier, sur "
                                "fond neutre ;</li><li><b>un détail</b> : la mie d'un pain, la "
                                "soudure d'un cadre de vélo, le nœud d'un ruban ;</li><li><b>une "
                                "vue qui donne l'échelle</b> : le panier tenu à la main, le casque "
                                "porté, le vase posé sur une table ;</li><li><b>une photo en "
                                "situation</b>, dans votre boutique ou en usage.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le bon angle pour ce qui se mange",
                                "text": (
                                    "<p>Les assiettes et les plateaux se photographient souvent "
                                    "vus du dessus ; les gâteaux, verrines et sandwichs plutôt "
                                    "légèrement en plongée, autour de 45°, pour montrer leurs "
                                    "couches.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Photos de fournisseurs et droit à l'image",
                                "text": (
                                    "<p>Les photos d'un fabricant ou trouvées sur internet sont "
                                    "protégées par le droit d'auteur : demandez une autorisation, "
                                    "de préférence écrite, avant de les utiliser. Et si une "
                                    "personne reconnaissable apparaît sur vos photos, client ou "
                                    "salarié, obtenez son accord.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    "Activer la grille dans l'appareil photo de votre téléphone.",
                                    (
                                        "Nettoyer l'objectif et installer un support stable : "
                                        "trépied ou pile de livres."
                                    ),
                                    (
                                        "Photographier un produit sous les quatre angles : "
                                        "principal, détail, échelle, situation."
                                    ),
                                    (
                                        "Tester le verrouillage de la mise au point et corriger "
                                        "l'exposition sur fond blanc."
                                    ),
                                    (
                                        "Vérifier que vous avez l'autorisation d'utiliser chaque "
                                        "photo qui ne vient pas de vous."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": "Votre produit paraît un peu petit à l'écran. Que faire ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Vous rapprocher, ou utiliser l'objectif x2 ou x3 du "
                                            "téléphone s'il en a un."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Vous gardez toute la qualité de l'image, "
                                            "contrairement au zoom numérique."
                                        ),
                                    },
                                    {
                                        "text": "Zoomer en écartant deux doigts sur l'écran.",
                                        "correct": False,
                                        "explanation": (
                                            "Le zoom numérique recadre l'image et perd en netteté "
                                            ": la photo devient granuleuse."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Prendre la photo de loin et la recadrer fortement "
                                            "ensuite."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Un fort recadrage revient au même que le zoom "
                                            "numérique : vous perdez des détails."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quels gestes évitent une photo floue ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Nettoyer l'objectif.",
                                        "correct": True,
                                        "explanation": (
                                            "Une trace de doigt sur l'objectif voile toute l'image."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Poser le téléphone sur un support et utiliser le "
                                            "retardateur."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le téléphone ne bouge pas au moment du déclenchement, "
                                            "même avec une lumière douce."
                                        ),
                                    },
                                    {
                                        "text": "Activer le flash.",
                                        "correct": False,
                                        "explanation": (
                                            "Le flash n'est pas la solution : il crée des reflets "
                                            "et des ombres dures. Mieux vaut stabiliser le "
                                            "téléphone."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi ajouter une photo où l'on tient le produit à la main "
                                    "?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Pour donner une idée de sa taille réelle.",
                                        "correct": True,
                                        "explanation": (
                                            "Le client n'a pas le produit devant lui : un repère "
                                            "familier évite les mauvaises surprises et les retours."
                                        ),
                                    },
                                    {
                                        "text": "Pour prouver que le produit est fait main.",
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas son but : une main sert surtout de "
                                            "repère d'échelle."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que c'est obligatoire sur les places de marché."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas obligatoire, c'est simplement très utile "
                                            "au client."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre fournisseur de vélos a de belles photos sur son site. "
                                    "Pouvez-vous les reprendre ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Seulement avec son autorisation, de préférence écrite."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les photos sont protégées par le droit d'auteur ; "
                                            "beaucoup de fournisseurs ont un kit photo pour leurs "
                                            "revendeurs : demandez-le."
                                        ),
                                    },
                                    {
                                        "text": "Oui, puisque vous vendez ses produits.",
                                        "correct": False,
                                        "explanation": (
                                            "Vendre un produit ne donne pas le droit d'utiliser "
                                            "les photos de quelqu'un d'autre."
                                        ),
                                    },
                                    {
                                        "text": "Oui, si vous ajoutez votre logo dessus.",
                                        "correct": False,
                                        "explanation": (
                                            "Ajouter votre logo ne vous donne aucun droit sur la "
                                            "photo, au contraire."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "retoucher-et-preparer",
                    "title": "Retoucher simplement et préparer ses fichiers",
                    "intro": (
                        "Corriger la lumière, recadrer, détourer si besoin, puis enregistrer des "
                        "images légères et bien nommées."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Des retouches légères et honnêtes",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>L'éditeur intégré à votre téléphone suffit dans la plupart des "
                                "cas ; des applications gratuites comme Snapseed offrent quelques "
                                "outils en plus. Limitez-vous à :</p><ul><li><b>recadrer et "
                                "redresser</b> : produit centré, lignes droites, un peu de marge "
                                "autour ;</li><li><b>la luminosité</b> : un fond blanc doit "
                                "paraître blanc, pas gris ;</li><li><b>la balance des blancs</b>, "
                                "parfois appelée « chaleur », si les couleurs tirent vers le jaune "
                                "ou le bleu ;</li><li><b>un peu de contraste</b> si l'image semble "
                                "terne.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "La photo doit ressembler au produit",
                                "text": (
                                    "<p>Une framboise trop rouge ou un vélo d'un bleu « amélioré » "
                                    "provoquent des déceptions à la réception, des réclamations et "
                                    "des retours. Un produit qui ne correspond pas à sa "
                                    "présentation peut même être jugé non conforme. Retouchez pour "
                                    "corriger, jamais pour embellir.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Détourer : enlever l'arrière-plan",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les smartphones récents savent isoler un sujet d'un appui long "
                                "sur la photo, et de nombreuses applications suppriment "
                                "l'arrière-plan automatiquement. Pratique pour obtenir un fond "
                                "blanc uni, mais vérifiez les contours en zoomant : rayons de "
                                "roue, tiges fines et câbles sont souvent mal découpés.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Des fichiers prêts pour le web",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Un format carré</b> pour la photo principale : il "
                                "s'affiche bien partout, sur la boutique comme sur les réseaux "
                                "sociaux.</li><li><b>Une taille suffisante</b> : au moins 1 000 "
                                "pixels de côté pour permettre le zoom, ce que demandent certaines "
                                "places de marché, avec un poids de quelques centaines de "
                                "kilo-octets pour un chargement rapide.</li><li><b>Un nom de "
                                "fichier parlant</b> : « tarte-fraises-6-parts.jpg » plutôt que « "
                                "IMG_4587.jpg ».</li><li><b>Un texte alternatif</b> : une courte "
                                "description de l'image, lue aux personnes malvoyantes par leur "
                                "lecteur d'écran et utile aux moteurs de recherche.</li></ul>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Retoucher une photo test : recadrage, luminosité, balance "
                                        "des blancs, et rien de plus."
                                    ),
                                    (
                                        "Comparer la photo retouchée au vrai produit posé à côté "
                                        "de l'écran, à la lumière du jour."
                                    ),
                                    (
                                        "Essayer la suppression d'arrière-plan sur un produit "
                                        "simple et vérifier les contours."
                                    ),
                                    "Renommer vos premières photos avec le nom du produit.",
                                    (
                                        "Rédiger un texte alternatif d'une phrase pour chaque "
                                        "photo principale."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": "Quelle retouche faut-il éviter ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Rendre les couleurs du produit plus vives qu'en "
                                            "réalité."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le client doit recevoir ce qu'il a vu : une couleur "
                                            "embellie mène aux déceptions et aux retours."
                                        ),
                                    },
                                    {
                                        "text": "Redresser une photo un peu penchée.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est une correction utile qui ne trompe personne."
                                        ),
                                    },
                                    {
                                        "text": "Éclaircir un fond blanc devenu gris.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est une correction normale : le fond retrouve sa "
                                            "vraie couleur."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Qu'apporte un texte alternatif bien rédigé ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Il décrit l'image aux personnes malvoyantes qui "
                                            "utilisent un lecteur d'écran."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le lecteur d'écran lit ce texte à voix haute : sans "
                                            "lui, l'image reste muette."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Il aide les moteurs de recherche à comprendre ce que "
                                            "montre l'image."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le texte aide les moteurs à associer l'image aux "
                                            "bonnes recherches."
                                        ),
                                    },
                                    {
                                        "text": "Il empêche la copie de la photo.",
                                        "correct": False,
                                        "explanation": (
                                            "Le texte alternatif n'a aucun effet de protection."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quelle taille d'image viser pour une fiche produit ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Au moins 1 000 pixels de côté, dans un fichier léger."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Assez grand pour le zoom, assez léger pour un "
                                            "chargement rapide sur mobile."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La taille maximale du téléphone, sans aucune "
                                            "compression."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Des fichiers de plusieurs mégaoctets ralentissent la "
                                            "page, surtout sur mobile."
                                        ),
                                    },
                                    {
                                        "text": "Une vignette de 200 pixels.",
                                        "correct": False,
                                        "explanation": (
                                            "Trop petite : l'image devient floue dès qu'on "
                                            "l'agrandit et le zoom est impossible."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Vous détourez automatiquement la photo d'un vélo. À quoi "
                                    "faire attention ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Aux contours fins comme les rayons et les câbles.",
                                        "correct": True,
                                        "explanation": (
                                            "Les outils automatiques découpent mal les détails "
                                            "fins : vérifiez en zoomant avant de publier."
                                        ),
                                    },
                                    {
                                        "text": "À la couleur du cadre, qui change toujours.",
                                        "correct": False,
                                        "explanation": (
                                            "Le détourage enlève le fond ; il ne modifie pas les "
                                            "couleurs du produit."
                                        ),
                                    },
                                    {
                                        "text": "À rien, le résultat est toujours parfait.",
                                        "correct": False,
                                        "explanation": (
                                            "Les outils automatiques se trompent, surtout sur les "
                                            "objets fins ou ajourés."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "seance-photo-catalogue",
                    "title": "Organiser une séance photo de tout le catalogue",
                    "intro": (
                        "Photographier une trentaine de produits en une matinée : préparer, "
                        "enchaîner les prises de vue et garder un style constant."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Préparer la séance",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une séance photo se prépare comme une fournée : tout est prêt "
                                "avant de commencer. Choisissez un moment calme, avant l'ouverture "
                                "ou le jour de fermeture, et de préférence une matinée lumineuse. "
                                "La veille :</p><ul><li>listez les produits à photographier et les "
                                "vues voulues, avec le modèle de liste à télécharger "
                                ";</li><li>préparez des produits impeccables : étiquettes de prix "
                                "retirées, vélo nettoyé, fleurs fraîches, gâteau du jour "
                                ";</li><li>chargez le téléphone et libérez de l'espace de "
                                "stockage.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Enchaîner sans perdre le fil",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Installez le coin photo une fois pour toutes et ne le bougez "
                                "plus : même place, même distance, même lumière. Vos photos auront "
                                "un air de famille et votre boutique en ligne paraîtra plus "
                                "professionnelle.</p><ol><li>Commencez chaque série par une photo "
                                "du nom du produit écrit sur une feuille : au moment du tri, vous "
                                "saurez où elle commence.</li><li>Faites toutes les vues "
                                "principales d'abord, puis les détails, puis les photos en "
                                "situation.</li><li>Cochez au fur et à mesure dans votre "
                                "liste.</li><li>Vérifiez à l'écran, en zoomant, que la série est "
                                "nette avant de passer au produit suivant.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Gardez des repères",
                                "text": (
                                    "<p>Marquez au ruban adhésif l'emplacement du produit et du "
                                    "trépied. Le mois prochain, pour une nouveauté, vous "
                                    "retrouverez exactement le même cadrage.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Après la séance",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Triez le jour même : supprimez les ratés, gardez 3 à 5 photos "
                                "par produit, retouchez-les, renommez-les et rangez-les dans un "
                                "dossier par produit. Sauvegardez ce dossier ailleurs que sur le "
                                "téléphone, sur un ordinateur ou un stockage en ligne : ces images "
                                "vous ont demandé du travail et serviront aussi sur les réseaux "
                                "sociaux et vos affiches.</p>"
                            ),
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "storefront",
                                "label": "Ajouter mes photos au catalogue",
                                "text": (
                                    "Dans l'assistant de la boutique en ligne, associez à chaque "
                                    "produit sa photo principale et ses photos secondaires, puis "
                                    "vérifiez le rendu sur un téléphone."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Télécharger le modèle de liste de prises de vue et y "
                                        "inscrire vos 10 premiers produits."
                                    ),
                                    (
                                        "Bloquer dans les deux semaines un créneau de deux heures, "
                                        "calme et lumineux."
                                    ),
                                    (
                                        "Marquer au ruban adhésif l'emplacement du produit et du "
                                        "téléphone dans votre coin photo."
                                    ),
                                    (
                                        "Créer un dossier « Photos produits » sauvegardé en dehors "
                                        "du téléphone."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                    "download": {
                        "title": "Liste de prises de vue",
                        "filename": "liste-prises-de-vue.csv",
                        "content": (
                            "Produit;Vue principale;Détail;Échelle;En situation;Retouchée;Nom du "
                            "fichier;En ligne\nTarte aux fraises 6 "
                            "parts;;;;;;tarte-fraises-6-parts.jpg;\nBouquet de saison "
                            "moyen;;;;;;bouquet-saison-moyen.jpg;\nAntivol en "
                            "U;;;;;;antivol-u.jpg;\n;;;;;;;\n;;;;;;;\n"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "paiement-en-ligne",
            "title": "Le paiement en ligne et ses frais",
            "summary": (
                "Choisir une solution de paiement adaptée à votre commerce, comprendre ce que vous "
                "coûte vraiment chaque vente par carte, sécuriser les paiements et gérer "
                "remboursements et contestations."
            ),
            "objectives": [
                (
                    "Comparer les principales façons d'encaisser en ligne : banque, prestataire de "
                    "paiement, lien de paiement."
                ),
                (
                    "Décomposer les frais d'un paiement par carte et estimer leur poids sur votre "
                    "panier moyen."
                ),
                "Expliquer l'authentification forte à vos clients et limiter le risque de fraude.",
                "Traiter un remboursement ou une contestation de paiement sans stress.",
            ],
            "level": "intermediate",
            "effort_hours": "2",
            "format": "online",
            "themes": [
                "Paiement",
                "Frais bancaires",
                "Sécurité",
            ],
            "prerequisites": [
                "click-and-collect",
            ],
            "prerequisites_text": (
                "Avoir suivi « Mettre en place le click and collect » et avoir sous la main les "
                "conditions tarifaires de votre banque pour les paiements par carte."
            ),
            "lessons": [
                {
                    "slug": "solutions-de-paiement",
                    "title": "Les solutions pour encaisser en ligne",
                    "intro": (
                        "Contrat de vente à distance avec votre banque, prestataire de paiement, "
                        "lien de paiement, paiement au retrait : qui fait quoi, et pour quel "
                        "commerce."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Trois grandes familles",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour accepter la carte bancaire sur internet, il faut un "
                                "intermédiaire qui reçoit le paiement, le fait valider par la "
                                "banque du client et vous reverse l'argent. Pour un petit "
                                "commerce, trois options se présentent :</p><ul><li><b>Le contrat "
                                "de vente à distance de votre banque</b>, souvent appelé contrat "
                                "VAD : votre banque fournit une page de paiement à relier à votre "
                                "site. Avantage : un interlocuteur que vous connaissez. "
                                "Inconvénient : une mise en place parfois plus longue et des "
                                "tarifs à négocier.</li><li><b>Un prestataire de paiement en "
                                "ligne</b> (Stripe, PayPal, SumUp, Mollie et bien d'autres) : "
                                "ouverture de compte rapide, tarif affiché, souvent déjà intégré "
                                "aux outils de boutique en ligne. L'argent arrive sur votre compte "
                                "bancaire après un délai de quelques jours.</li><li><b>Le lien de "
                                "paiement</b> : vous envoyez par SMS ou par e-mail un lien qui "
                                "ouvre une page de paiement sécurisée. Idéal pour la fleuriste qui "
                                "prend une commande par téléphone ou l'artisan qui demande un "
                                "acompte.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Et le paiement au retrait ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En click and collect, vous pouvez aussi laisser le client "
                                "payer en boutique avec votre terminal habituel. C'est plus simple "
                                "pour démarrer, mais le risque de commande non retirée augmente. "
                                "Un compromis courant : paiement en ligne obligatoire pour ce qui "
                                "est fait à la commande (gâteau personnalisé, composition "
                                "florale), paiement au retrait accepté pour le reste.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Portefeuilles et virements",
                                "text": (
                                    "<p>Apple Pay, Google Pay ou PayPal rassurent certains clients "
                                    "et accélèrent le paiement sur mobile. Le virement instantané "
                                    "convient aux montants élevés, comme un vélo électrique, à "
                                    "condition de vérifier sur votre propre compte que l'argent "
                                    "est arrivé avant de remettre la marchandise.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les bonnes questions à poser",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Quelle commission par transaction, et y a-t-il un "
                                "abonnement mensuel ?</li><li>Combien de jours avant de recevoir "
                                "l'argent sur mon compte ?</li><li>Les remboursements et les "
                                "contestations de paiement sont-ils facturés ?</li><li>La solution "
                                "est-elle compatible avec mon outil de boutique en ligne "
                                "?</li><li>Puis-je résilier facilement, et sans frais ?</li></ul>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Retrouver votre contrat bancaire actuel et vérifier si la "
                                        "vente à distance y est prévue."
                                    ),
                                    (
                                        "Demander à votre conseiller bancaire une proposition "
                                        "écrite pour le paiement en ligne."
                                    ),
                                    (
                                        "Comparer avec au moins un prestataire de paiement en "
                                        "ligne compatible avec votre outil."
                                    ),
                                    (
                                        "Décider quels produits exigent un paiement en ligne et "
                                        "lesquels peuvent être payés au retrait."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Une fleuriste prend souvent des commandes par téléphone. "
                                    "Quelle solution simple lui permet d'encaisser à distance ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Le lien de paiement envoyé par SMS ou par e-mail.",
                                        "correct": True,
                                        "explanation": (
                                            "Le client paie lui-même sur une page sécurisée, sans "
                                            "que la fleuriste ait à manipuler son numéro de carte."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Noter le numéro de carte du client dans un carnet."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "À proscrire : conserver des numéros de carte expose à "
                                            "la fraude et empêche l'authentification forte du "
                                            "client."
                                        ),
                                    },
                                    {
                                        "text": "Attendre que le client passe en boutique.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est possible, mais la commande n'est pas sécurisée "
                                            ": le paiement à distance évite les oublis."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels critères comparer entre deux solutions de paiement ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "La commission par transaction et l'éventuel "
                                            "abonnement mensuel."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Ce sont les deux composantes principales du coût ; "
                                            "leur poids dépend de votre volume de ventes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le délai de versement de l'argent sur votre compte."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Quelques jours de délai en plus peuvent peser sur "
                                            "votre trésorerie."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Les frais facturés en cas de remboursement ou de "
                                            "contestation."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Ces frais sont souvent oubliés alors qu'ils pèsent "
                                            "sur la rentabilité."
                                        ),
                                    },
                                    {
                                        "text": "La couleur du logo du prestataire.",
                                        "correct": False,
                                        "explanation": (
                                            "Aucune importance : comparez les frais, les délais et "
                                            "la compatibilité avec votre outil."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi exiger le paiement en ligne pour un gâteau "
                                    "personnalisé ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Pour limiter le risque de commande non retirée sur un "
                                            "produit impossible à revendre."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Un gâteau au prénom d'un enfant ne se revend pas : le "
                                            "paiement à la commande sécurise votre travail."
                                        ),
                                    },
                                    {
                                        "text": "Pour supprimer le droit de rétractation.",
                                        "correct": False,
                                        "explanation": (
                                            "Le droit de rétractation ne dépend pas du moyen de "
                                            "paiement ; le gâteau en est exclu parce qu'il est "
                                            "personnalisé."
                                        ),
                                    },
                                    {
                                        "text": "Pour éviter les frais bancaires.",
                                        "correct": False,
                                        "explanation": (
                                            "Au contraire, un paiement en ligne a toujours un coût "
                                            "de commission."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un client règle un vélo électrique par virement instantané. "
                                    "Que faire avant de lui remettre le vélo ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Vérifier sur votre compte bancaire que l'argent est "
                                            "bien arrivé."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Une capture d'écran de virement peut être falsifiée : "
                                            "seule la réception sur votre compte fait foi."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Se contenter de la capture d'écran envoyée par le "
                                            "client."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Les fausses preuves de virement sont une arnaque "
                                            "courante : vérifiez toujours sur votre propre compte."
                                        ),
                                    },
                                    {
                                        "text": "Attendre deux semaines par précaution.",
                                        "correct": False,
                                        "explanation": (
                                            "Inutile : un virement instantané arrive en quelques "
                                            "secondes, il suffit de vérifier sa réception."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "comprendre-les-frais",
                    "title": "Comprendre les frais d'un paiement par carte",
                    "intro": (
                        "Ce que vous payez sur chaque vente par carte, pourquoi la part fixe pèse "
                        "sur les petits paniers, et comment comparer les offres."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Ce qui se cache derrière la commission",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quand un client paie 25 € par carte, vous ne recevez pas "
                                "exactement 25 €. Plusieurs acteurs se rémunèrent "
                                ":</p><ul><li><b>la commission d'interchange</b>, versée à la "
                                "banque du client. Pour les cartes de particuliers émises dans "
                                "l'Union européenne, un règlement européen la plafonne à 0,2 % du "
                                "montant pour les cartes de débit et 0,3 % pour les cartes de "
                                "crédit ;</li><li><b>les frais des réseaux de cartes</b> (CB, "
                                "Visa, Mastercard) ;</li><li><b>la rémunération de votre banque ou "
                                "de votre prestataire de paiement</b>, qui regroupe souvent le "
                                "tout dans un tarif unique.</li></ul><p>Les cartes d'entreprise et "
                                "les cartes émises hors de l'Union européenne échappent à ces "
                                "plafonds : elles coûtent généralement plus cher à accepter.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un pourcentage et un montant fixe",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les prestataires affichent le plus souvent un tarif du type « "
                                "pourcentage du montant + montant fixe par transaction ». Selon "
                                "l'offre, le type de carte et votre volume, le pourcentage est "
                                "généralement de l'ordre de 1 à 3 %, et la part fixe de quelques "
                                "dizaines de centimes par paiement. Ces tarifs varient et changent "
                                ": vérifiez toujours la grille tarifaire à jour du prestataire.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un exemple pour comprendre",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Prenons un tarif imaginaire, uniquement pour faire le calcul : "
                                "1,5 % + 0,25 € par transaction.</p><ul><li>Sur un bouquet à 60 € "
                                ": 0,90 € + 0,25 € = 1,15 €, soit environ 1,9 % du "
                                "prix.</li><li>Sur un pain au levain à 4 € : 0,06 € + 0,25 € = "
                                "0,31 €, soit près de 8 % du prix.</li></ul><p>La part fixe pèse "
                                "lourd sur les petits montants. D'où l'intérêt, pour une "
                                "boulangerie, d'un minimum de commande en ligne ou de paniers "
                                "regroupés, comme une « box petit-déjeuner ».</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Les frais qu'on oublie",
                                "text": (
                                    "<p>Regardez aussi l'abonnement mensuel éventuel, les frais de "
                                    "remboursement (la commission de la vente initiale n'est "
                                    "souvent pas rendue), les frais en cas de contestation de "
                                    "paiement, les frais de conversion de devises et les éventuels "
                                    "frais de versement sur votre compte.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Calculez sur vos vrais chiffres",
                                "text": (
                                    "<p>Comparez les offres avec votre nombre de ventes par mois "
                                    "et votre panier moyen. Une offre avec abonnement et une "
                                    "commission plus faible peut devenir intéressante au-delà d'un "
                                    "certain volume ; en dessous, une offre sans abonnement est "
                                    "souvent plus avantageuse. Le tableau à télécharger vous aide "
                                    "à faire la comparaison.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Calculer votre panier moyen en ligne, même estimé, et "
                                        "votre nombre de ventes par mois."
                                    ),
                                    (
                                        "Relever pour deux ou trois offres le pourcentage, la part "
                                        "fixe, l'abonnement et les frais annexes."
                                    ),
                                    "Remplir le tableau de comparaison avec vos propres chiffres.",
                                    (
                                        "Si votre panier moyen est faible, envisager un minimum de "
                                        "commande ou des paniers regroupés."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Quel est le plafond de la commission d'interchange pour une "
                                    "carte de débit de particulier émise dans l'Union européenne ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "0,2 % du montant.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est le plafond fixé par le règlement européen ; il "
                                            "est de 0,3 % pour les cartes de crédit de "
                                            "particuliers."
                                        ),
                                    },
                                    {
                                        "text": "2 % du montant.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est dix fois trop : l'interchange sur les cartes de "
                                            "débit de particuliers est plafonnée à 0,2 %."
                                        ),
                                    },
                                    {
                                        "text": "Il n'y a aucun plafond.",
                                        "correct": False,
                                        "explanation": (
                                            "Pour les cartes de particuliers émises dans l'Union, "
                                            "un règlement européen plafonne l'interchange depuis "
                                            "2015."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Avec un tarif « pourcentage + part fixe », sur quelle vente "
                                    "les frais pèsent-ils le plus, en proportion du prix ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Une baguette à 1,30 €.",
                                        "correct": True,
                                        "explanation": (
                                            "La part fixe, identique quel que soit le montant, "
                                            "représente une grosse proportion d'un petit achat."
                                        ),
                                    },
                                    {
                                        "text": "Un vélo à 900 €.",
                                        "correct": False,
                                        "explanation": (
                                            "Sur un gros montant, la part fixe devient négligeable "
                                            ": c'est surtout le pourcentage qui compte."
                                        ),
                                    },
                                    {
                                        "text": "La proportion est la même pour toutes les ventes.",
                                        "correct": False,
                                        "explanation": (
                                            "Non, à cause de la part fixe : plus le montant est "
                                            "petit, plus la proportion de frais augmente."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quelles cartes coûtent généralement plus cher à accepter ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Les cartes d'entreprise.",
                                        "correct": True,
                                        "explanation": (
                                            "Elles ne sont pas concernées par les plafonds "
                                            "d'interchange prévus pour les cartes de particuliers."
                                        ),
                                    },
                                    {
                                        "text": "Les cartes émises hors de l'Union européenne.",
                                        "correct": True,
                                        "explanation": (
                                            "Les plafonds européens ne s'appliquent pas, et des "
                                            "frais internationaux s'ajoutent souvent."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Les cartes de débit de particuliers émises en France."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ce sont en général les moins chères, avec une "
                                            "interchange plafonnée à 0,2 %."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels frais regarder en plus de la commission sur chaque "
                                    "vente ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "L'abonnement mensuel éventuel.",
                                        "correct": True,
                                        "explanation": (
                                            "Il est dû quel que soit votre nombre de ventes : à "
                                            "comparer avec votre volume."
                                        ),
                                    },
                                    {
                                        "text": "Les frais en cas de contestation de paiement.",
                                        "correct": True,
                                        "explanation": (
                                            "Une contestation peut coûter des frais fixes en plus "
                                            "du montant contesté."
                                        ),
                                    },
                                    {
                                        "text": "La TVA sur vos produits.",
                                        "correct": False,
                                        "explanation": (
                                            "La TVA est due sur vos ventes quelle que soit la "
                                            "solution de paiement : ce n'est pas un frais du "
                                            "prestataire."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    "download": {
                        "title": "Tableau de comparaison des offres de paiement",
                        "filename": "comparaison-offres-paiement.csv",
                        "content": (
                            "Critère;Offre 1;Offre 2;Offre 3\nNom du prestataire ou de la "
                            "banque;;;\nCommission par transaction (%);;;\nPart fixe par "
                            "transaction (€);;;\nAbonnement mensuel (€);;;\nFrais de "
                            "remboursement;;;\nFrais en cas de contestation de paiement;;;\nDélai "
                            "de versement sur mon compte (jours);;;\nCompatible avec ma boutique "
                            "en ligne (oui/non);;;\nMon panier moyen (€);;;\nMon nombre de ventes "
                            "par mois;;;\nCoût estimé par mois (€);;;\n"
                        ),
                    },
                },
                {
                    "slug": "securite-et-fraude",
                    "title": "Sécuriser les paiements : 3-D Secure et fraude",
                    "intro": (
                        "Comprendre l'authentification forte, reconnaître une commande suspecte et "
                        "protéger les données de carte de vos clients."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "L'authentification forte, c'est quoi ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Depuis la deuxième directive européenne sur les services de "
                                "paiement (DSP2), les paiements par carte en ligne doivent en "
                                "principe être confirmés par une authentification forte du client "
                                ": c'est le fameux « 3-D Secure ». Le client valide son achat dans "
                                "l'application de sa banque, avec une empreinte digitale, un code "
                                "ou la reconnaissance faciale.</p><p>Ce n'est pas vous qui gérez "
                                "cette étape : votre prestataire l'intègre à la page de paiement. "
                                "Votre rôle est de choisir une solution compatible et d'expliquer "
                                "à vos clients pourquoi leur banque leur demande une "
                                "validation.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Pas de validation à chaque fois ?",
                                "text": (
                                    "<p>La réglementation prévoit des exemptions, par exemple pour "
                                    "certains paiements de faible montant. C'est en dernier "
                                    "ressort la banque du client qui décide : ne vous étonnez pas "
                                    "si un client doit valider un achat de 10 € et pas le "
                                    "suivant.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Pourquoi c'est aussi votre intérêt",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quand un paiement a été authentifié avec 3-D Secure, la "
                                "responsabilité d'une fraude à la carte (une carte volée utilisée "
                                "par un tiers) est en général transférée à la banque du client. "
                                "Sans authentification, c'est le plus souvent vous qui supportez "
                                "la perte si le vrai titulaire conteste l'achat.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Reconnaître une commande suspecte",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>une grosse commande d'un nouveau client très pressé, sur "
                                "des produits faciles à revendre : vélos électriques, accessoires "
                                "de marque ;</li><li>plusieurs tentatives de paiement avec des "
                                "cartes différentes ;</li><li>une autre personne qui vient retirer "
                                "et ne connaît pas le numéro de commande ;</li><li>un client qui "
                                "paie plus que le prix « par erreur », puis demande qu'on lui "
                                "rende la différence par virement.</li></ul><p>En cas de doute, "
                                "appelez le client, vérifiez son identité au retrait sans "
                                "photocopier sa pièce, ou proposez-lui de payer en boutique.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Ne gardez jamais de numéros de carte",
                                "text": (
                                    "<p>Ne demandez pas un numéro de carte par e-mail, SMS ou "
                                    "téléphone pour le noter. Les données de carte doivent rester "
                                    "chez votre prestataire, qui respecte les normes de sécurité "
                                    "de l'industrie des cartes (PCI DSS). Envoyez plutôt un lien "
                                    "de paiement.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Vérifier que votre solution de paiement gère "
                                        "l'authentification forte 3-D Secure."
                                    ),
                                    (
                                        "Préparer une phrase simple pour expliquer à un client "
                                        "pourquoi sa banque lui demande de valider."
                                    ),
                                    (
                                        "Définir votre règle face à une commande suspecte : appel "
                                        "au client, vérification d'identité au retrait."
                                    ),
                                    (
                                        "Détruire tout numéro de carte noté sur papier, dans un "
                                        "e-mail ou dans un fichier."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Que signifie l'authentification forte pour un paiement en "
                                    "ligne ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Le client confirme le paiement auprès de sa banque, "
                                            "par exemple dans son application."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est le principe de 3-D Secure, imposé par la DSP2 : "
                                            "le titulaire prouve qu'il est bien à l'origine de "
                                            "l'achat."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le commerçant vérifie en ligne la carte d'identité du "
                                            "client."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "L'authentification est faite par la banque du client, "
                                            "pas par le commerçant."
                                        ),
                                    },
                                    {
                                        "text": "Le client saisit deux fois son numéro de carte.",
                                        "correct": False,
                                        "explanation": (
                                            "Saisir deux fois le numéro ne prouve rien : il faut "
                                            "un élément que seul le titulaire possède, connaît ou "
                                            "est."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un paiement authentifié avec 3-D Secure est contesté pour "
                                    "fraude par le vrai titulaire de la carte. Qui supporte en "
                                    "général la perte ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "La banque du client.",
                                        "correct": True,
                                        "explanation": (
                                            "Avec l'authentification forte, la responsabilité de "
                                            "la fraude est en général transférée à la banque qui a "
                                            "émis la carte."
                                        ),
                                    },
                                    {
                                        "text": "Toujours le commerçant.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est le cas le plus fréquent sans authentification ; "
                                            "avec 3-D Secure, la responsabilité est en général "
                                            "transférée à la banque du client."
                                        ),
                                    },
                                    {
                                        "text": "Le client, puisqu'il s'est fait voler sa carte.",
                                        "correct": False,
                                        "explanation": (
                                            "Un client victime d'une fraude est en principe "
                                            "remboursé par sa banque, sauf négligence grave de sa "
                                            "part."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quels signaux doivent vous alerter ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Plusieurs tentatives de paiement avec des cartes "
                                            "différentes."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est typique d'un fraudeur qui teste des cartes "
                                            "volées."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un client qui paie trop puis demande qu'on lui rende "
                                            "la différence par virement."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est une arnaque classique : le paiement par carte "
                                            "sera contesté, et l'argent viré, lui, sera perdu."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une grosse commande urgente de produits faciles à "
                                            "revendre, par un nouveau client."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Ce n'est pas forcément une fraude, mais cela mérite "
                                            "un appel de vérification."
                                        ),
                                    },
                                    {
                                        "text": "Un habitué qui commande son pain du dimanche.",
                                        "correct": False,
                                        "explanation": (
                                            "Une commande régulière d'un client connu n'a rien de "
                                            "suspect."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un client veut vous dicter son numéro de carte au téléphone "
                                    "pour payer un bouquet. Que faites-vous ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Vous lui envoyez plutôt un lien de paiement sécurisé."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Il paie lui-même sur une page sécurisée, avec "
                                            "authentification forte, et vous ne manipulez jamais "
                                            "ses données de carte."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Vous notez le numéro sur le bon de commande pour "
                                            "l'encaisser plus tard."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Conserver des numéros de carte est risqué et "
                                            "contraire aux règles de sécurité des cartes."
                                        ),
                                    },
                                    {
                                        "text": "Vous lui demandez de l'envoyer par e-mail.",
                                        "correct": False,
                                        "explanation": (
                                            "Un e-mail n'est pas un canal sûr pour des données de "
                                            "carte."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "remboursements-et-contestations",
                    "title": "Remboursements, contestations et comptabilité",
                    "intro": (
                        "Rembourser proprement, réagir à une contestation de paiement et "
                        "rapprocher les versements reçus de votre comptabilité."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Rembourser un client",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Rétractation, produit manquant, commande annulée : remboursez "
                                "depuis l'outil de votre prestataire de paiement, sur la carte "
                                "utilisée pour l'achat. En cas de rétractation, la loi impose de "
                                "rembourser au plus tard 14 jours après que le client vous a "
                                "informé de sa décision, frais de livraison initiaux compris (sur "
                                "la base d'une livraison standard), avec le même moyen de "
                                "paiement, sauf accord du client. Vous pouvez attendre d'avoir "
                                "récupéré le produit.</p><p>Deux points d'attention : chez de "
                                "nombreux prestataires, la commission de la vente initiale n'est "
                                "pas rendue lors d'un remboursement ; et un bon d'achat ne "
                                "remplace un remboursement que si le client l'accepte "
                                "librement.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "La contestation de paiement",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un client peut contester un paiement auprès de sa banque : "
                                "achat qu'il ne reconnaît pas, commande jamais reçue, produit non "
                                "conforme. Pour une opération qu'il n'a pas autorisée, il dispose "
                                "en principe de 13 mois. Votre prestataire vous prévient alors, "
                                "retient généralement le montant en attendant l'issue, parfois "
                                "avec des frais.</p><ol><li>Répondez vite, dans le délai indiqué "
                                "par votre prestataire.</li><li>Rassemblez les preuves : "
                                "confirmation de commande, échanges avec le client, preuve de "
                                "retrait ou de livraison, photos du produit.</li><li>Restez "
                                "factuel et courtois : c'est la banque qui tranche.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "La preuve de retrait",
                                "text": (
                                    "<p>En click and collect, faites signer un bon de retrait, ou "
                                    "marquez la commande « remise » dans votre outil avec la date "
                                    "et l'heure. Face à une contestation « commande jamais reçue "
                                    "», c'est votre meilleure preuve.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Rapprocher les versements de la comptabilité",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Votre prestataire ne vous verse pas chaque vente une par une : "
                                "il regroupe plusieurs ventes, déduit ses commissions et les "
                                "remboursements, puis fait un virement global. Chaque mois, "
                                "téléchargez son relevé détaillé et transmettez-le à votre "
                                "comptable : il permet de retrouver chaque vente, chaque frais et "
                                "chaque remboursement derrière les virements reçus. Les "
                                "commissions sont des charges de l'entreprise, à justifier avec "
                                "les factures ou relevés du prestataire.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Repérer dans l'outil de votre prestataire où se trouve la "
                                        "fonction de remboursement."
                                    ),
                                    (
                                        "Mettre en place une preuve de retrait : signature ou "
                                        "validation datée dans l'outil."
                                    ),
                                    (
                                        "Conserver les preuves de chaque commande au moins 13 "
                                        "mois, dans un dossier dédié."
                                    ),
                                    (
                                        "Programmer un rappel mensuel pour envoyer le relevé du "
                                        "prestataire à votre comptable."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
            ],
        },
        {
            "slug": "livraison-logistique",
            "title": "Livraison et logistique",
            "summary": (
                "Livrer vos clients au-delà de la boutique : choisir entre livraison locale, point "
                "relais et domicile, fixer des frais de port justes, emballer sans casse et gérer "
                "retours et colis abîmés."
            ),
            "objectives": [
                "Choisir les modes de livraison adaptés à vos produits et à votre zone.",
                "Calculer des frais de port qui couvrent vos coûts sans faire fuir le client.",
                "Emballer et expédier un colis en limitant la casse et les erreurs.",
                "Gérer un retour, un colis perdu ou abîmé en connaissant vos obligations.",
            ],
            "level": "intermediate",
            "effort_hours": "2",
            "format": "online",
            "themes": [
                "Livraison",
                "Logistique",
                "Emballage",
            ],
            "prerequisites": [
                "click-and-collect",
            ],
            "prerequisites_text": (
                "Avoir suivi « Mettre en place le click and collect » et connaître le poids et la "
                "taille de vos produits les plus vendus."
            ),
            "lessons": [
                {
                    "slug": "choisir-ses-modes-de-livraison",
                    "title": "Choisir ses modes de livraison",
                    "intro": (
                        "Retrait, livraison par vos soins, coursier, point relais, consigne ou "
                        "domicile : à chaque produit son mode de livraison."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le panorama des options",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Le retrait en boutique</b> : gratuit pour le client, "
                                "sans risque de casse. Gardez-le toujours comme "
                                "option.</li><li><b>La livraison locale par vos soins</b>, à pied, "
                                "à vélo ou en voiture, dans un rayon de quelques kilomètres et sur "
                                "des créneaux fixes. Idéale pour le fleuriste ou le "
                                "traiteur.</li><li><b>Le coursier ou la coopérative de livreurs à "
                                "vélo</b> : utile en ville quand vous ne pouvez pas quitter la "
                                "boutique.</li><li><b>Le point relais et la consigne "
                                "automatique</b> : le client récupère son colis chez un commerçant "
                                "partenaire ou dans un casier accessible sur une large amplitude "
                                "horaire. C'est généralement moins cher que la livraison à "
                                "domicile.</li><li><b>La livraison à domicile</b> : plus "
                                "confortable pour le client, plus chère, avec le risque du "
                                "destinataire absent.</li><li><b>La lettre suivie</b> : pour les "
                                "petits objets plats et légers, une solution économique à "
                                "comparer.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Quel mode pour quel produit ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Partez de vos produits, pas des offres des transporteurs "
                                ":</p><ul><li><b>Produits frais et fleurs</b> : livraison locale "
                                "rapide, le jour même, ou retrait. Les denrées réfrigérées doivent "
                                "rester au froid pendant tout le trajet (sacs isothermes, plaques "
                                "eutectiques) ; renseignez-vous sur les règles d'hygiène auprès de "
                                "votre chambre consulaire ou de la direction départementale de la "
                                "protection des populations.</li><li><b>Petits objets non "
                                "fragiles</b> (accessoires, textile, épicerie sèche) : point "
                                "relais ou consigne, éventuellement domicile.</li><li><b>Objets "
                                "lourds ou encombrants</b> (vélo complet, meuble) : livraison "
                                "locale par vos soins, ou transporteur spécialisé sur "
                                "devis.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Les réseaux des fleuristes",
                                "text": (
                                    "<p>Pour livrer des fleurs dans une autre ville, beaucoup de "
                                    "fleuristes passent par un réseau de transmission florale : la "
                                    "commande est confiée à un fleuriste adhérent proche du "
                                    "destinataire, qui compose et livre le bouquet. Comparez les "
                                    "conditions d'adhésion et les commissions de ces réseaux.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Les plateformes d'envoi",
                                "text": (
                                    "<p>Des plateformes d'envoi comme Boxtal, Sendcloud ou "
                                    "Packlink permettent de comparer plusieurs transporteurs, "
                                    "d'imprimer les étiquettes et de suivre les colis depuis un "
                                    "seul outil. Pratique dès que vous expédiez régulièrement.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Lister vos 10 produits les plus vendus avec leur poids, "
                                        "leur taille et leur fragilité."
                                    ),
                                    "Choisir pour chacun un ou deux modes de livraison adaptés.",
                                    (
                                        "Définir votre zone de livraison locale (rayon, quartiers, "
                                        "communes) et vos jours de tournée."
                                    ),
                                    (
                                        "Repérer les points relais et consignes les plus proches "
                                        "de la boutique pour vos dépôts."
                                    ),
                                    "Garder le retrait en boutique comme option gratuite.",
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Un traiteur veut livrer des plateaux-repas réfrigérés. Quel "
                                    "mode choisir ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Une livraison locale rapide, en respectant la chaîne "
                                            "du froid."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les produits réfrigérés doivent rester au froid "
                                            "pendant tout le trajet : un trajet court et maîtrisé "
                                            "est le plus sûr."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un envoi en point relais à l'autre bout de la France."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Plusieurs jours de transport sans froid maîtrisé : la "
                                            "chaîne du froid serait rompue."
                                        ),
                                    },
                                    {
                                        "text": "Une lettre suivie.",
                                        "correct": False,
                                        "explanation": (
                                            "La lettre suivie est faite pour des objets plats et "
                                            "légers, pas pour des denrées fraîches."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels avantages le point relais ou la consigne offrent-ils au "
                                    "client ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Des frais de port généralement plus bas qu'à domicile."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le transporteur livre de nombreux colis au même "
                                            "endroit, ce qui réduit le coût."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Retirer son colis quand il veut, pendant les horaires "
                                            "du relais ou de la consigne."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Plus besoin d'être chez soi au passage du livreur."
                                        ),
                                    },
                                    {
                                        "text": "Un colis qui arrive toujours le jour même.",
                                        "correct": False,
                                        "explanation": (
                                            "Les délais dépendent du transporteur et se comptent "
                                            "souvent en jours."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi garder le retrait en boutique quand on propose la "
                                    "livraison ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "C'est gratuit pour le client, sans risque de casse, "
                                            "et il revient dans votre boutique."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est aussi une occasion de vente supplémentaire et "
                                            "de contact humain."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que c'est obligatoire dès qu'on vend en ligne."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas obligatoire, c'est simplement une option "
                                            "appréciée et peu coûteuse pour vous."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que la livraison est interdite aux petits "
                                            "commerces."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Aucune interdiction : tout commerce peut livrer ses "
                                            "clients."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Une fleuriste de Lyon reçoit une commande à livrer à Lille le "
                                    "lendemain. Quelle solution est la plus adaptée ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Passer par un réseau de transmission florale, qui "
                                            "confie la commande à un fleuriste de Lille."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le bouquet est composé et livré sur place, frais, "
                                            "sans transport longue distance."
                                        ),
                                    },
                                    {
                                        "text": "Envoyer le bouquet dans un colis standard.",
                                        "correct": False,
                                        "explanation": (
                                            "Un bouquet frais supporte mal un ou plusieurs jours "
                                            "dans un carton."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Refuser systématiquement les commandes hors de sa "
                                            "ville."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est possible, mais les réseaux de transmission "
                                            "florale permettent justement d'accepter ces commandes."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "frais-de-port",
                    "title": "Calculer et afficher les frais de port",
                    "intro": (
                        "Connaître le vrai coût d'un envoi, choisir une politique de frais de port "
                        "et informer le client avant la commande."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le vrai coût d'un envoi",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un envoi ne coûte pas seulement le tarif du transporteur. "
                                "Additionnez :</p><ul><li>le tarif du transporteur, qui dépend du "
                                "poids, des dimensions, de la destination et du mode (relais ou "
                                "domicile) ;</li><li>l'emballage : carton, calage, adhésif, "
                                "étiquette ;</li><li>le temps de préparation et de dépôt "
                                ";</li><li>une part pour la casse et les pertes.</li></ul><p>Pour "
                                "un petit colis en point relais, le tarif du transporteur est "
                                "souvent de quelques euros ; à domicile ou pour un colis lourd, il "
                                "grimpe vite. Les tarifs changent régulièrement et dépendent de "
                                "votre volume : vérifiez la grille tarifaire à jour de chaque "
                                "transporteur ou de votre plateforme d'envoi.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Trois politiques possibles",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Le coût réel</b> : le client paie ce que coûte "
                                "l'envoi. C'est transparent, mais des frais élevés font abandonner "
                                "des paniers.</li><li><b>Le forfait</b> : un prix unique par mode "
                                "(« point relais », « domicile »), calculé sur la moyenne de vos "
                                "envois. Simple à comprendre.</li><li><b>La livraison offerte à "
                                "partir d'un montant</b>, le « franco de port » : elle incite à "
                                "compléter le panier. Fixez le seuil au-dessus de votre panier "
                                "moyen et vérifiez que votre marge absorbe le coût.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Libraires : des frais de port minimum",
                                "text": (
                                    "<p>Pour les livres neufs, la livraison gratuite est interdite "
                                    ": en dessous de 35 € de livres commandés, les frais de port "
                                    "facturés doivent être d'au moins 3 €. Au-delà, ils peuvent "
                                    "être réduits, mais jamais à zéro. Le retrait en librairie, "
                                    "lui, peut rester gratuit.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Ce que le client doit savoir avant de commander",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les frais et le délai de livraison doivent être indiqués "
                                "clairement avant la validation de la commande, pas découverts à "
                                "la dernière étape. Si vous n'annoncez aucun délai, la loi vous "
                                "impose de livrer au plus tard 30 jours après la commande. Soyez "
                                "réaliste : mieux vaut annoncer « expédition sous 2 jours ouvrés » "
                                "et tenir parole.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Vendre dans un autre pays de l'Union",
                                "text": (
                                    "<p>Si vos ventes à distance à des particuliers d'autres pays "
                                    "de l'Union européenne dépassent 10 000 € par an au total, "
                                    "c'est la TVA du pays du client qui s'applique ; le guichet "
                                    "unique (OSS) permet de la déclarer depuis la France. "
                                    "Parlez-en à votre comptable avant de vous lancer.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Peser et mesurer vos 5 produits les plus vendus, "
                                        "emballage compris."
                                    ),
                                    (
                                        "Relever les tarifs à jour de deux transporteurs ou d'une "
                                        "plateforme d'envoi pour ces colis."
                                    ),
                                    (
                                        "Calculer le coût complet d'un envoi type : transport, "
                                        "emballage et temps passé."
                                    ),
                                    (
                                        "Choisir votre politique : coût réel, forfait ou livraison "
                                        "offerte à partir d'un seuil."
                                    ),
                                    (
                                        "Afficher frais et délais de livraison sur vos fiches "
                                        "produits et avant la validation du panier."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": "Que faut-il inclure dans le coût réel d'un envoi ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Le tarif du transporteur.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est la part la plus visible ; elle dépend du poids, "
                                            "de la taille et de la destination."
                                        ),
                                    },
                                    {
                                        "text": "L'emballage et le temps de préparation.",
                                        "correct": True,
                                        "explanation": (
                                            "Carton, calage et minutes passées à préparer le colis "
                                            "sont de vrais coûts, souvent oubliés."
                                        ),
                                    },
                                    {
                                        "text": "Le loyer annuel de la boutique en entier.",
                                        "correct": False,
                                        "explanation": (
                                            "Le loyer est une charge générale de la boutique : on "
                                            "ne l'impute pas en entier sur un envoi."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Vous n'avez indiqué aucun délai de livraison. Que prévoit la "
                                    "loi ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Vous devez livrer au plus tard 30 jours après la "
                                            "commande."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est le délai maximal prévu par défaut par le Code "
                                            "de la consommation."
                                        ),
                                    },
                                    {
                                        "text": "Vous pouvez livrer quand vous voulez.",
                                        "correct": False,
                                        "explanation": (
                                            "Sans délai annoncé, la loi fixe un maximum de 30 "
                                            "jours."
                                        ),
                                    },
                                    {
                                        "text": "Vous devez livrer sous 48 heures.",
                                        "correct": False,
                                        "explanation": (
                                            "48 heures n'est pas une obligation légale : c'est un "
                                            "engagement que vous pouvez choisir d'annoncer."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre panier moyen en ligne est de 40 €. Où placer le seuil "
                                    "de livraison offerte ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Un peu au-dessus, par exemple vers 50 ou 60 €, si "
                                            "votre marge le permet."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le seuil incite le client à ajouter un article, et la "
                                            "marge supplémentaire aide à payer le transport."
                                        ),
                                    },
                                    {
                                        "text": "À 10 €, pour faire plaisir à tout le monde.",
                                        "correct": False,
                                        "explanation": (
                                            "Presque toutes les commandes seraient livrées "
                                            "gratuitement : vous paieriez le transport à chaque "
                                            "vente."
                                        ),
                                    },
                                    {
                                        "text": "À 500 €, pour ne jamais l'offrir.",
                                        "correct": False,
                                        "explanation": (
                                            "Un seuil inatteignable n'incite personne : autant ne "
                                            "pas en proposer."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Une librairie vend en ligne un roman neuf à 20 €, livré à "
                                    "domicile. Peut-elle offrir la livraison ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Non : en dessous de 35 € de livres, les frais de port "
                                            "doivent être d'au moins 3 €."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "La loi encadre les frais de livraison des livres "
                                            "neufs pour protéger les librairies ; le retrait en "
                                            "magasin reste possible sans frais."
                                        ),
                                    },
                                    {
                                        "text": "Oui, comme n'importe quel commerce.",
                                        "correct": False,
                                        "explanation": (
                                            "Les livres neufs obéissent à une règle particulière : "
                                            "la livraison gratuite est interdite."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Oui, à condition de ne pas faire de remise sur le "
                                            "prix du livre."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Même sans remise, les frais de port minimum "
                                            "s'appliquent aux livres neufs livrés."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "emballer-et-expedier",
                    "title": "Emballer et expédier sans casse",
                    "intro": (
                        "Les bons réflexes pour des colis solides, bien étiquetés et suivis, de la "
                        "préparation au dépôt."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le bon carton et le bon calage",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Un carton à peine plus grand que le produit</b> : "
                                "moins de vide, moins de casse, et un envoi moins cher quand le "
                                "tarif dépend des dimensions.</li><li><b>Du calage</b> : papier "
                                "froissé, carton recyclé découpé, chips de calage. Le produit ne "
                                "doit pas bouger.</li><li><b>Le test de la secousse</b> : fermez, "
                                "secouez doucement. Si ça bouge ou si ça fait du bruit, ajoutez du "
                                "calage.</li><li><b>Le fragile</b> : bouteilles, céramiques et "
                                "bocaux s'emballent un par un, avec plusieurs centimètres de "
                                "protection de chaque côté. Une étiquette « fragile » ne remplace "
                                "jamais un bon calage.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Réemployer, proprement",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Réutiliser les cartons de vos fournisseurs réduit les coûts et "
                                "les déchets, à condition qu'ils soient solides et propres. "
                                "Retirez ou barrez les anciennes étiquettes : un ancien "
                                "code-barres visible peut envoyer le colis à la mauvaise adresse. "
                                "Et glissez un petit mot de remerciement écrit à la main : c'est "
                                "votre touche de commerçant de proximité.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Étiqueter, déposer, suivre",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li>Collez l'étiquette du transporteur bien à plat sur le "
                                "plus grand côté, sans adhésif par-dessus le "
                                "code-barres.</li><li>Ajoutez dans le colis le bon de commande ou "
                                "la facture.</li><li>Gardez la preuve de dépôt remise par le "
                                "relais ou le bureau de poste.</li><li>Envoyez le numéro de suivi "
                                "au client le jour même de l'expédition.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Un coin expédition",
                                "text": (
                                    "<p>Réservez un coin de l'arrière-boutique à l'expédition : "
                                    "cartons rangés par taille, dévidoir d'adhésif, calage, "
                                    "pèse-colis, imprimante. Une commande se prépare alors en "
                                    "quelques minutes, même en plein rush de Noël.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Produits interdits ou réglementés",
                                "text": (
                                    "<p>Certains produits sont interdits ou soumis à conditions "
                                    "chez les transporteurs : liquides inflammables, batteries au "
                                    "lithium comme celles des vélos électriques, parfums, alcool "
                                    "selon la destination. Vérifiez les conditions du transporteur "
                                    "avant d'accepter la commande.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Installer un coin expédition avec cartons, calage, "
                                        "adhésif et une balance."
                                    ),
                                    (
                                        "Préparer un colis test avec votre produit le plus fragile "
                                        "et faire le test de la secousse."
                                    ),
                                    (
                                        "Vérifier les règles de vos transporteurs pour vos "
                                        "produits sensibles : batteries, liquides, alcool."
                                    ),
                                    (
                                        "Rédiger un modèle de message d'expédition qui contient le "
                                        "numéro de suivi."
                                    ),
                                    (
                                        "Préparer une petite carte de remerciement à glisser dans "
                                        "chaque colis."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
                {
                    "slug": "retours-et-colis-abimes",
                    "title": "Retours, colis perdus ou abîmés",
                    "intro": (
                        "Qui est responsable d'un colis perdu ou cassé, comment organiser les "
                        "retours et réclamer auprès du transporteur."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Jusqu'à la remise, le colis est sous votre responsabilité",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quand vous vendez à un particulier, le produit voyage à vos "
                                "risques jusqu'à ce que le client, ou la personne qu'il a "
                                "désignée, le reçoive. Colis perdu, volé ou abîmé en route : c'est "
                                "à vous de trouver une solution avec le client (nouvel envoi ou "
                                "remboursement), puis de vous retourner contre le transporteur. "
                                "Seule exception : le client a lui-même choisi un transporteur que "
                                "vous ne proposiez pas.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Réclamer auprès du transporteur",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Conservez la preuve de dépôt, le numéro de suivi et, pour "
                                "les envois de valeur, une photo du contenu avant "
                                "fermeture.</li><li>Demandez au client des photos du colis et du "
                                "produit abîmé et, si possible, qu'il signale les dégâts au "
                                "livreur ou au relais dès la réception.</li><li>Déposez la "
                                "réclamation rapidement : les délais sont courts et fixés par les "
                                "conditions de chaque transporteur.</li><li>Vérifiez le niveau "
                                "d'indemnisation, souvent plafonné. Pour les objets de valeur, une "
                                "assurance complémentaire peut être utile.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Organiser les retours",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Avec le droit de rétractation, le client a 14 jours après "
                                "réception pour vous informer qu'il renonce à son achat, puis 14 "
                                "jours pour vous renvoyer le produit. Les frais de retour sont à "
                                "sa charge si vous l'avez indiqué avant la commande ; sinon, ils "
                                "sont pour vous. Vous pouvez aussi offrir le retour comme argument "
                                "commercial.</p><p>Décrivez la procédure dans vos CGV : adresse de "
                                "retour, état attendu, délai de remboursement. À la réception, "
                                "contrôlez le produit : s'il a été manipulé au-delà de ce qui est "
                                "nécessaire pour l'essayer, vous pouvez retenir une somme "
                                "correspondant à sa dépréciation.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Retour ou échange en boutique",
                                "text": (
                                    "<p>Proposez aux clients du coin de rapporter le produit en "
                                    "boutique : pas de frais de retour, un échange souvent "
                                    "possible, et une visite de plus dans votre magasin.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "À ne pas confondre : la garantie légale de conformité",
                                "text": (
                                    "<p>Si le produit est défectueux ou ne correspond pas à sa "
                                    "description, ce n'est plus une affaire de rétractation : la "
                                    "garantie légale de conformité s'applique pendant 2 ans pour "
                                    "un bien neuf, et la réparation ou le remplacement, frais de "
                                    "retour compris, sont à votre charge.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Rédiger dans vos CGV une procédure de retour claire : "
                                        "adresse, délai, état du produit, frais."
                                    ),
                                    (
                                        "Décider si vous offrez les frais de retour ou si le "
                                        "client les paie, et l'indiquer avant la commande."
                                    ),
                                    (
                                        "Noter pour chaque transporteur le délai de réclamation et "
                                        "le plafond d'indemnisation."
                                    ),
                                    (
                                        "Photographier le contenu des colis de valeur avant de les "
                                        "fermer."
                                    ),
                                    (
                                        "Proposer le retour ou l'échange en boutique aux clients "
                                        "du quartier."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Un colis arrive écrasé chez une cliente, le vase est cassé. "
                                    "Qui doit régler le problème avec elle ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Vous, le vendeur, qui vous retournez ensuite contre "
                                            "le transporteur."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Le produit voyage aux risques du vendeur jusqu'à sa "
                                            "réception par le client particulier."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La cliente, qui doit réclamer elle-même au "
                                            "transporteur."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "La cliente a acheté chez vous : c'est vous qui lui "
                                            "devez un produit en bon état."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Personne : la casse pendant le transport est un "
                                            "risque accepté par le client."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le risque du transport pèse sur le vendeur, sauf si "
                                            "le client a choisi lui-même un transporteur que vous "
                                            "ne proposiez pas."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Un client se rétracte. Qui paie les frais de retour ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Le client, si vous l'en avez informé avant la "
                                            "commande."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est la règle par défaut ; sans information "
                                            "préalable, les frais de retour restent à votre charge."
                                        ),
                                    },
                                    {
                                        "text": "Toujours le vendeur.",
                                        "correct": False,
                                        "explanation": (
                                            "Le vendeur peut les laisser au client, à condition de "
                                            "l'avoir annoncé avant la commande."
                                        ),
                                    },
                                    {
                                        "text": "Le transporteur.",
                                        "correct": False,
                                        "explanation": (
                                            "Le transporteur n'a rien à voir avec la décision du "
                                            "client de se rétracter."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Qu'est-ce qui facilite une réclamation auprès d'un "
                                    "transporteur ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Conserver la preuve de dépôt et le numéro de suivi."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Ce sont les premiers éléments demandés pour toute "
                                            "réclamation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Demander au client des photos du colis et du produit."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les photos prouvent l'état du colis à la réception."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Attendre plusieurs mois pour voir si le colis "
                                            "réapparaît."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Les délais de réclamation sont souvent courts : "
                                            "réclamez vite."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un vélo vendu en ligne il y a 8 mois présente un défaut de "
                                    "fabrication. De quoi relève la demande du client ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "De la garantie légale de conformité, qui dure 2 ans "
                                            "pour un bien neuf."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Pendant ces 2 ans, le défaut est présumé exister dès "
                                            "la livraison : le vélo doit être réparé ou remplacé "
                                            "sans frais pour le client."
                                        ),
                                    },
                                    {
                                        "text": "Du droit de rétractation.",
                                        "correct": False,
                                        "explanation": (
                                            "Le délai de 14 jours est dépassé depuis longtemps, et "
                                            "la rétractation concerne un changement d'avis, pas un "
                                            "défaut."
                                        ),
                                    },
                                    {
                                        "text": "De rien du tout : la vente est définitive.",
                                        "correct": False,
                                        "explanation": (
                                            "La garantie légale de conformité protège le client "
                                            "pendant 2 ans pour un bien neuf et ne peut pas être "
                                            "écartée."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "choisir-marketplace",
            "title": "Choisir une place de marché",
            "summary": (
                "Amazon, Etsy, une plateforme spécialisée ou une application de livraison ? "
                "Comparer les modèles, calculer votre vraie marge après commissions et ouvrir "
                "votre compte sans perdre la main sur votre activité."
            ),
            "objectives": [
                (
                    "Distinguer les grandes familles de places de marché et repérer celles qui "
                    "conviennent à vos produits."
                ),
                (
                    "Calculer la marge réelle d'une vente après commission, abonnement, livraison "
                    "et retours."
                ),
                "Connaître vos obligations de vendeur professionnel sur une plateforme.",
                "Garder la maîtrise de vos stocks, de votre image et de votre relation client.",
            ],
            "level": "advanced",
            "effort_hours": "1.5",
            "format": "online",
            "themes": [
                "Places de marché",
                "Rentabilité",
                "Stratégie",
            ],
            "prerequisites": [
                "photos-produits",
            ],
            "prerequisites_text": (
                "Avoir suivi « Photographier vos produits avec un smartphone » et disposer de "
                "bonnes photos de vos produits principaux."
            ),
            "lessons": [
                {
                    "slug": "panorama-des-places-de-marche",
                    "title": "Panorama des places de marché",
                    "intro": (
                        "Généralistes, spécialisées, livraison de repas, anti-gaspillage, locales "
                        ": les grandes familles et leur modèle économique."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Une place de marché, c'est quoi ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une place de marché est un site qui met en vitrine les "
                                "produits de nombreux vendeurs. Elle apporte le trafic, la "
                                "confiance des acheteurs et souvent le paiement ; vous restez le "
                                "vendeur, responsable du produit, de l'expédition et du service "
                                "client. En échange, la plateforme prend une commission sur chaque "
                                "vente, parfois avec un abonnement mensuel.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les grandes familles",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Les généralistes</b> (Amazon, Cdiscount, Fnac, "
                                "Rakuten…) : une audience énorme, mais une concurrence féroce sur "
                                "les prix. Plutôt adaptées aux produits de marque ou de "
                                "référence.</li><li><b>Les spécialisées</b> : Etsy pour le fait "
                                "main, le vintage et les fournitures créatives, ManoMano pour le "
                                "bricolage et le jardin, et d'autres pour le vélo, la mode ou le "
                                "reconditionné. Des clients plus ciblés, des concurrents plus "
                                "proches de votre métier.</li><li><b>Les plateformes de livraison "
                                "de repas</b> (Uber Eats, Deliveroo…) : pour restaurateurs, "
                                "traiteurs, boulangeries. Une visibilité immédiate, mais une "
                                "commission élevée, surtout quand la plateforme assure la "
                                "livraison.</li><li><b>Les applications anti-gaspillage</b>, comme "
                                "Too Good To Go : vendre à prix réduit les invendus du jour sous "
                                "forme de paniers. Pour une boulangerie ou une épicerie, un moyen "
                                "de réduire les pertes et de se faire connaître.</li><li><b>Les "
                                "places de marché locales</b>, portées par des villes, des "
                                "associations de commerçants ou des chambres consulaires : une "
                                "audience plus modeste, mais de proximité.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Des modèles économiques très différents",
                                "text": (
                                    "<p>Selon la plateforme et la catégorie de produit, la "
                                    "commission sur les ventes va de quelques pourcents à plus de "
                                    "15 % chez les généralistes, et peut atteindre 25 à 30 %, "
                                    "voire davantage, sur les applications de livraison de repas. "
                                    "S'y ajoutent parfois un abonnement mensuel, des frais par "
                                    "annonce, des frais de paiement ou de logistique. Ces grilles "
                                    "évoluent souvent : consultez toujours la grille tarifaire à "
                                    "jour de la plateforme.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Bien choisir",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Posez-vous trois questions. Mes clients cherchent-ils ce type "
                                "de produit sur cette plateforme ? Mes prix restent-ils "
                                "compétitifs une fois la commission payée ? Puis-je tenir le "
                                "niveau de service exigé, en délais d'expédition comme en réponses "
                                "aux messages ? Commencez par une seule plateforme, la plus proche "
                                "de votre métier.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Chercher vos trois produits phares sur deux ou trois "
                                        "places de marché et noter les prix des concurrents."
                                    ),
                                    (
                                        "Identifier la famille de plateformes la plus proche de "
                                        "votre métier."
                                    ),
                                    (
                                        "Relever la grille tarifaire à jour de la plateforme "
                                        "retenue : commission, abonnement, frais annexes."
                                    ),
                                    (
                                        "Vérifier les délais d'expédition et de réponse exigés des "
                                        "vendeurs."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Un ébéniste qui fabrique des planches à découper veut tester "
                                    "une place de marché. Laquelle est la plus cohérente ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Une plateforme spécialisée dans le fait main, comme "
                                            "Etsy."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les acheteurs y cherchent justement des objets "
                                            "artisanaux et acceptent de payer le savoir-faire."
                                        ),
                                    },
                                    {
                                        "text": "Une application de livraison de repas.",
                                        "correct": False,
                                        "explanation": (
                                            "Elle est faite pour les plats préparés, pas pour les "
                                            "objets."
                                        ),
                                    },
                                    {
                                        "text": "Une application anti-gaspillage.",
                                        "correct": False,
                                        "explanation": (
                                            "Elle sert à écouler des invendus alimentaires à prix "
                                            "réduit."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Sur une place de marché, de quoi le vendeur reste-t-il "
                                    "responsable ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "De la conformité du produit et des garanties légales."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Vous êtes le vendeur : garanties légales et droit de "
                                            "rétractation vous concernent toujours."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "De l'expédition et du service client, sauf s'il "
                                            "confie la logistique à la plateforme."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Certaines plateformes proposent de stocker et "
                                            "d'expédier pour vous, contre des frais "
                                            "supplémentaires."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Des campagnes publicitaires de la plateforme à la "
                                            "télévision."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "La promotion générale de la plateforme relève d'elle, "
                                            "pas de vous."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi une boulangerie utiliserait-elle une application "
                                    "anti-gaspillage ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Pour vendre à prix réduit ses invendus du jour et "
                                            "attirer de nouveaux clients."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les invendus rapportent un peu au lieu d'être jetés, "
                                            "et certains clients reviennent ensuite au prix normal."
                                        ),
                                    },
                                    {
                                        "text": "Pour vendre ses gâteaux de fête au prix fort.",
                                        "correct": False,
                                        "explanation": (
                                            "Ces applications fonctionnent avec des paniers à prix "
                                            "réduit, pas avec des ventes au prix fort."
                                        ),
                                    },
                                    {
                                        "text": "Pour ne payer aucune commission.",
                                        "correct": False,
                                        "explanation": (
                                            "Ces applications se rémunèrent aussi, par exemple "
                                            "avec une commission par panier ou un abonnement : "
                                            "vérifiez leurs conditions."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Par quoi est-il conseillé de commencer ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Une seule plateforme, la plus proche de votre métier."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Vous apprenez ses règles et mesurez sa rentabilité "
                                            "avant d'aller plus loin."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Toutes les grandes plateformes en même temps, pour "
                                            "être partout."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Multiplier les plateformes multiplie les erreurs de "
                                            "stock et le temps passé, sans garantie de ventes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La plateforme qui a la plus grosse audience, quelle "
                                            "que soit la catégorie."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Une audience énorme n'aide pas si vos produits y sont "
                                            "noyés ou si vos clients ne les y cherchent pas."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "calculer-sa-rentabilite",
                    "title": "Calculer sa rentabilité sur une place de marché",
                    "intro": (
                        "Du prix de vente à ce qui vous reste vraiment : commission, abonnement, "
                        "frais de paiement, livraison, retours et temps passé."
                    ),
                    "minutes": 25,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le chiffre qui compte : la marge après plateforme",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Sur une place de marché, le chiffre d'affaires grossit vite ; "
                                "ce qui compte, c'est ce qui reste une fois tout payé. Pour chaque "
                                "produit, partez du prix de vente et retirez :</p><ol><li>la TVA "
                                "collectée ;</li><li>le coût d'achat ou de fabrication du produit "
                                ";</li><li>la commission de la plateforme, un pourcentage du prix "
                                "qui porte parfois aussi sur les frais de port facturés "
                                ";</li><li>les frais de paiement, s'ils ne sont pas inclus "
                                ";</li><li>l'emballage et l'expédition, si vous ne les refacturez "
                                "pas entièrement ;</li><li>une part de l'abonnement mensuel et de "
                                "la publicité ;</li><li>une provision pour les retours.</li></ol>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un exemple pour s'entraîner",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Prenons des chiffres imaginaires pour un coffret de trois pots "
                                "de confiture vendu 30 € TTC, soit environ 28,44 € hors taxes avec "
                                "une TVA à 5,5 % :</p><ul><li>coût des confitures et du coffret : "
                                "12 € ;</li><li>commission supposée de 15 % sur le prix TTC : 4,50 "
                                "€ ;</li><li>emballage et part d'expédition non refacturée : 3 € "
                                ";</li><li>part d'abonnement et de publicité : 1 €.</li></ul><p>Il "
                                "reste environ 28,44 − 12 − 4,50 − 3 − 1 = 7,94 €, un peu plus du "
                                "quart du prix de vente, avant votre temps de préparation et les "
                                "éventuels retours. Vendu en boutique, le même coffret vous "
                                "laisserait plus de 16 € hors taxes. À vous de juger si le volume "
                                "supplémentaire en vaut la peine.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Les coûts cachés",
                                "text": (
                                    "<p>Publicité interne pour rester visible, frais de stockage "
                                    "si vous utilisez la logistique de la plateforme, pénalités en "
                                    "cas de retard d'expédition, produits retournés, temps passé à "
                                    "répondre aux messages : intégrez-les dès le départ dans votre "
                                    "calcul.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le même prix qu'en boutique ?",
                                "text": (
                                    "<p>Vous êtes libre de fixer vos prix sur chaque canal. "
                                    "Certains commerçants vendent un peu plus cher sur la place de "
                                    "marché pour absorber la commission ; vérifiez toutefois les "
                                    "règles de la plateforme, dont certaines surveillent les "
                                    "écarts de prix et peuvent réduire la visibilité d'une offre "
                                    "jugée trop chère. Le calculateur à télécharger vous aide à "
                                    "faire le calcul produit par produit.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Télécharger le calculateur et y saisir 5 produits "
                                        "candidats à la place de marché."
                                    ),
                                    (
                                        "Relever pour chacun le coût d'achat ou de fabrication et "
                                        "le taux de TVA."
                                    ),
                                    (
                                        "Appliquer la commission réelle de la catégorie, lue dans "
                                        "la grille tarifaire à jour de la plateforme."
                                    ),
                                    (
                                        "Écarter les produits dont la marge restante ne couvre pas "
                                        "votre temps."
                                    ),
                                    (
                                        "Fixer une marge minimale en dessous de laquelle vous ne "
                                        "mettez pas un produit en ligne."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 75,
                        "questions": [
                            {
                                "text": (
                                    "Dans l'exemple du coffret à 30 € TTC, pourquoi part-on du "
                                    "prix hors taxes ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Parce que la TVA collectée est reversée à l'État : "
                                            "elle ne vous appartient pas."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Votre marge se calcule toujours hors taxes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que la plateforme paie la TVA à votre place."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Pour un vendeur établi en France qui vend en France, "
                                            "c'est vous qui collectez et reversez la TVA, pas la "
                                            "plateforme."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que la commission est toujours calculée hors "
                                            "taxes."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Au contraire, beaucoup de plateformes calculent leur "
                                            "commission sur le prix payé par le client, TVA "
                                            "comprise."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quels coûts sont souvent oubliés dans le calcul ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "La publicité payante sur la plateforme.",
                                        "correct": True,
                                        "explanation": (
                                            "Sur les grandes plateformes, rester visible passe "
                                            "souvent par des annonces payantes."
                                        ),
                                    },
                                    {
                                        "text": "Les retours et remboursements.",
                                        "correct": True,
                                        "explanation": (
                                            "Un produit retourné coûte le transport, le temps de "
                                            "contrôle et parfois la commission."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le temps passé à répondre aux messages des acheteurs."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Ce temps n'est facturé à personne, mais c'est du "
                                            "temps que vous ne passez pas en boutique."
                                        ),
                                    },
                                    {
                                        "text": "Le prix de vente.",
                                        "correct": False,
                                        "explanation": (
                                            "Le prix de vente est le point de départ du calcul, "
                                            "pas un coût."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Une plateforme prend une commission de 15 % sur un produit "
                                    "vendu 40 € TTC. Combien vous coûte-t-elle ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "6 €",
                                        "correct": True,
                                        "explanation": (
                                            "15 % de 40 € font 6 € ; vérifiez dans la grille si la "
                                            "commission porte aussi sur les frais de port facturés."
                                        ),
                                    },
                                    {
                                        "text": "4 €",
                                        "correct": False,
                                        "explanation": (
                                            "4 € correspondraient à 10 % : 40 × 0,15 = 6 €."
                                        ),
                                    },
                                    {
                                        "text": "15 €",
                                        "correct": False,
                                        "explanation": (
                                            "Ne confondez pas le pourcentage et le montant : 15 % "
                                            "de 40 € font 6 €."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Que faire d'un produit dont la marge restante est presque "
                                    "nulle sur la place de marché ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Le réserver à la boutique et au click and collect, ou "
                                            "revoir son prix sur la plateforme."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Un produit sans marge occupe votre temps sans rien "
                                            "rapporter."
                                        ),
                                    },
                                    {
                                        "text": "Le vendre quand même : le volume compensera.",
                                        "correct": False,
                                        "explanation": (
                                            "Multiplier des ventes sans marge ne fait que "
                                            "multiplier le travail."
                                        ),
                                    },
                                    {
                                        "text": "Baisser encore son prix pour être le moins cher.",
                                        "correct": False,
                                        "explanation": (
                                            "Vous passeriez sous zéro : chaque vente vous ferait "
                                            "perdre de l'argent."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    "download": {
                        "title": "Calculateur de marge sur une place de marché",
                        "filename": "marge-place-de-marche.csv",
                        "content": (
                            "Produit;Prix de vente TTC (€);Taux de TVA (%);Prix HT (€);Coût "
                            "d'achat ou de fabrication (€);Commission (%);Commission (€);Frais de "
                            "paiement (€);Emballage et expédition non refacturés (€);Abonnement et "
                            "publicité par vente (€);Provision retours (€);Marge restante (€)\n"
                            "Coffret 3 confitures "
                            "(exemple);30,00;5,5;28,44;12,00;15;4,50;0,00;3,00;1,00;0,00;7,94\n"
                            ";;;;;;;;;;;\n;;;;;;;;;;;\n"
                        ),
                    },
                },
                {
                    "slug": "ouvrir-et-garder-la-main",
                    "title": "Ouvrir sa boutique sur une place de marché et garder la main",
                    "intro": (
                        "Vos obligations de vendeur professionnel, les bons réglages du démarrage "
                        "et les réflexes pour ne pas dépendre d'une seule plateforme."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "text": "Ce que la plateforme vous demandera",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>À l'ouverture du compte, préparez votre numéro SIREN, un "
                                "justificatif d'immatriculation, une pièce d'identité du "
                                "dirigeant, un RIB professionnel et vos coordonnées. Le règlement "
                                "européen sur les services numériques (DSA) oblige les places de "
                                "marché à vérifier l'identité des vendeurs professionnels et à "
                                "afficher certaines de ces informations aux acheteurs.</p><p>Les "
                                "plateformes transmettent aussi chaque année à l'administration "
                                "fiscale le montant des ventes réalisées par leur intermédiaire "
                                "(règles dites « DAC7 ») et vous en adressent une copie. Pour un "
                                "professionnel, ces ventes font de toute façon partie du chiffre "
                                "d'affaires à déclarer.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Vous restez le vendeur",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Sur la plateforme, les règles de la vente à distance "
                                "s'appliquent à vous : informations avant la commande, droit de "
                                "rétractation de 14 jours, garantie légale de conformité, délais "
                                "de livraison annoncés. Lisez les conditions de la plateforme et "
                                "complétez votre fiche vendeur avec vos conditions de retour.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Démarrer en douceur",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Mettez en ligne une petite sélection, 10 à 20 produits, "
                                "avec vos meilleures photos.</li><li>Suivez de près les "
                                "indicateurs de la plateforme : délai d'expédition, taux de "
                                "retard, temps de réponse aux messages, avis clients. De mauvais "
                                "scores réduisent votre visibilité et peuvent mener à une "
                                "suspension.</li><li><b>Synchronisez vos stocks</b> : un produit "
                                "vendu en boutique doit disparaître de la plateforme, sinon vous "
                                "vendrez deux fois le même article. Gardez une marge de sécurité "
                                "sur les derniers exemplaires, ou utilisez un outil qui "
                                "synchronise automatiquement.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Ne mettez pas tous vos œufs dans le même panier",
                                "text": (
                                    "<p>Les clients d'une place de marché restent d'abord ses "
                                    "clients, et ses règles interdisent souvent de les démarcher "
                                    "en dehors de la plateforme. Un changement de règles ou de "
                                    "commission, ou une suspension de compte, peut faire chuter "
                                    "vos ventes du jour au lendemain. Le règlement européen dit « "
                                    "P2B » oblige les plateformes à motiver une restriction ou une "
                                    "suspension et à respecter un préavis avant de résilier votre "
                                    "compte, mais gardez votre boutique, votre site et votre click "
                                    "and collect comme socle.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Faire revenir les acheteurs du coin",
                                "text": (
                                    "<p>Vérifiez ce que la plateforme autorise dans les colis : "
                                    "certaines interdisent toute invitation à acheter ailleurs. Là "
                                    "où c'est permis, un mot de remerciement avec l'adresse de la "
                                    "boutique peut faire d'un acheteur du quartier un client "
                                    "fidèle.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Rassembler les documents d'inscription : SIREN, "
                                        "justificatif d'immatriculation, pièce d'identité, RIB "
                                        "professionnel."
                                    ),
                                    (
                                        "Rédiger vos conditions de retour et de garantie pour "
                                        "votre fiche vendeur."
                                    ),
                                    (
                                        "Choisir votre méthode de synchronisation des stocks entre "
                                        "la boutique et la plateforme."
                                    ),
                                    (
                                        "Noter chaque semaine vos indicateurs de service : délai "
                                        "d'expédition, retards, avis."
                                    ),
                                    (
                                        "Fixer la part maximale de votre chiffre d'affaires que "
                                        "vous acceptez de faire dépendre d'une seule plateforme."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}
