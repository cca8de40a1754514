"""Parcours « Se faire connaître » du catalogue de démonstration."""

TRACK = {
    "slug": "se-faire-connaitre",
    "title": "Se faire connaître",
    "intro": (
        "Pour les commerçants et artisans qui veulent attirer de nouveaux clients et faire revenir "
        "les habitués : réseaux sociaux, collaborations avec des créateurs locaux, e-mails et SMS, "
        "dans le respect des règles."
    ),
    "is_core": False,
    "courses": [
        {
            "slug": "reseaux-sociaux",
            "title": "Les réseaux sociaux pour votre boutique",
            "summary": (
                "Des vidéos courtes pour choisir le ou les bons réseaux, créer un profil "
                "professionnel, publier régulièrement sans y passer vos soirées et travailler avec "
                "des créateurs locaux dans le respect de la loi."
            ),
            "objectives": [
                "Choisir un ou deux réseaux sociaux adaptés à votre clientèle.",
                "Créer un profil professionnel complet et cohérent avec votre fiche Google.",
                "Organiser des publications régulières à partir de votre quotidien.",
                (
                    "Collaborer avec des créateurs de contenu en respectant la loi sur l'influence "
                    "commerciale."
                ),
            ],
            "level": "beginner",
            "effort_hours": "1.5",
            "format": "video",
            "themes": [
                "Réseaux sociaux",
                "Contenus",
                "Influence commerciale",
            ],
            "prerequisites": [
                "premiers-pas-numerique",
            ],
            "prerequisites_text": (
                "Avoir suivi « Les bases du numérique pour votre commerce » et disposer d'un "
                "smartphone qui prend des photos et des vidéos correctes."
            ),
            "lessons": [
                {
                    "slug": "choisir-reseaux",
                    "title": "Choisir les bons réseaux",
                    "intro": (
                        "Facebook, Instagram, TikTok, LinkedIn, Pinterest : à quoi sert chaque "
                        "réseau, et comment en choisir un ou deux adaptés à votre clientèle et à "
                        "votre temps."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Inutile d'être partout : un ou deux réseaux bien tenus valent "
                                "mieux que cinq comptes à l'abandon. La bonne question n'est pas « "
                                "quel réseau est à la mode ? » mais « où sont mes clients, et "
                                "qu'est-ce que j'ai envie de leur montrer ? ».</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le tour des principaux réseaux",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Facebook</b> : toujours très utilisé, notamment par un "
                                "public adulte. Idéal pour la vie de quartier, les événements, les "
                                "groupes locaux et les informations pratiques (horaires, "
                                "fermetures).</li><li><b>Instagram</b> : le réseau de l'image. "
                                "Parfait pour ce qui se regarde : fleurs, pâtisseries, coiffures, "
                                "déco, vêtements. Les <i>stories</i>, qui disparaissent au bout de "
                                "24 heures, et les <i>reels</i>, des vidéos courtes, y occupent "
                                "une grande place.</li><li><b>TikTok</b> : des vidéos courtes et "
                                "spontanées, un public plutôt jeune mais qui s'élargit. Les "
                                "coulisses, les gestes du métier et les avant/après y fonctionnent "
                                "bien.</li><li><b>LinkedIn</b> : le réseau professionnel. Utile si "
                                "vous travaillez aussi pour des entreprises : traiteur pour des "
                                "séminaires, fleuriste pour des hôtels, vélociste qui équipe les "
                                "salariés d'une entreprise.</li><li><b>Pinterest</b> : un moteur "
                                "d'inspiration où l'on cherche des idées (mariage, décoration, "
                                "recettes). Intéressant pour un fleuriste, une pâtisserie de "
                                "mariage, un décorateur.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Quelques associations qui marchent",
                                "text": (
                                    "<ul><li>Boulangerie de quartier : Facebook et "
                                    "Instagram.</li><li>Salon de coiffure : Instagram, et TikTok "
                                    "si vous aimez la vidéo.</li><li>Fleuriste : Instagram et "
                                    "Pinterest.</li><li>Magasin de vélos : Facebook et Instagram, "
                                    "plus LinkedIn pour les offres aux entreprises.</li></ul><p>Ce "
                                    "ne sont que des pistes : partez de vos clients et de ce que "
                                    "vous aimez faire.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Regardez où sont vos clients",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Demandez à vos habitués quels réseaux ils utilisent, observez "
                                "ce que font les commerces que vous admirez, dans votre ville ou "
                                "ailleurs, et tenez compte de votre temps : la vidéo demande un "
                                "peu d'entraînement, la photo est plus simple pour débuter. Vous "
                                "pourrez toujours ajouter un réseau plus tard, une fois le premier "
                                "bien rodé.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Un compte professionnel, pas personnel",
                                "text": (
                                    "<p>Créez une page ou un compte professionnel pour votre "
                                    "commerce plutôt que d'utiliser votre profil personnel : vous "
                                    "affichez vos coordonnées et vos horaires, vous accédez aux "
                                    "statistiques, et vous gardez votre vie privée à part. Sur "
                                    "Instagram, un compte professionnel peut être relié à votre "
                                    "page Facebook et géré depuis les mêmes outils de Meta.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Demandez à dix clients cette semaine quels réseaux "
                                        "sociaux ils utilisent."
                                    ),
                                    (
                                        "Regardez les comptes de trois commerces que vous aimez et "
                                        "notez ce qui vous plaît."
                                    ),
                                    (
                                        "Choisissez un réseau principal, deux au maximum, pour les "
                                        "trois prochains mois."
                                    ),
                                    "Mettez à jour ou fermez les comptes que vous n'utilisez plus.",
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Vous êtes fleuriste et vous débutez sur les réseaux. Quel "
                                    "choix est le plus raisonnable ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Instagram, éventuellement complété par Pinterest.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : ce sont des réseaux de l'image et de "
                                            "l'inspiration, parfaits pour montrer vos compositions."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Les cinq réseaux en même temps, pour ne rater "
                                            "personne."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Vous risquez de vous épuiser et d'abandonner. Mieux "
                                            "vaut commencer par un réseau et bien le tenir."
                                        ),
                                    },
                                    {
                                        "text": "LinkedIn uniquement.",
                                        "correct": False,
                                        "explanation": (
                                            "LinkedIn peut servir pour des clients professionnels, "
                                            "mais ce n'est pas là que se trouvent la plupart des "
                                            "particuliers qui achètent des fleurs."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quels sont les avantages d'un compte professionnel ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "L'accès aux statistiques de vos publications.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : vous voyez ce qui plaît et vous pouvez ajuster "
                                            "vos contenus."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'affichage de vos coordonnées et de vos horaires."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : vos abonnés savent immédiatement où et quand "
                                            "venir."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une place garantie en tête des résultats de Google."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Non : un compte professionnel n'a aucun effet garanti "
                                            "sur le classement de Google."
                                        ),
                                    },
                                    {
                                        "text": "La possibilité de ne publier qu'une fois par an.",
                                        "correct": False,
                                        "explanation": (
                                            "La régularité reste indispensable, quel que soit le "
                                            "type de compte."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Que sont les « stories » sur Instagram ou Facebook ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Des publications qui disparaissent au bout de 24 "
                                            "heures."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Exact : elles sont idéales pour le quotidien, comme "
                                            "l'arrivage du jour ou une fournée qui sort du four."
                                        ),
                                    },
                                    {
                                        "text": "De longs articles de blog.",
                                        "correct": False,
                                        "explanation": (
                                            "Non, ce sont des contenus courts et éphémères, photo "
                                            "ou vidéo."
                                        ),
                                    },
                                    {
                                        "text": "Des publicités payantes obligatoires.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : les stories sont gratuites. Vous pouvez les "
                                            "sponsoriser, mais ce n'est pas obligatoire."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "profil-professionnel",
                    "title": "Créer un profil qui donne envie",
                    "intro": (
                        "Nom, photo, bio, coordonnées et premières publications : un profil clair, "
                        "cohérent avec votre fiche Google, qui dit en quelques secondes qui vous "
                        "êtes et où vous trouver."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quand quelqu'un découvre votre compte, il décide en quelques "
                                "secondes s'il s'abonne, s'il passe vous voir… ou s'il repart. "
                                "Votre profil doit répondre tout de suite à trois questions : qui "
                                "êtes-vous, où êtes-vous, et comment vous contacter ?</p>"
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
                                "<ul><li><b>Le nom</b> : celui de votre enseigne, identique à "
                                "votre fiche Google et à votre devanture. Si possible, le même "
                                "identifiant sur tous les réseaux (par exemple "
                                "@fleursdelea).</li><li><b>La photo de profil</b> : votre logo, ou "
                                "une photo de votre devanture, lisible même en tout "
                                "petit.</li><li><b>La bio</b> : en une ou deux lignes, ce que vous "
                                "faites et où. Par exemple : « Boulangerie au levain, quartier "
                                "Saint-Michel à Bordeaux. Gâteaux sur commande 48 h à l'avance. "
                                "»</li><li><b>Les coordonnées</b> : adresse, téléphone, horaires, "
                                "et un lien vers votre site, votre prise de rendez-vous ou votre "
                                "page de commande.</li><li><b>La catégorie</b> : celle qui "
                                "correspond à votre métier, comme sur votre fiche Google.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "La même information partout",
                                "text": (
                                    "<p>Nom, adresse, téléphone et horaires doivent être "
                                    "identiques sur votre fiche Google, vos réseaux et votre site. "
                                    "Quand vous changez d'horaires, mettez tout à jour le même "
                                    "jour : gardez la liste de vos comptes sous la main pour n'en "
                                    "oublier aucun.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les premières publications",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Avant d'annoncer votre compte, publiez quelques contenus pour "
                                "qu'il ne soit pas vide : une présentation de vous et de votre "
                                "équipe, la boutique, vos produits ou prestations phares. Sur "
                                "Instagram, vous pouvez épingler jusqu'à trois publications en "
                                "haut de votre profil : choisissez celles qui résument le mieux "
                                "votre commerce.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Faites-le savoir",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Affichez vos comptes en boutique (autocollant sur la vitrine, "
                                "QR code près de la caisse), sur vos cartes de visite, vos sacs et "
                                "vos e-mails, et ajoutez les liens sur votre fiche Google. Vos "
                                "clients fidèles seront souvent vos premiers abonnés, et vos "
                                "meilleurs ambassadeurs.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Programmer à l'avance",
                                "text": (
                                    "<p>Meta Business Suite, l'outil gratuit de Meta pour Facebook "
                                    "et Instagram, permet de préparer vos publications et de les "
                                    "programmer. Pratique pour préparer toute la semaine en une "
                                    "seule fois, le jour le plus calme.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Vérifiez que le nom, l'adresse, le téléphone et les "
                                        "horaires sont identiques sur vos réseaux et votre fiche "
                                        "Google."
                                    ),
                                    (
                                        "Réécrivez votre bio en une ou deux lignes : ce que vous "
                                        "faites, où, et comment commander ou réserver."
                                    ),
                                    (
                                        "Ajoutez le lien vers votre site, votre prise de "
                                        "rendez-vous ou votre page de commande."
                                    ),
                                    (
                                        "Publiez trois contenus de présentation avant d'annoncer "
                                        "votre compte."
                                    ),
                                    (
                                        "Imprimez un QR code vers votre compte et posez-le près de "
                                        "la caisse."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
                {
                    "slug": "quoi-publier",
                    "title": "Quoi publier, et à quel rythme",
                    "intro": (
                        "Trouver des idées dans votre quotidien, filmer avec votre smartphone, "
                        "tenir un rythme réaliste et respecter les droits sur la musique et les "
                        "images."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>« Je ne sais pas quoi publier » : c'est la phrase qu'on entend "
                                "le plus chez les commerçants. Pourtant, votre quotidien regorge "
                                "de contenus. Ce qui vous paraît banal, pétrir la pâte à 5 heures "
                                "du matin, monter un bouquet, régler un dérailleur, passionne vos "
                                "clients.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Des idées de contenus",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Les coulisses</b> : la fournée du matin, l'arrivage "
                                "des fleurs, l'atelier de réparation.</li><li><b>Le "
                                "savoir-faire</b> : un geste expliqué en trente secondes, un "
                                "conseil d'entretien (« comment faire durer vos tulipes "
                                "»).</li><li><b>Les nouveautés</b> : produit de saison, nouvelle "
                                "collection, arrivage.</li><li><b>Les avant/après</b> : une coupe, "
                                "un meuble restauré, un vélo remis à neuf.</li><li><b>L'humain</b> "
                                ": un membre de l'équipe, un fournisseur local, un client fidèle, "
                                "avec leur accord.</li><li><b>Les infos pratiques</b> : horaires "
                                "des fêtes, fermeture, événement en boutique.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Filmer avec son smartphone",
                                "text": (
                                    "<p>Filmez à la verticale pour les stories, les reels et "
                                    "TikTok, à la lumière du jour, en gardant le téléphone stable "
                                    "(posé ou sur un petit trépied). Quelques secondes à moins "
                                    "d'une minute suffisent. Montrez le produit dès les premières "
                                    "secondes : c'est là que l'on décide de continuer à "
                                    "regarder.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le bon rythme",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La régularité compte plus que la quantité : deux publications "
                                "par semaine tenues toute l'année valent mieux qu'une par jour "
                                "pendant trois semaines, puis plus rien. Préparez un petit "
                                "calendrier mensuel avec vos temps forts (fêtes, saisons, braderie "
                                "du quartier) et regroupez les prises de vue sur un moment calme. "
                                "Répondez aussi aux commentaires et aux messages : un réseau "
                                "social est une conversation, pas une affiche.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Musique et images : attention aux droits",
                                "text": (
                                    "<ul><li><b>Musique</b> : avec un compte professionnel, "
                                    "utilisez les bibliothèques de musiques autorisées pour un "
                                    "usage commercial proposées par les réseaux. Une chanson à "
                                    "succès ajoutée à une vidéo promotionnelle peut entraîner la "
                                    "coupure du son ou la suppression de la "
                                    "vidéo.</li><li><b>Droit à l'image</b> : demandez l'accord de "
                                    "toute personne reconnaissable, client ou salarié, avant de "
                                    "publier sa photo, de préférence par écrit.</li><li><b>Photos "
                                    "trouvées en ligne</b> : ne les réutilisez pas sans "
                                    "autorisation ; publiez vos propres photos.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une fois par mois, consultez les statistiques de votre compte "
                                ": quelles publications ont été le plus vues, partagées ou "
                                "enregistrées ? Faites-en davantage. Et gardez en tête "
                                "l'indicateur le plus parlant : des clients qui vous disent « je "
                                "vous ai vu sur Instagram ».</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Notez dix idées de publications tirées de votre semaine "
                                        "de travail."
                                    ),
                                    (
                                        "Préparez le calendrier des publications du mois prochain "
                                        "avec vos temps forts."
                                    ),
                                    (
                                        "Filmez aujourd'hui une vidéo de moins de trente secondes "
                                        "d'un geste de votre métier."
                                    ),
                                    (
                                        "Faites signer une autorisation de droit à l'image aux "
                                        "personnes que vous voulez montrer."
                                    ),
                                    "Répondez à tous les commentaires et messages en attente.",
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Quelles publications sont de bonnes idées pour une "
                                    "boulangerie ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Une courte vidéo de la fournée du matin.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : les coulisses plaisent beaucoup et montrent "
                                            "votre savoir-faire."
                                        ),
                                    },
                                    {
                                        "text": "Un conseil pour conserver le pain plus longtemps.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : un conseil utile donne une raison de vous "
                                            "suivre, au-delà de la promotion."
                                        ),
                                    },
                                    {
                                        "text": "Une photo de gâteau trouvée sur Internet.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : vous n'avez pas les droits sur cette image, et "
                                            "vos clients s'attendent à voir vos propres créations."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un clip promotionnel sur une chanson à succès, sans "
                                            "autorisation."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Risqué : pour un usage commercial, utilisez les "
                                            "musiques autorisées proposées aux comptes "
                                            "professionnels."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quel rythme de publication est le plus efficace ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Deux publications par semaine, toute l'année.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : un rythme tenable dans la durée entretient le "
                                            "lien avec vos abonnés."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Dix publications d'un coup, puis rien pendant deux "
                                            "mois."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Les rafales suivies de silence donnent l'impression "
                                            "d'un compte abandonné."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une seule publication par an, au moment des soldes."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Trop rare : vos abonnés vous auront oublié d'ici là."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Vous voulez publier la photo d'une cliente avec sa nouvelle "
                                    "coupe. Que faites-vous ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Je lui demande son accord avant, de préférence par "
                                            "écrit."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est le respect du droit à l'image. Beaucoup "
                                            "de clientes acceptent volontiers si on leur demande."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Je publie : elle était dans mon salon, donc c'est "
                                            "permis."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Non : être dans votre salon ne vaut pas autorisation "
                                            "de diffuser son image."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Je publie et je retirerai la photo si elle se plaint."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "L'accord doit être obtenu avant la publication, pas "
                                            "après."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "influenceurs-regles",
                    "title": "Collaborer avec des créateurs de contenu, dans les règles",
                    "intro": (
                        "Choisir un créateur local, respecter la loi de juin 2023 sur l'influence "
                        "commerciale et mettre la collaboration par écrit."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une créatrice de contenu de votre ville qui présente votre "
                                "nouvelle carte, un passionné de vélo qui teste votre atelier : "
                                "travailler avec des influenceurs locaux, souvent appelés "
                                "micro-influenceurs, peut vous faire connaître d'un public nouveau "
                                "et proche de chez vous. À condition de bien choisir et de "
                                "respecter la loi.</p>"
                            ),
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
                                "<p>Un compte de quelques milliers d'abonnés qui vivent dans votre "
                                "ville et réagissent vraiment vaut souvent plus qu'une célébrité "
                                "lointaine. Regardez :</p><ul><li>la zone géographique et les "
                                "centres d'intérêt de son public ;</li><li>la qualité des échanges "
                                "en commentaires : des commentaires vides ou tous identiques "
                                "peuvent trahir de faux abonnés ;</li><li>la cohérence avec votre "
                                "commerce et vos valeurs ;</li><li>la façon dont la personne "
                                "signale déjà ses partenariats.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Ce que dit la loi de juin 2023",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La loi du 9 juin 2023 encadre l'influence commerciale. Dès "
                                "qu'il y a une <b>contrepartie</b>, c'est-à-dire de l'argent mais "
                                "aussi un produit offert, un repas ou une prestation gratuite, la "
                                "publication est une communication commerciale. Le créateur doit "
                                "alors l'indiquer clairement avec la mention <b>« Publicité »</b> "
                                "ou <b>« Collaboration commerciale »</b>, bien visible pendant "
                                "toute la durée du contenu, et pas seulement noyée parmi les "
                                "hashtags. Dans certains cas, les images retouchées ou générées "
                                "par intelligence artificielle doivent aussi être signalées.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Votre commerce aussi est responsable",
                                "text": (
                                    "<p>En tant qu'annonceur, vous n'êtes pas simple spectateur : "
                                    "la loi rend l'annonceur et l'influenceur solidairement "
                                    "responsables des dommages causés aux tiers dans le cadre de "
                                    "la collaboration. Une promotion trompeuse, comme un faux prix "
                                    "barré ou une promesse invérifiable, peut donc vous être "
                                    "reprochée. Certains produits sont par ailleurs interdits ou "
                                    "très encadrés en promotion, comme l'alcool ou les actes à "
                                    "visée esthétique : renseignez-vous avant de vous lancer, "
                                    "surtout si vous êtes caviste, bar ou institut.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Mettre l'accord par écrit",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Depuis le 1er janvier 2026, un contrat écrit comportant des "
                                "mentions obligatoires est exigé dès que la rémunération et les "
                                "avantages en nature accordés à un même influenceur atteignent 1 "
                                "000 € HT sur l'année. En dessous, un écrit reste vivement "
                                "conseillé, même pour un simple échange comme une boîte de "
                                "pâtisseries contre une story. Précisez ce qui est offert ou payé, "
                                "les contenus attendus, les dates, l'obligation d'afficher la "
                                "mention « Publicité » ou « Collaboration commerciale », et votre "
                                "droit de republier le contenu sur vos propres comptes.</p>"
                            ),
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "courses",
                                "label": "Voir la suite de mon parcours",
                                "text": (
                                    "Poursuivez avec le cours sur l'e-mail et le SMS pour "
                                    "transformer vos nouveaux abonnés en clients fidèles."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Repérez deux ou trois créateurs de contenu de votre ville "
                                        "et regardez la qualité de leurs échanges."
                                    ),
                                    "Vérifiez comment ils signalent leurs partenariats actuels.",
                                    (
                                        "Préparez un modèle d'accord écrit : contrepartie, "
                                        "contenus, dates, mention « Publicité », droits de "
                                        "republication."
                                    ),
                                    (
                                        "Si vous vendez de l'alcool ou des soins esthétiques, "
                                        "vérifiez les règles propres à votre secteur avant toute "
                                        "collaboration."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Vous offrez un bouquet à une influenceuse locale en échange "
                                    "d'une story. Que doit indiquer sa publication ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "La mention « Publicité » ou « Collaboration "
                                            "commerciale », clairement visible."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : un produit offert est une contrepartie. La "
                                            "mention doit être visible pendant toute la durée du "
                                            "contenu."
                                        ),
                                    },
                                    {
                                        "text": "Rien, puisqu'elle n'a pas été payée en argent.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : un avantage en nature, comme un bouquet ou un "
                                            "repas offert, est aussi une contrepartie au sens de "
                                            "la loi."
                                        ),
                                    },
                                    {
                                        "text": "Un simple hashtag #merci noyé parmi d'autres.",
                                        "correct": False,
                                        "explanation": (
                                            "Insuffisant : la mention doit être claire, lisible et "
                                            "identifiable, pas dissimulée dans une liste de "
                                            "hashtags."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels éléments est-il utile de prévoir dans l'accord avec un "
                                    "créateur de contenu ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "La contrepartie : somme versée ou produits offerts."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est le cœur de l'accord, et cela permet de "
                                            "suivre le seuil annuel de 1 000 € HT."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'obligation d'afficher la mention « Publicité » ou « "
                                            "Collaboration commerciale »."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : rappeler cette obligation protège les deux "
                                            "parties."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'interdiction de signaler qu'il s'agit d'un "
                                            "partenariat."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Au contraire : cacher le caractère commercial d'un "
                                            "contenu est interdit."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'obligation pour le créateur de publier uniquement "
                                            "des avis 5 étoiles sur Google."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Non : exiger des avis positifs s'apparente à de faux "
                                            "avis, une pratique commerciale trompeuse."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "En cas de problème causé à des tiers lors de la "
                                    "collaboration, qui peut être tenu responsable ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "L'annonceur et l'influenceur, solidairement.",
                                        "correct": True,
                                        "explanation": (
                                            "Exact : la loi de 2023 prévoit cette responsabilité "
                                            "solidaire. D'où l'intérêt de bien cadrer le contenu à "
                                            "l'avance."
                                        ),
                                    },
                                    {
                                        "text": "Uniquement l'influenceur.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : votre commerce, en tant qu'annonceur, peut "
                                            "aussi voir sa responsabilité engagée."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Uniquement le réseau social qui héberge la "
                                            "publication."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "La plateforme a ses propres obligations, mais cela "
                                            "n'exonère ni l'annonceur ni l'influenceur."
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
            "slug": "emailing-fidelisation",
            "title": "Fidéliser vos clients par e-mail et SMS",
            "summary": (
                "Constituer un fichier clients avec un consentement valable, envoyer des e-mails "
                "et des SMS que vos clients ont envie de lire, et mettre en place une fidélité "
                "simple qui les fait revenir."
            ),
            "objectives": [
                "Constituer un fichier de contacts avec un consentement valable.",
                "Rédiger des e-mails utiles, avec un lien de désinscription dans chaque envoi.",
                "Utiliser le SMS avec parcimonie et dans les règles.",
                "Mettre en place un programme de fidélité simple et mesurer ses effets.",
            ],
            "level": "intermediate",
            "effort_hours": "1.5",
            "format": "online",
            "themes": [
                "E-mail",
                "SMS",
                "Fidélisation",
                "Consentement",
            ],
            "prerequisites": [
                "rgpd-petit-commerce",
            ],
            "prerequisites_text": (
                "Avoir suivi « Le RGPD pour un petit commerce » : ce cours suppose que vous "
                "connaissez les bases de la protection des données personnelles."
            ),
            "lessons": [
                {
                    "slug": "fichier-clients-consentement",
                    "title": "Constituer votre fichier clients dans les règles",
                    "intro": (
                        "Recueillir des adresses e-mail et des numéros de téléphone avec un "
                        "consentement valable, connaître l'exception des clients existants et "
                        "garder la preuve de l'accord."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un client qui vous laisse son adresse e-mail ou son numéro de "
                                "téléphone vous fait confiance. Bien utilisé, votre fichier "
                                "clients devient un moyen simple et peu coûteux de faire revenir "
                                "les gens : annoncer l'arrivée des asperges, rappeler la révision "
                                "du vélo avant l'été, prévenir d'une vente privée. Encore faut-il "
                                "l'avoir constitué dans les règles.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "La règle : l'accord préalable",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour envoyer des messages commerciaux par e-mail ou par SMS à "
                                "des particuliers, il faut en principe leur <b>consentement "
                                "préalable</b>, qu'on appelle aussi « opt-in » : la personne a "
                                "accepté, par une action volontaire, de recevoir vos offres. "
                                "Concrètement : une case à cocher <b>non pré-cochée</b>, une "
                                "phrase claire (« J'accepte de recevoir par e-mail les nouveautés "
                                "et offres de la Fromagerie du Marché ») et la possibilité de se "
                                "désinscrire à tout moment.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "L'exception des clients existants",
                                "text": (
                                    "<p>Vous pouvez écrire sans consentement préalable à une "
                                    "personne qui est <b>déjà cliente</b>, pour des <b>produits ou "
                                    "services analogues</b> à ceux qu'elle vous a achetés, <b>à "
                                    "condition</b> qu'elle ait été informée lors de la collecte de "
                                    "ses coordonnées et qu'elle ait pu s'y opposer simplement et "
                                    "gratuitement. Exemple : le vélociste peut proposer une "
                                    "révision à un client qui lui a acheté un vélo. En cas de "
                                    "doute, demandez l'accord : c'est plus sûr, et ceux qui ont "
                                    "dit oui lisent davantage vos messages.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Collecter les contacts",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>En boutique</b> : un formulaire papier ou une tablette "
                                "à la caisse, avec la case de consentement et une courte mention "
                                "d'information, ou un QR code vers un formulaire en "
                                "ligne.</li><li><b>En ligne</b> : un formulaire sur votre site ou "
                                "au moment d'une commande, avec une case non "
                                "pré-cochée.</li><li><b>Lors d'un rendez-vous</b> : la coiffeuse "
                                "peut proposer l'inscription au moment de la "
                                "réservation.</li></ul><p>Ne demandez que ce qui est utile : un "
                                "prénom et une adresse e-mail suffisent souvent ; une date "
                                "d'anniversaire seulement si vous comptez vraiment vous en "
                                "servir.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "À ne pas faire",
                                "text": (
                                    "<ul><li>Acheter un fichier d'adresses dont vous ne pouvez pas "
                                    "vérifier le consentement.</li><li>Reprendre les adresses de "
                                    "vos factures ou des cartes de visite reçues pour envoyer une "
                                    "lettre d'information, hors exception des clients "
                                    "existants.</li><li>Créer un groupe WhatsApp ou un e-mail "
                                    "groupé où chacun voit les coordonnées des autres.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Gardez une trace du consentement : date, moyen de collecte, "
                                "formulaire utilisé. C'est à vous de prouver que la personne a "
                                "accepté. Les outils d'envoi d'e-mails l'enregistrent souvent "
                                "automatiquement et proposent le « double opt-in », un e-mail de "
                                "confirmation à valider qui évite les fausses adresses. Enfin, ne "
                                "gardez pas les contacts indéfiniment : la CNIL recommande de ne "
                                "pas conserver plus de trois ans les données d'un prospect qui ne "
                                "s'est plus manifesté.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Vérifiez comment vos contacts actuels ont été recueillis "
                                        "et s'ils ont donné leur accord."
                                    ),
                                    (
                                        "Rédigez une phrase de consentement claire et ajoutez une "
                                        "case non pré-cochée à votre formulaire."
                                    ),
                                    (
                                        "Installez un moyen d'inscription en boutique : formulaire "
                                        "papier, tablette ou QR code."
                                    ),
                                    (
                                        "Décidez où et comment vous conservez la preuve des "
                                        "consentements."
                                    ),
                                    (
                                        "Supprimez les contacts de prospects sans nouvelles depuis "
                                        "plus de trois ans."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Pour envoyer votre lettre d'information à un particulier qui "
                                    "n'a jamais rien acheté chez vous, il vous faut :"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "son consentement préalable, par exemple une case "
                                            "qu'il a cochée lui-même."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : sans achat préalable, l'exception des clients "
                                            "existants ne s'applique pas. Il faut un accord "
                                            "explicite."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "rien de particulier, tant qu'il y a un lien de "
                                            "désinscription."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le lien de désinscription est obligatoire, mais il ne "
                                            "remplace pas le consentement préalable."
                                        ),
                                    },
                                    {
                                        "text": "son adresse postale.",
                                        "correct": False,
                                        "explanation": (
                                            "L'adresse postale n'a rien à voir : c'est l'accord de "
                                            "la personne qui compte."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Un formulaire d'inscription conforme comporte :",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "une case de consentement non pré-cochée.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : le consentement doit résulter d'une action "
                                            "volontaire de la personne."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "une phrase claire sur ce que la personne va recevoir."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : le consentement doit être éclairé, la personne "
                                            "doit savoir à quoi elle s'engage."
                                        ),
                                    },
                                    {
                                        "text": "une case déjà cochée, pour gagner du temps.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : une case pré-cochée ne vaut pas consentement."
                                        ),
                                    },
                                    {
                                        "text": "l'obligation de donner sa date de naissance.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : ne collectez que les données utiles, et "
                                            "n'imposez pas celles dont vous n'avez pas besoin."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un client vous a acheté un vélo ; il a été informé qu'il "
                                    "pouvait refuser vos offres et ne s'y est pas opposé. "
                                    "Pouvez-vous lui envoyer une offre de révision ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Oui : c'est l'exception des clients existants, pour "
                                            "des produits ou services analogues."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Exact : l'offre porte sur un service lié à son achat, "
                                            "et il a pu s'y opposer. Chaque message doit lui "
                                            "permettre de se désinscrire."
                                        ),
                                    },
                                    {
                                        "text": "Non, jamais sans une case cochée.",
                                        "correct": False,
                                        "explanation": (
                                            "La loi prévoit justement cette exception pour les "
                                            "clients existants, sous conditions."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Oui, et vous pouvez aussi transmettre son adresse à "
                                            "un magasin partenaire."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Non : l'exception ne vaut que pour vos propres "
                                            "produits ou services analogues, pas pour ceux d'un "
                                            "tiers."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "emails-qui-donnent-envie",
                    "title": "Écrire des e-mails qui donnent envie",
                    "intro": (
                        "Choisir un outil d'envoi, écrire un e-mail court et utile, trouver le bon "
                        "rythme et mesurer ce qu'il vous rapporte en boutique."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un bon e-mail commercial ressemble à un bon conseil au "
                                "comptoir : court, personnel et utile. L'objectif n'est pas "
                                "d'écrire un journal, mais de donner une bonne raison de passer en "
                                "boutique ou de commander.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Choisir un outil d'envoi",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>N'envoyez pas vos messages depuis votre messagerie habituelle "
                                "avec cinquante destinataires en copie : vous risquez d'exposer "
                                "les adresses de tous vos clients et de finir dans les courriers "
                                "indésirables. Utilisez un outil d'e-mailing, comme Brevo, "
                                "Sarbacane ou Mailchimp parmi bien d'autres : ils gèrent les "
                                "inscriptions, les désinscriptions automatiques et les "
                                "statistiques, et proposent des modèles. Beaucoup ont une offre "
                                "gratuite ou peu chère pour de petits volumes : vérifiez les "
                                "limites (nombre de contacts ou d'envois) et où sont hébergées vos "
                                "données.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les ingrédients d'un bon e-mail",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Un expéditeur reconnaissable</b> : « Léa – Fleurs de "
                                "Léa » plutôt qu'une adresse anonyme.</li><li><b>Un objet court et "
                                "concret</b> : « Les premières pivoines sont arrivées » plutôt que "
                                "« Lettre d'information n° 12 ».</li><li><b>Un seul message "
                                "principal</b>, une belle photo et un bouton clair : « Réserver "
                                "mon bouquet », « Commander ma bûche ».</li><li><b>Une touche "
                                "personnelle</b> : quelques lignes écrites comme vous parlez à vos "
                                "clients.</li><li><b>Les infos pratiques</b> : adresse, horaires, "
                                "date limite de l'offre.</li><li><b>Un lien de désinscription</b> "
                                "dans chaque message, visible et qui fonctionne simplement : c'est "
                                "obligatoire.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le bon rythme",
                                "text": (
                                    "<p>Une à deux fois par mois suffit à la plupart des "
                                    "commerces, avec un envoi de plus avant vos temps forts : "
                                    "fêtes, rentrée, début de saison. Trop d'envois font fuir ; "
                                    "trop peu, et l'on vous oublie.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Mesurer ce que ça rapporte",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Votre outil affiche le taux d'ouverture, le taux de clic et "
                                "les désinscriptions. Le taux d'ouverture est devenu moins fiable "
                                ": pour protéger la vie privée, certaines messageries, comme Mail "
                                "sur iPhone, chargent automatiquement le contenu des messages, ce "
                                "qui compte une ouverture même si personne ne les a lus. Fiez-vous "
                                "plutôt aux clics et surtout à ce qui se passe en boutique : "
                                "prévoyez une offre « sur présentation de cet e-mail » pour "
                                "compter les clients qui viennent grâce à lui.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Pour arriver dans la boîte de réception",
                                "text": (
                                    "<p>Les grandes messageries (Gmail, Outlook, Yahoo…) filtrent "
                                    "sévèrement les envois en nombre. Si vous envoyez depuis votre "
                                    "propre nom de domaine, suivez le guide de votre outil "
                                    "d'e-mailing pour « authentifier » ce domaine (réglages SPF, "
                                    "DKIM et DMARC). Votre hébergeur ou votre prestataire de site "
                                    "peut vous aider.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Choisissez un outil d'e-mailing et importez uniquement "
                                        "les contacts qui ont donné leur accord."
                                    ),
                                    (
                                        "Écrivez l'objet de votre prochain e-mail : court, "
                                        "concret, lié à une nouveauté."
                                    ),
                                    (
                                        "Vérifiez que le lien de désinscription apparaît et "
                                        "fonctionne dans votre modèle."
                                    ),
                                    (
                                        "Fixez votre rythme d'envoi et notez les prochaines dates "
                                        "dans votre agenda."
                                    ),
                                    (
                                        "Prévoyez une offre « sur présentation de cet e-mail » "
                                        "pour mesurer les visites en boutique."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": "Que doit contenir chaque e-mail commercial ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Un lien de désinscription qui fonctionne.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est obligatoire dans chaque message, et il "
                                            "doit être simple à utiliser."
                                        ),
                                    },
                                    {
                                        "text": "L'identité claire de votre commerce.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : le destinataire doit savoir qui lui écrit ; "
                                            "dissimuler l'expéditeur est interdit."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Les adresses des autres destinataires, visibles en "
                                            "copie."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Surtout pas : ce serait divulguer des données "
                                            "personnelles de vos clients."
                                        ),
                                    },
                                    {
                                        "text": "Au moins cinq offres différentes.",
                                        "correct": False,
                                        "explanation": (
                                            "Au contraire : un seul message principal est plus "
                                            "lisible et plus efficace."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quel objet d'e-mail a le plus de chances d'être ouvert ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "« Les premières pivoines sont arrivées »",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : il est court, concret et donne envie d'en "
                                            "savoir plus."
                                        ),
                                    },
                                    {
                                        "text": "« Lettre d'information n° 12 »",
                                        "correct": False,
                                        "explanation": (
                                            "Trop vague : rien n'indique au lecteur ce qu'il va y "
                                            "trouver."
                                        ),
                                    },
                                    {
                                        "text": "« URGENT !!! PROMO INCROYABLE !!! »",
                                        "correct": False,
                                        "explanation": (
                                            "Les majuscules et points d'exclamation en série "
                                            "agacent les lecteurs et peuvent déclencher les "
                                            "filtres anti-indésirables."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi le taux d'ouverture est-il moins fiable qu'avant ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Parce que certaines messageries chargent "
                                            "automatiquement les e-mails pour protéger la vie "
                                            "privée."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Exact : des ouvertures sont comptées sans que la "
                                            "personne ait lu le message. Les clics et les visites "
                                            "en boutique sont plus parlants."
                                        ),
                                    },
                                    {
                                        "text": "Parce que la loi interdit de le mesurer.",
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas une question de loi, mais de "
                                            "fonctionnement technique de certaines messageries."
                                        ),
                                    },
                                    {
                                        "text": "Parce que plus personne ne lit ses e-mails.",
                                        "correct": False,
                                        "explanation": (
                                            "Faux : l'e-mail reste un canal très utilisé, à "
                                            "condition d'envoyer des messages utiles."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "sms-et-fidelite",
                    "title": "Le SMS et les programmes de fidélité",
                    "intro": (
                        "Utiliser le SMS avec parcimonie et dans les règles, distinguer messages "
                        "utiles et promotionnels, et mettre en place une fidélité simple."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un SMS est très souvent lu, et généralement peu de temps après "
                                "sa réception. C'est sa force et sa limite : c'est un canal "
                                "intime, que vos clients vous ouvrent pour des messages vraiment "
                                "utiles. Utilisez-le avec parcimonie.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "SMS promotionnels : les règles",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les règles sont les mêmes que pour l'e-mail : <b>consentement "
                                "préalable</b> des particuliers (sauf exception des clients "
                                "existants pour des produits analogues), identification claire de "
                                "votre commerce et moyen simple et gratuit de se désinscrire. En "
                                "pratique, chaque SMS promotionnel se termine par la mention <b>« "
                                "STOP »</b> suivie d'un numéro court, par exemple « STOP au 36XXX "
                                "» : les plateformes d'envoi de SMS la gèrent automatiquement. Et "
                                "côté téléphone, depuis le 11 août 2026, démarcher un particulier "
                                "par appel est interdit sans son consentement préalable, sauf dans "
                                "le cadre d'un contrat en cours.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Les bonnes pratiques",
                                "text": (
                                    "<ul><li>Un SMS court, qui commence par le nom de votre "
                                    "commerce : « Boulangerie Martin : les galettes des rois sont "
                                    "à commander dès aujourd'hui ! »</li><li>Des envois rares, "
                                    "réservés à ce qui compte vraiment.</li><li>Pas d'envoi tôt le "
                                    "matin, tard le soir, le dimanche ou les jours fériés : c'est "
                                    "mal perçu, et les règles de bonne conduite de la profession "
                                    "le déconseillent.</li><li>Un coût de l'ordre de quelques "
                                    "centimes d'euro par SMS, selon le prestataire et le volume : "
                                    "faites le calcul avant d'écrire à tout votre "
                                    "fichier.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Les SMS de service",
                                "text": (
                                    "<p>Les messages liés à un service demandé par le client, "
                                    "comme un rappel de rendez-vous chez le coiffeur, « votre vélo "
                                    "est réparé » ou « votre commande est prête », ne sont pas de "
                                    "la prospection commerciale. Ils sont très appréciés. Évitez "
                                    "simplement d'y glisser une promotion, qui en ferait un "
                                    "message commercial soumis aux règles ci-dessus.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un programme de fidélité simple",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La carte à tampons (« la 10e coupe offerte ») fonctionne "
                                "toujours. Sa version numérique apporte quelques avantages : pas "
                                "de carte perdue, un historique des achats, et la possibilité de "
                                "prévenir le client quand il a droit à sa récompense. Quelques "
                                "principes :</p><ul><li>une règle qui s'explique en une phrase "
                                ";</li><li>une récompense qui fait plaisir et vous coûte "
                                "raisonnablement, comme un produit maison plutôt qu'une grosse "
                                "remise ;</li><li>des attentions : un message pour l'anniversaire, "
                                "une avant-première réservée aux fidèles ;</li><li>les mêmes "
                                "règles de consentement si le programme sert à envoyer des "
                                "offres.</li></ul><p>Mesurez enfin combien de clients reviennent "
                                "dans les deux mois et combien utilisent leur récompense, et "
                                "reportez ces chiffres dans votre tableau de bord mensuel.</p>"
                            ),
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "plan",
                                "label": "Ajouter à mon plan",
                                "text": (
                                    "Inscrivez dans votre plan guidé votre premier envoi et le "
                                    "lancement de votre programme de fidélité."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Listez les SMS de service que vous pourriez envoyer "
                                        "(commande prête, rappel de rendez-vous)."
                                    ),
                                    (
                                        "Vérifiez que chaque SMS promotionnel comporte la mention "
                                        "STOP pour se désinscrire."
                                    ),
                                    (
                                        "Définissez une règle de fidélité qui tient en une phrase "
                                        "et une récompense raisonnable."
                                    ),
                                    (
                                        "Préparez le message envoyé aux clients qui ont droit à "
                                        "leur récompense."
                                    ),
                                    (
                                        "Ajoutez le nombre de clients revenus à votre tableau de "
                                        "bord du mois."
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
