"""Parcours « Tronc commun » du catalogue de démonstration."""

TRACK = {
    "slug": "tronc-commun",
    "title": "Tronc commun",
    "intro": (
        "Le socle pour tous les commerçants et artisans qui se lancent : comprendre ce que le "
        "numérique peut apporter à votre boutique, soigner votre fiche Google et suivre quelques "
        "chiffres simples pour savoir ce qui marche."
    ),
    "is_core": True,
    "courses": [
        {
            "slug": "premiers-pas-numerique",
            "title": "Les bases du numérique pour votre commerce",
            "summary": (
                "Comprendre comment vos clients vous cherchent en ligne, faire le point sur votre "
                "présence sur Internet et repartir avec un plan d'action simple, adapté à votre "
                "temps et à votre budget."
            ),
            "objectives": [
                "Comprendre comment vos clients vous cherchent et vous choisissent en ligne.",
                "Faire l'état des lieux de la présence en ligne de votre commerce.",
                "Identifier les quelques outils numériques vraiment utiles à votre activité.",
                "Construire un plan d'action réaliste, à raison d'une heure par semaine.",
            ],
            "level": "beginner",
            "effort_hours": "1.5",
            "format": "online",
            "themes": [
                "Découverte du numérique",
                "Visibilité locale",
                "Plan d'action",
            ],
            "prerequisites": [],
            "prerequisites_text": (
                "Aucun prérequis : un smartphone ou un ordinateur connecté à Internet suffit."
            ),
            "lessons": [
                {
                    "slug": "pourquoi-le-numerique",
                    "title": "Pourquoi le numérique compte pour votre commerce",
                    "intro": (
                        "Vos clients vous cherchent sur leur téléphone avant de pousser votre "
                        "porte. Voyons ce qu'ils regardent et ce que le numérique peut "
                        "concrètement vous apporter."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Vous tenez une boulangerie, un salon de coiffure, un magasin "
                                "de vélos ou une boutique de fleurs. Vos clients, eux, ont presque "
                                "tous un smartphone dans la poche. Avant de se déplacer, beaucoup "
                                "vérifient vos horaires, regardent des photos, lisent des avis ou "
                                "comparent avec le commerce d'à côté. Le numérique ne remplace pas "
                                "votre boutique : il en est devenu la première vitrine.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le parcours d'un client aujourd'hui",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Prenons Sophie, qui vient d'emménager dans le quartier et "
                                "cherche un fleuriste pour un anniversaire. Elle tape « fleuriste "
                                "près de moi » sur son téléphone. Google lui affiche une carte "
                                "avec trois ou quatre boutiques, leur note, leurs horaires et "
                                "quelques photos. Elle écarte celle qui semble fermée le lundi, "
                                "regarde les bouquets de la deuxième, lit deux avis… et se rend "
                                "chez celle qui lui inspire confiance. Tout s'est joué en une "
                                "minute.</p><p>Ce que Sophie a regardé :</p><ul><li>des "
                                "<b>horaires</b> à jour ;</li><li>l'<b>adresse</b> et l'itinéraire "
                                ";</li><li>des <b>photos</b> de la boutique et des produits "
                                ";</li><li>les <b>avis</b> d'autres clients et les réponses du "
                                "commerçant ;</li><li>un moyen de <b>contacter</b>, de réserver ou "
                                "de commander.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Ce que le numérique peut vous apporter",
                                "text": (
                                    "<ul><li><b>Être trouvé</b> par les gens du quartier et les "
                                    "personnes de passage.</li><li><b>Rassurer</b> avant une "
                                    "première visite, grâce aux photos et aux "
                                    "avis.</li><li><b>Faire revenir</b> vos clients : nouvelles, "
                                    "offres, fidélité.</li><li><b>Vendre autrement</b> : commande "
                                    "à l'avance, retrait en boutique, rendez-vous en "
                                    "ligne.</li><li><b>Gagner du temps</b> sur les tâches "
                                    "répétitives : réservations, factures, réponses aux mêmes "
                                    "questions.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Pas besoin d'être partout",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Bonne nouvelle : un commerce de proximité obtient l'essentiel "
                                "des bénéfices avec trois choses bien tenues. <b>Une fiche Google "
                                "complète et à jour</b>, <b>un canal pour garder le contact</b> "
                                "avec vos clients (un réseau social ou une liste d'abonnés par "
                                "e-mail) et, si cela a du sens pour vous, <b>un moyen de commander "
                                "ou de réserver en ligne</b>. Mieux vaut une seule présence "
                                "soignée que cinq comptes abandonnés : une page Facebook dont la "
                                "dernière publication date de plusieurs années donne l'impression "
                                "que la boutique a fermé.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Attention aux promesses trop belles",
                                "text": (
                                    "<p>Méfiez-vous des démarcheurs qui promettent « la première "
                                    "place sur Google » ou des milliers d'abonnés en quelques "
                                    "jours, souvent avec un contrat de plusieurs années difficile "
                                    "à résilier. Personne ne peut garantir une position dans les "
                                    "résultats de Google. Avant de signer, lisez le contrat à tête "
                                    "reposée et demandez conseil à votre chambre de commerce (CCI) "
                                    "ou de métiers (CMA). Bon à savoir : avec cinq salariés ou "
                                    "moins, un contrat signé dans votre boutique pour un service "
                                    "étranger à votre métier peut, dans certains cas, ouvrir droit "
                                    "au délai de rétractation de 14 jours.</p>"
                                ),
                            },
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "diagnostic",
                                "label": "Faire mon diagnostic numérique",
                                "text": (
                                    "Répondez au diagnostic de la plateforme pour savoir où en est "
                                    "votre commerce et par quoi commencer."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Tapez le nom de votre commerce, puis « votre métier + "
                                        "votre ville », sur Google et notez ce qui apparaît."
                                    ),
                                    (
                                        "Demandez aujourd'hui à trois clients comment ils vous ont "
                                        "connu."
                                    ),
                                    (
                                        "Listez les questions qu'on vous pose le plus souvent au "
                                        "téléphone (horaires, stationnement, commandes…)."
                                    ),
                                    "Faites le diagnostic numérique de la plateforme.",
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Une personne cherche « boulangerie près de moi » sur son "
                                    "téléphone. Qu'est-ce qui l'aide le plus à choisir ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Des informations à jour : horaires, photos, avis et "
                                            "itinéraire."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Exactement : ce sont les éléments qu'on regarde en "
                                            "quelques secondes avant de se déplacer. Une fiche "
                                            "complète et exacte fait souvent la différence."
                                        ),
                                    },
                                    {
                                        "text": "Le nombre d'abonnés de la boulangerie sur TikTok.",
                                        "correct": False,
                                        "explanation": (
                                            "Pas vraiment : pour une recherche de proximité, la "
                                            "personne regarde surtout la carte, les horaires, les "
                                            "photos et les avis."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La liste de tous les fournisseurs de la boulangerie."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est une information intéressante pour un client "
                                            "curieux, mais ce n'est pas ce qui décide une visite "
                                            "immédiate."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Parmi ces affirmations, lesquelles sont vraies ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Une page Facebook abandonnée depuis des années peut "
                                            "faire croire que la boutique a fermé."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : un compte inactif envoie un mauvais signal. "
                                            "Mieux vaut le mettre à jour ou le fermer."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Il vaut mieux une seule présence bien tenue que "
                                            "plusieurs comptes inactifs."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : la régularité et l'exactitude comptent plus que "
                                            "le nombre de comptes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un prestataire sérieux peut vous garantir la première "
                                            "place sur Google."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Faux : personne ne maîtrise le classement de Google. "
                                            "Une telle promesse doit vous mettre en alerte."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Il faut être présent sur tous les réseaux sociaux "
                                            "pour exister."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Faux : un ou deux réseaux bien choisis suffisent "
                                            "largement pour un commerce de proximité."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quel est le rôle principal du numérique pour un commerce de "
                                    "proximité ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Amener des clients à pousser la porte et leur donner "
                                            "envie de revenir."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est l'idée : le numérique est une vitrine et un "
                                            "lien avec vos clients, au service de votre boutique."
                                        ),
                                    },
                                    {
                                        "text": "Remplacer la boutique physique.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : pour un commerce de proximité, le numérique "
                                            "complète la boutique, il ne la remplace pas."
                                        ),
                                    },
                                    {
                                        "text": "Uniquement vendre sur Internet.",
                                        "correct": False,
                                        "explanation": (
                                            "La vente en ligne est une possibilité parmi d'autres. "
                                            "Être trouvé, rassurer et fidéliser comptent tout "
                                            "autant."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "etat-des-lieux",
                    "title": "Faire l'état des lieux de votre présence en ligne",
                    "intro": (
                        "Avant d'ajouter de nouveaux outils, regardez ce qui existe déjà sur votre "
                        "commerce, qui y a accès et ce qu'il faut corriger en priorité."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La plupart des commerces ont déjà une présence en ligne, même "
                                "sans l'avoir voulu. Google a pu créer une fiche à partir "
                                "d'informations publiques ou de contributions d'internautes, un "
                                "client a peut-être publié des photos de votre vitrine, et des "
                                "annuaires reprennent votre adresse, parfois avec de vieux "
                                "horaires. Commencez donc par regarder ce que vos clients "
                                "voient.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Étape 1 : cherchez-vous comme un client",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Prenez votre téléphone, de préférence en navigation privée "
                                "pour ne pas être influencé par vos recherches habituelles, et "
                                "faites trois recherches :</p><ol><li>le nom exact de votre "
                                "commerce ;</li><li>votre métier suivi de votre ville ou de votre "
                                "quartier, par exemple « cordonnier Lyon 3 » ou « salon de "
                                "coiffure Vannes » ;</li><li>la même recherche dans Google Maps "
                                "et, si vous avez un iPhone, dans l'application Plans "
                                "d'Apple.</li></ol><p>Notez à chaque fois : apparaissez-vous ? Les "
                                "informations sont-elles justes ? Qu'est-ce qui donne envie, ou "
                                "pas, chez vos concurrents ?</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Étape 2 : faites l'inventaire",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Listez tous les endroits où votre commerce apparaît "
                                ":</p><ul><li>la <b>fiche d'établissement Google</b>, qui "
                                "s'affiche dans la recherche et sur Maps ;</li><li>les "
                                "<b>annuaires et plans</b> : PagesJaunes, Plans d'Apple (géré via "
                                "Apple Business Connect), et les sites spécialisés comme "
                                "TripAdvisor ou TheFork pour un restaurant, ou une plateforme de "
                                "réservation pour un salon ;</li><li>les <b>réseaux sociaux</b> : "
                                "page Facebook, compte Instagram, etc. ;</li><li>votre <b>site "
                                "internet</b>, s'il existe, et son nom de domaine "
                                ";</li><li>l'<b>adresse e-mail</b> utilisée pour créer tous ces "
                                "comptes.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Qui détient les accès ?",
                                "text": (
                                    "<p>C'est le piège le plus fréquent : la page Facebook a été "
                                    "créée par une ancienne salariée, le site par un neveu, le nom "
                                    "de domaine est au nom d'une agence. Le jour où il faut "
                                    "changer un horaire, plus personne n'a le mot de passe. Pour "
                                    "chaque outil, notez l'identifiant, l'adresse e-mail associée "
                                    "et les personnes qui y ont accès, et rangez ces informations "
                                    "en lieu sûr, par exemple dans un gestionnaire de mots de "
                                    "passe.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Étape 3 : repérez les écarts",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Comparez tout avec la réalité : les mêmes nom, adresse, "
                                "téléphone et horaires partout ? Des avis restés sans réponse ? "
                                "Des photos d'il y a dix ans ? Classez ce que vous trouvez en "
                                "trois colonnes : <b>à corriger tout de suite</b> (horaires faux, "
                                "ancien numéro), <b>à améliorer</b> (photos, description) et <b>à "
                                "créer plus tard</b>. Un commerce affiché ouvert alors qu'il est "
                                "fermé perd bien plus qu'une vente : il perd la confiance d'un "
                                "client.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Un regard neuf",
                                "text": (
                                    "<p>Demandez à un proche qui connaît mal votre boutique de "
                                    "faire le même exercice sur son propre téléphone. Il "
                                    "remarquera ce que vous ne voyez plus.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Faites les trois recherches (nom, métier + ville, Maps) "
                                        "et gardez une capture d'écran de chaque résultat."
                                    ),
                                    (
                                        "Dressez la liste de vos présences en ligne avec, pour "
                                        "chacune, l'adresse e-mail et les personnes qui y ont "
                                        "accès."
                                    ),
                                    (
                                        "Corrigez dès aujourd'hui au moins une information fausse "
                                        ": horaires, téléphone ou adresse."
                                    ),
                                    (
                                        "Récupérez les accès restés entre les mains d'un ancien "
                                        "salarié ou d'un prestataire."
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
                                    "Vous n'avez jamais créé de fiche Google. Votre commerce "
                                    "peut-il quand même apparaître sur Google Maps ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Oui : Google peut créer une fiche à partir "
                                            "d'informations publiques ou de contributions "
                                            "d'internautes."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est fréquent. D'où l'intérêt de vérifier ce qui "
                                            "existe et de revendiquer la fiche pour en garder le "
                                            "contrôle."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Non : seul le propriétaire peut faire apparaître un "
                                            "commerce sur Google Maps."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Faux : beaucoup de fiches existent sans que le "
                                            "commerçant les ait créées."
                                        ),
                                    },
                                    {
                                        "text": "Seulement si vous avez un site internet.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : une fiche Google existe indépendamment d'un "
                                            "site internet."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quelles recherches sont utiles pour faire l'état des lieux ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Le nom exact de votre commerce.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est ce que tapent les clients qui vous "
                                            "connaissent déjà ou à qui on vous a recommandé."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Votre métier suivi de votre ville ou de votre "
                                            "quartier."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est ainsi que vous trouvent les clients qui "
                                            "ne vous connaissent pas encore."
                                        ),
                                    },
                                    {
                                        "text": "Le nom de votre fournisseur principal.",
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas ce que cherchent vos clients : "
                                            "concentrez-vous sur ce qu'eux tapent dans Google."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Votre nom et prénom sur votre profil personnel "
                                            "Facebook."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Votre profil personnel n'est pas la vitrine de votre "
                                            "commerce ; mieux vaut d'ailleurs séparer vie privée "
                                            "et vie professionnelle."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pourquoi est-il important de savoir qui détient les accès à "
                                    "vos comptes en ligne ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Pour pouvoir modifier une information rapidement, "
                                            "même si la personne qui a créé le compte est partie."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Exactement : sans les accès, une simple mise à jour "
                                            "d'horaires peut devenir un casse-tête de plusieurs "
                                            "semaines."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que la loi oblige à déclarer vos mots de passe."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Non, aucune déclaration de ce type n'existe. Il "
                                            "s'agit simplement de garder la maîtrise de vos outils."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ce n'est pas important tant que le compte fonctionne."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est justement le jour où il faut changer quelque "
                                            "chose qu'on découvre le problème : mieux vaut "
                                            "anticiper."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "outils-essentiels",
                    "title": "Les outils essentiels, sans vous disperser",
                    "intro": (
                        "Adresse e-mail professionnelle, paiement par carte, prise de rendez-vous, "
                        "click and collect : comment choisir les outils utiles à partir de vos "
                        "besoins, et non l'inverse."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Caisse connectée, site internet, réseaux sociaux, prise de "
                                "rendez-vous, lettre d'information… L'offre est immense et chaque "
                                "vendeur vous expliquera que son outil est indispensable. Pour "
                                "faire le tri, partez de vos besoins et de ceux de vos clients.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les fondations, utiles à tous",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Une adresse e-mail professionnelle</b>, distincte de "
                                "votre adresse personnelle. Idéalement à votre nom de domaine "
                                "(contact@fleurs-de-lea.fr) : elle inspire confiance et vous "
                                "appartient, même si vous changez de fournisseur. Un nom de "
                                "domaine en .fr coûte de l'ordre de dix euros par an, selon le "
                                "bureau d'enregistrement.</li><li><b>Une fiche d'établissement "
                                "Google</b> complète : c'est gratuit et c'est souvent le premier "
                                "contact avec vos clients.</li><li><b>Le paiement par carte et "
                                "sans contact</b>, y compris pour les petits montants : beaucoup "
                                "de clients ont peu d'espèces sur eux.</li><li><b>Des "
                                "sauvegardes</b> régulières de vos fichiers importants : clients, "
                                "comptabilité, photos.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les outils selon votre métier",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Prise de rendez-vous en ligne</b> pour une coiffeuse, "
                                "une esthéticienne, un atelier de réparation de vélos : moins "
                                "d'appels quand vous avez les mains occupées, et des rappels "
                                "automatiques qui limitent les rendez-vous "
                                "oubliés.</li><li><b>Commande à l'avance et retrait en "
                                "boutique</b> (click and collect) pour un boulanger, un traiteur, "
                                "un fromager : les commandes des fêtes ne se perdent plus sur un "
                                "bout de papier.</li><li><b>Un réseau social</b> pour montrer vos "
                                "produits et vos coulisses : Instagram pour un fleuriste ou un "
                                "pâtissier, Facebook pour la vie du quartier.</li><li><b>Un site "
                                "internet</b> si vous avez beaucoup à présenter (catalogue, "
                                "prestations, tarifs) ou si vous voulez vendre à "
                                "distance.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "La règle des trois questions",
                                "text": (
                                    "<p>Avant d'adopter un outil, demandez-vous :</p><ol><li>Quel "
                                    "problème concret règle-t-il : temps perdu, ventes manquées, "
                                    "oublis ?</li><li>Combien coûte-t-il vraiment par an, "
                                    "abonnement, options et commissions comprises "
                                    "?</li><li>Puis-je récupérer mes données (fichier clients, "
                                    "catalogue) si j'arrête ?</li></ol><p>Pensez aussi au temps : "
                                    "un outil « gratuit » qui vous demande une heure par jour "
                                    "coûte cher. Adoptez un seul nouvel outil à la fois et "
                                    "prenez-le en main quelques semaines avant de passer au "
                                    "suivant.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Des aides existent",
                                "text": (
                                    "<p>Selon votre région, des aides peuvent financer une partie "
                                    "de vos dépenses numériques : site, logiciel, accompagnement. "
                                    "Les dispositifs et leurs montants changent souvent et varient "
                                    "d'un territoire à l'autre : renseignez-vous auprès de votre "
                                    "région, de votre CCI ou de votre Chambre de métiers et de "
                                    "l'artisanat. Le site public <a "
                                    'href="https://www.francenum.gouv.fr">France Num</a> propose '
                                    "aussi des guides gratuits et un annuaire "
                                    "d'accompagnateurs.</p>"
                                ),
                            },
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "grants",
                                "label": "Voir les aides à la numérisation",
                                "text": (
                                    "Consultez sur la plateforme les aides auxquelles votre "
                                    "commerce peut prétendre, dont les chèques numériques "
                                    "régionaux."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Créez ou vérifiez votre adresse e-mail professionnelle, "
                                        "séparée de votre adresse personnelle."
                                    ),
                                    (
                                        "Vérifiez que vous acceptez la carte et le sans-contact, "
                                        "même pour les petits achats."
                                    ),
                                    (
                                        "Notez les trois demandes de clients qui vous prennent le "
                                        "plus de temps aujourd'hui."
                                    ),
                                    (
                                        "Choisissez un seul outil à tester ce mois-ci et passez-le "
                                        "au crible des trois questions."
                                    ),
                                    "Renseignez-vous sur les aides disponibles dans votre région.",
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
                {
                    "slug": "plan-action",
                    "title": "Construire votre plan d'action numérique",
                    "intro": (
                        "Fixer un ou deux objectifs concrets, les découper en petites actions et "
                        "les caler sur le calendrier de votre commerce, à raison d'une heure par "
                        "semaine."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Vous savez où vous en êtes et quels outils peuvent vous "
                                "servir. Reste le plus important : passer à l'action sans y "
                                "laisser vos soirées. Un bon plan d'action numérique pour un petit "
                                "commerce tient sur une page et avance par petites étapes.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "1. Fixez un objectif concret",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>« Être plus visible » est trop vague pour savoir si vous avez "
                                "réussi. Préférez un objectif lié à votre activité et que vous "
                                "pouvez vérifier :</p><ul><li>le boulanger : « recevoir les "
                                "commandes de bûches de Noël en ligne plutôt que par téléphone » "
                                ";</li><li>la coiffeuse : « remplir les créneaux creux du mardi et "
                                "du mercredi matin » ;</li><li>le vélociste : « être trouvé par "
                                "les touristes qui cherchent une location de vélos l'été "
                                "».</li></ul><p>Un ou deux objectifs suffisent pour les trois "
                                "prochains mois.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "2. Découpez en petites actions",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour chaque objectif, listez les actions nécessaires, puis "
                                "classez-les selon l'effet attendu et l'effort demandé. Commencez "
                                "par les actions à fort effet et faible effort : ce sont souvent "
                                "des corrections simples, comme des horaires à jour sur Google, "
                                "des photos récentes ou des réponses aux avis. Gardez les gros "
                                "chantiers, comme un site ou une boutique en ligne, pour quand les "
                                "bases sont solides.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Une heure par semaine",
                                "text": (
                                    "<p>Bloquez un créneau fixe dans votre agenda, par exemple le "
                                    "lundi matin avant l'ouverture ou un après-midi creux. Une "
                                    "heure par semaine tenue dans la durée vaut mieux qu'un grand "
                                    "week-end de motivation suivi de six mois sans rien faire.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "3. Calez-vous sur votre saison",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Chaque commerce a ses temps forts : la Saint-Valentin et la "
                                "fête des mères pour un fleuriste, la rentrée pour une papeterie, "
                                "le printemps pour un magasin de vélos, les fêtes de fin d'année "
                                "pour presque tout le monde. Préparez vos actions un à deux mois "
                                "avant : c'est le moment où vos clients commencent à chercher. "
                                "Enfin, faites le point une fois par mois : plus d'appels, de "
                                "demandes d'itinéraire, de commandes ? Le cours « Mesurer vos "
                                "résultats » vous donne un tableau de bord simple pour cela.</p>"
                            ),
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "plan",
                                "label": "Ouvrir mon plan guidé",
                                "text": (
                                    "Reportez vos objectifs et vos premières actions dans votre "
                                    "plan guidé : la plateforme vous propose des étapes adaptées à "
                                    "votre diagnostic."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Écrivez un ou deux objectifs concrets pour les trois "
                                        "prochains mois."
                                    ),
                                    (
                                        "Listez cinq actions et entourez les deux plus faciles qui "
                                        "auront le plus d'effet."
                                    ),
                                    (
                                        "Bloquez dès maintenant une heure par semaine dans votre "
                                        "agenda pour le numérique."
                                    ),
                                    (
                                        "Notez vos trois temps forts de l'année et la date à "
                                        "laquelle commencer à les préparer."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": "Lequel de ces objectifs est le mieux formulé ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Remplir les créneaux vides du mardi matin d'ici trois "
                                            "mois."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : il est concret, lié à votre activité et vous "
                                            "saurez facilement s'il est atteint."
                                        ),
                                    },
                                    {
                                        "text": "Être plus présent sur Internet.",
                                        "correct": False,
                                        "explanation": (
                                            "Trop vague : comment saurez-vous que c'est réussi ? "
                                            "Reliez votre objectif à un résultat visible en "
                                            "boutique."
                                        ),
                                    },
                                    {
                                        "text": "Avoir un beau site.",
                                        "correct": False,
                                        "explanation": (
                                            "Un site est un moyen, pas un but. Demandez-vous "
                                            "plutôt ce qu'il doit vous apporter : des commandes, "
                                            "des rendez-vous, des appels ?"
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Par quoi est-il judicieux de commencer ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Corriger les horaires faux sur votre fiche Google."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est rapide, gratuit et cela évite de décevoir "
                                            "des clients qui se déplacent pour rien."
                                        ),
                                    },
                                    {
                                        "text": "Répondre aux avis restés sans réponse.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : peu d'effort, et un signal fort pour les futurs "
                                            "clients qui lisent ces échanges."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Créer une boutique en ligne avec tout votre catalogue."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est un gros chantier : utile peut-être, mais après "
                                            "avoir consolidé les bases."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ouvrir un compte sur tous les réseaux sociaux à la "
                                            "fois."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Vous risquez de vous disperser et d'abandonner. Un "
                                            "réseau bien tenu vaut mieux que cinq comptes vides."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un fleuriste veut préparer la fête des mères en ligne. Quand "
                                    "doit-il s'y mettre ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Un à deux mois avant, quand les clients commencent à "
                                            "chercher."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est le bon moment pour mettre à jour la fiche, "
                                            "publier les premières créations et ouvrir les "
                                            "précommandes."
                                        ),
                                    },
                                    {
                                        "text": "La veille, pour que l'information soit fraîche.",
                                        "correct": False,
                                        "explanation": (
                                            "Trop tard : beaucoup de clients ont déjà choisi où "
                                            "commander."
                                        ),
                                    },
                                    {
                                        "text": "Le lendemain, pour analyser les résultats.",
                                        "correct": False,
                                        "explanation": (
                                            "L'analyse est utile, mais elle ne remplace pas la "
                                            "préparation en amont."
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
            "slug": "fiche-google",
            "title": "Votre fiche d'établissement Google",
            "summary": (
                "Un atelier pratique pour créer ou récupérer votre fiche Google, la remplir "
                "complètement, obtenir des avis et y répondre, puis la faire vivre toute l'année."
            ),
            "objectives": [
                "Créer ou revendiquer la fiche de votre commerce et la faire valider par Google.",
                "Compléter votre fiche pour qu'elle réponde aux questions de vos clients.",
                "Recueillir des avis et y répondre dans le respect des règles.",
                "Faire vivre votre fiche avec des posts, des photos et des horaires à jour.",
            ],
            "level": "beginner",
            "effort_hours": "2",
            "format": "workshop",
            "themes": [
                "Google",
                "Visibilité locale",
                "Avis clients",
            ],
            "prerequisites": [
                "premiers-pas-numerique",
            ],
            "prerequisites_text": (
                "Avoir suivi « Les bases du numérique pour votre commerce » et venir avec un "
                "smartphone ; le compte Google de la boutique peut être créé pendant l'atelier."
            ),
            "lessons": [
                {
                    "slug": "creer-revendiquer-fiche",
                    "title": "Créer ou revendiquer votre fiche",
                    "intro": (
                        "Vérifier si votre commerce a déjà une fiche Google, la récupérer ou la "
                        "créer, puis passer l'étape de validation."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La fiche d'établissement Google (« Google Business Profile », "
                                "anciennement « Google My Business ») est l'encadré qui apparaît "
                                "dans la recherche Google et sur Google Maps quand on cherche "
                                "votre commerce : nom, adresse, horaires, téléphone, photos, avis. "
                                "Elle est gratuite, et c'est souvent la première chose que vos "
                                "clients voient de vous.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Votre fiche existe peut-être déjà",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cherchez votre commerce sur Google Maps. Si une fiche apparaît "
                                "alors que vous ne l'avez jamais créée, c'est normal : Google en "
                                "crée à partir de sources publiques et des contributions des "
                                "internautes. Surtout, n'en créez pas une seconde : utilisez le "
                                "lien « Vous êtes le propriétaire de cet établissement ? » pour la "
                                "revendiquer. Si rien n'apparaît, créez la fiche depuis <a "
                                'href="https://www.google.com/business/">google.com/business</a>.</p>'
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les étapes de création",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li>Connectez-vous avec le compte Google de la boutique "
                                "plutôt qu'avec un compte personnel qu'un salarié pourrait "
                                "emporter en partant.</li><li>Indiquez le nom réel de votre "
                                "commerce, tel qu'il figure sur votre "
                                "devanture.</li><li>Choisissez la catégorie principale qui décrit "
                                "le mieux votre activité : « Boulangerie », « Fleuriste », « Salon "
                                "de coiffure », « Magasin de vélos »…</li><li>Indiquez votre "
                                "adresse si vous recevez des clients ; sinon, définissez une zone "
                                "desservie.</li><li>Ajoutez votre téléphone et votre site, puis "
                                "lancez la validation.</li></ol>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "La validation par Google",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour éviter que n'importe qui prenne le contrôle de votre "
                                "fiche, Google vérifie que vous êtes bien le gérant. Selon les "
                                "cas, il vous proposera une ou plusieurs méthodes : enregistrement "
                                "d'une courte vidéo, appel vidéo en direct, code reçu par "
                                "téléphone, SMS ou e-mail, ou encore courrier postal. Vous ne "
                                "choisissez pas toujours la méthode, et la vidéo est fréquente. "
                                "Tant que la fiche n'est pas validée, vos modifications ne sont "
                                "pas publiées.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Réussir la vidéo de validation",
                                "text": (
                                    "<p>Filmez en une seule prise, sans coupure : la rue et votre "
                                    "enseigne extérieure, puis l'intérieur avec vos produits ou "
                                    "votre matériel, puis un élément que seul le gérant possède, "
                                    "comme l'ouverture de la porte avec la clé, de la caisse, ou "
                                    "un document professionnel à votre nom. Une vidéo trop courte, "
                                    "floue ou coupée est une cause fréquente de refus.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Vous travaillez chez vos clients ?",
                                "text": (
                                    "<p>Coiffeuse à domicile, plombier, jardinier : vous pouvez "
                                    "masquer votre adresse et indiquer une zone desservie (villes "
                                    "ou codes postaux). Votre fiche apparaîtra pour les recherches "
                                    "dans cette zone sans dévoiler votre domicile.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Cherchez votre commerce sur Google Maps pour savoir si "
                                        "une fiche existe déjà."
                                    ),
                                    (
                                        "Créez un compte Google au nom de la boutique si vous n'en "
                                        "avez pas."
                                    ),
                                    (
                                        "Revendiquez la fiche existante ou créez-la avec le nom "
                                        "exact de votre enseigne."
                                    ),
                                    (
                                        "Préparez la vidéo de validation : enseigne, intérieur, "
                                        "preuve que vous êtes le gérant."
                                    ),
                                    "Ajoutez l'identifiant de ce compte à votre liste d'accès.",
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Une fiche Google existe déjà pour votre boutique, créée sans "
                                    "vous. Que faites-vous ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Je la revendique pour en devenir le gestionnaire.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est la bonne démarche : vous gardez l'historique et "
                                            "les avis, et vous pouvez enfin corriger les "
                                            "informations."
                                        ),
                                    },
                                    {
                                        "text": "J'en crée une seconde, plus complète.",
                                        "correct": False,
                                        "explanation": (
                                            "Les doublons sèment la confusion chez les clients et "
                                            "sont contraires aux règles de Google, qui peut les "
                                            "supprimer."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Je l'ignore, puisque ce n'est pas moi qui l'ai créée."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Elle parle pourtant de votre commerce : sans la "
                                            "gérer, vous ne pouvez ni corriger les horaires ni "
                                            "répondre aux avis."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quelles méthodes Google peut-il proposer pour valider votre "
                                    "fiche ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Une vidéo montrant votre établissement et une preuve "
                                            "que vous le gérez."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui, c'est une méthode fréquente : enseigne, "
                                            "intérieur et preuve de gestion, filmés en une seule "
                                            "prise."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un code reçu par téléphone, SMS, e-mail ou courrier."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui, selon les cas, Google peut proposer l'une de ces "
                                            "méthodes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le paiement d'un abonnement pour obtenir un badge « "
                                            "vérifié »."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Non : la fiche et sa validation sont gratuites. "
                                            "Méfiez-vous des démarchages qui prétendent le "
                                            "contraire."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Comment devez-vous nommer votre fiche ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Avec le nom réel de votre commerce, tel qu'il figure "
                                            "sur votre devanture."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est la règle de Google, et c'est ce que vos "
                                            "clients s'attendent à trouver."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Avec le nom et des mots-clés, comme « Boulangerie pas "
                                            "chère Nantes centre »."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ajouter des mots-clés au nom est contraire aux règles "
                                            "de Google et peut conduire à la suspension de la "
                                            "fiche."
                                        ),
                                    },
                                    {
                                        "text": "Avec votre nom et prénom.",
                                        "correct": False,
                                        "explanation": (
                                            "Sauf si c'est réellement le nom de votre enseigne, "
                                            "vos clients ne vous reconnaîtront pas."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "completer-fiche",
                    "title": "Compléter votre fiche comme un pro",
                    "intro": (
                        "Catégories, horaires exceptionnels, description, attributs, produits et "
                        "photos : tout ce qui rend une fiche utile et donne envie de venir."
                    ),
                    "minutes": 25,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une fiche remplie à moitié, c'est une vitrine dont la moitié "
                                "des lumières est éteinte. Une fiche complète et exacte aide "
                                "Google à vous proposer aux bonnes personnes, et surtout, vos "
                                "clients y trouvent leurs réponses sans avoir à vous appeler "
                                "pendant que vous servez.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les informations de base",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Catégories</b> : une catégorie principale, la plus "
                                "précise possible, et si c'est utile quelques catégories "
                                "secondaires. Une boulangerie qui fait aussi salon de thé peut "
                                "ajouter « Salon de thé ».</li><li><b>Horaires</b> : vos horaires "
                                "habituels et surtout les <b>horaires exceptionnels</b> (jours "
                                "fériés, congés, inventaire). C'est l'information la plus "
                                "consultée, et celle qui fâche le plus quand elle est "
                                "fausse.</li><li><b>Téléphone et site</b> : un numéro qui répond "
                                "aux heures d'ouverture, et un lien vers votre site ou votre page "
                                "de commande.</li><li><b>Description</b> : jusqu'à 750 caractères "
                                "pour dire ce qui vous rend unique, par exemple « pain au levain "
                                "cuit au feu de bois, farines d'un moulin de la région ». Pas de "
                                "liens ni de promotions : ce n'est pas l'endroit.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les détails qui font la différence",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Les <b>attributs</b> proposés selon votre catégorie : "
                                "accès en fauteuil roulant, paiement par carte, Wi-Fi, terrasse, "
                                "retrait en magasin…</li><li>Vos <b>produits</b> ou "
                                "<b>services</b>, avec photo, courte description et éventuellement "
                                "un prix : « coupe homme », « révision complète de vélo », « "
                                "bouquet du marché ».</li><li>Vos liens de <b>réservation</b> ou "
                                "de <b>commande</b> si vous utilisez un outil de rendez-vous ou de "
                                "click and collect.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les photos, votre meilleure vendeuse",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ajoutez au minimum votre logo, une photo de couverture, la "
                                "devanture de jour (pour qu'on vous reconnaisse dans la rue), "
                                "l'intérieur, vos produits ou réalisations phares et, si elle est "
                                "d'accord, l'équipe au travail. Privilégiez des photos nettes, "
                                "prises à la lumière du jour, sans texte ajouté. Un smartphone "
                                "récent suffit largement.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Ce qu'il ne faut pas faire",
                                "text": (
                                    "<p>Ajouter des mots-clés dans le nom (« Fleuriste pas cher "
                                    "livraison Rennes »), indiquer une fausse adresse pour "
                                    "paraître plus central, utiliser des photos trouvées sur "
                                    "Internet ou créer plusieurs fiches pour le même commerce : "
                                    "tout cela est contraire aux règles de Google et peut "
                                    "entraîner la suspension de votre fiche.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Vérifiez votre catégorie principale et ajoutez une ou "
                                        "deux catégories secondaires pertinentes."
                                    ),
                                    (
                                        "Saisissez dès aujourd'hui les horaires exceptionnels de "
                                        "vos prochains jours fériés et congés."
                                    ),
                                    (
                                        "Rédigez votre description en trois ou quatre phrases qui "
                                        "disent ce qui vous rend unique."
                                    ),
                                    (
                                        "Prenez et publiez cinq photos : la devanture, l'intérieur "
                                        "et trois produits ou réalisations."
                                    ),
                                    (
                                        "Cochez les attributs qui vous concernent : paiement par "
                                        "carte, accessibilité, retrait en magasin…"
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
                                    "Quelle information fâche le plus vos clients quand elle est "
                                    "fausse ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Les horaires d'ouverture.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : un client qui trouve porte close alors que "
                                            "Google vous annonçait ouvert risque de ne pas "
                                            "revenir, et de le dire dans un avis."
                                        ),
                                    },
                                    {
                                        "text": "La description.",
                                        "correct": False,
                                        "explanation": (
                                            "Une description imparfaite est dommage, mais elle ne "
                                            "fait pas déplacer un client pour rien."
                                        ),
                                    },
                                    {
                                        "text": "La photo de couverture.",
                                        "correct": False,
                                        "explanation": (
                                            "Une belle photo aide, mais une photo moyenne n'a pas "
                                            "les conséquences d'un horaire faux."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quelles photos sont utiles sur votre fiche ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "La devanture, pour qu'on reconnaisse la boutique dans "
                                            "la rue."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : elle aide le client à vous trouver et à vous "
                                            "reconnaître en arrivant."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Vos produits ou réalisations phares, à la lumière du "
                                            "jour."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : ce sont elles qui donnent envie de venir."
                                        ),
                                    },
                                    {
                                        "text": "Une affiche couverte de texte promotionnel.",
                                        "correct": False,
                                        "explanation": (
                                            "Les photos doivent montrer votre commerce ; les "
                                            "promotions ont leur place dans les posts."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une belle photo d'un magasin similaire trouvée sur "
                                            "Internet."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est trompeur pour vos clients, contraire aux règles "
                                            "de Google, et vous n'avez pas les droits sur cette "
                                            "image."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre boulangerie ferme trois semaines en août. Que "
                                    "faites-vous sur votre fiche ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "J'indique la fermeture pour ces dates, avec des "
                                            "horaires exceptionnels."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : vos horaires habituels réapparaîtront "
                                            "automatiquement à la réouverture. Pensez à le faire "
                                            "quelques semaines à l'avance."
                                        ),
                                    },
                                    {
                                        "text": "Je supprime mes horaires habituels pendant l'été.",
                                        "correct": False,
                                        "explanation": (
                                            "Vous risquez d'oublier de les remettre, et les "
                                            "clients ne sauront pas quand vous rouvrez."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Je marque l'établissement comme définitivement fermé."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Surtout pas : les clients penseraient que vous avez "
                                            "cessé votre activité."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "avis-clients",
                    "title": "Obtenir des avis et y répondre",
                    "intro": (
                        "Demander des avis au bon moment, répondre à tous, y compris aux "
                        "critiques, et connaître ce que la loi et Google interdisent."
                    ),
                    "minutes": 25,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les avis sont le bouche-à-oreille d'aujourd'hui. Avant "
                                "d'essayer un nouveau coiffeur ou un nouveau restaurant, beaucoup "
                                "de gens regardent la note, le nombre d'avis… et la manière dont "
                                "le commerçant répond. Un flux régulier d'avis récents rassure "
                                "davantage qu'une note parfaite mais ancienne.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Demander des avis, simplement",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le meilleur moment, c'est quand un client vous fait un "
                                "compliment : « Merci ! Ça m'aiderait beaucoup si vous le disiez "
                                "sur Google. » Pour lui faciliter la tâche, votre fiche fournit un "
                                "lien direct vers le formulaire d'avis (fonction « Demander des "
                                "avis »), que vous pouvez aussi transformer en QR code "
                                ":</p><ul><li>affichez le QR code près de la caisse ou imprimez-le "
                                "sur vos cartes de visite ;</li><li>ajoutez le lien à vos e-mails "
                                "de confirmation ou à vos factures ;</li><li>glissez-le dans un "
                                "message après une prestation (« Merci pour votre visite ! "
                                "»).</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Ce qui est interdit",
                                "text": (
                                    "<ul><li><b>Acheter de faux avis</b>, en rédiger vous-même ou "
                                    "en faire écrire par des proches qui ne sont pas clients : "
                                    "c'est une pratique commerciale trompeuse, contrôlée par la "
                                    "DGCCRF. Les sanctions peuvent aller jusqu'à deux ans "
                                    "d'emprisonnement et 300 000 € d'amende, un montant qui peut "
                                    "être augmenté en proportion des avantages tirés de la "
                                    "fraude.</li><li><b>Offrir une contrepartie</b> (réduction, "
                                    "cadeau, tirage au sort) en échange d'un avis : c'est interdit "
                                    "par les règles de Google, qui peut supprimer les avis "
                                    "concernés.</li><li><b>Ne solliciter que les clients "
                                    "contents</b> en écartant les autres : c'est aussi contraire "
                                    "aux règles de Google.</li></ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Répondre à tous les avis",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Répondez à chaque avis, positif comme négatif, idéalement dans "
                                "les jours qui suivent. Vos réponses sont publiques : vous écrivez "
                                "autant pour les futurs clients que pour "
                                "l'auteur.</p><ul><li><b>Avis positif</b> : remerciez en "
                                "personnalisant (« Ravie que la tarte aux fraises vous ait plu, à "
                                "samedi ! »), sans copier-coller la même phrase "
                                "partout.</li><li><b>Avis négatif</b> : gardez votre calme, "
                                "remerciez pour le retour, reconnaissez ce qui doit l'être, "
                                "expliquez en quelques mots et proposez d'en parler de vive voix. "
                                "Ne révélez jamais d'informations personnelles sur le "
                                "client.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Exemple de réponse à un avis négatif",
                                "text": (
                                    "<p><i>« Bonjour Marc, merci d'avoir pris le temps de nous "
                                    "écrire. Je suis désolée que votre vélo n'ait pas été prêt à "
                                    "l'heure annoncée samedi : nous attendions une pièce qui a "
                                    "pris du retard, et nous aurions dû vous prévenir. Passez me "
                                    "voir à l'atelier, je tiens à me rattraper. Claire, gérante de "
                                    "l'atelier »</i></p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Et si un avis est faux, injurieux ou ne concerne pas votre "
                                "commerce ? Vous pouvez le signaler depuis votre fiche. Google le "
                                "retire s'il enfreint ses règles, mais pas simplement parce qu'il "
                                "est négatif. En attendant, une réponse courte et factuelle montre "
                                "aux lecteurs que vous êtes sérieux.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Récupérez le lien « Demander des avis » depuis votre "
                                        "fiche et créez-en un QR code."
                                    ),
                                    "Imprimez le QR code et posez-le près de la caisse.",
                                    (
                                        "Répondez aujourd'hui aux avis restés sans réponse, en "
                                        "commençant par les plus récents."
                                    ),
                                    (
                                        "Mettez-vous d'accord avec votre équipe sur la phrase à "
                                        "dire quand un client fait un compliment."
                                    ),
                                    (
                                        "Signalez depuis votre fiche les avis qui enfreignent les "
                                        "règles (insultes, faux clients)."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": "Lesquelles de ces pratiques sont interdites ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Demander à des proches qui ne sont pas clients de "
                                            "publier des avis."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Interdit : ce sont de faux avis, donc une pratique "
                                            "commerciale trompeuse au regard du Code de la "
                                            "consommation."
                                        ),
                                    },
                                    {
                                        "text": "Offrir 10 % de réduction en échange d'un avis.",
                                        "correct": True,
                                        "explanation": (
                                            "Interdit par les règles de Google : un avis ne doit "
                                            "jamais être récompensé, même s'il est sincère."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Afficher un QR code vers votre fiche près de la "
                                            "caisse."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est autorisé et efficace : vous facilitez la "
                                            "démarche pour tous vos clients, sans contrepartie."
                                        ),
                                    },
                                    {
                                        "text": "Répondre publiquement à un avis négatif.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est même recommandé, à condition de rester courtois "
                                            "et de ne pas dévoiler d'informations personnelles."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un client laisse un avis négatif que vous trouvez injuste. "
                                    "Quelle est la meilleure réaction ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Répondre calmement, remercier, donner votre version "
                                            "en quelques mots et proposer d'en parler."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : les futurs clients verront un commerçant posé "
                                            "et à l'écoute, ce qui compte souvent plus que l'avis "
                                            "lui-même."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Répondre point par point pour prouver qu'il a tort."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Une longue justification donne une image défensive ; "
                                            "restez bref et tourné vers la solution."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Publier son nom complet et ce qu'il a acheté pour "
                                            "montrer qu'il exagère."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Jamais : vous exposeriez des données personnelles, ce "
                                            "qui est contraire au RGPD et très mal perçu."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Google supprimera-t-il un avis simplement parce qu'il est "
                                    "négatif ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Non, seulement s'il enfreint ses règles : faux avis, "
                                            "propos injurieux, hors sujet…"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Exact : signalez les avis abusifs, et répondez aux "
                                            "critiques sincères plutôt que de chercher à les faire "
                                            "disparaître."
                                        ),
                                    },
                                    {
                                        "text": "Oui, il suffit de le demander poliment.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : une critique sincère, même sévère, reste en "
                                            "ligne."
                                        ),
                                    },
                                    {
                                        "text": "Oui, si vous payez une option premium.",
                                        "correct": False,
                                        "explanation": (
                                            "Aucune option payante ne permet de supprimer des "
                                            "avis. Méfiez-vous des sociétés qui le promettent."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "faire-vivre-fiche",
                    "title": "Faire vivre votre fiche toute l'année",
                    "intro": (
                        "Publier des posts, ajouter des photos, surveiller les modifications "
                        "suggérées et lire les statistiques, en dix minutes par semaine."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une fiche n'est pas faite « une fois pour toutes ». Vos "
                                "horaires changent, vos produits évoluent, et les internautes "
                                "peuvent suggérer des modifications. Quelques minutes par semaine "
                                "suffisent pour garder une fiche vivante, et une fiche vivante "
                                "inspire confiance.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Publier des posts",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Depuis votre fiche, vous pouvez publier des <b>posts</b> : une "
                                "nouveauté, une offre ou un événement, avec une photo et un bouton "
                                "(« Commander », « Réserver », « En savoir plus »). Par exemple : "
                                "« La galette des rois est arrivée, réservez la vôtre », « Atelier "
                                "réparation de crevaison samedi à 10 h » ou « Plantes vertes à -20 "
                                "% jusqu'à dimanche ». Pour une offre ou un événement, précisez "
                                "bien les dates.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Gérer votre fiche au quotidien",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Vous gérez votre fiche directement depuis la recherche Google "
                                "(tapez le nom de votre commerce en étant connecté au compte de la "
                                "boutique) ou depuis l'application Google Maps. Ajoutez "
                                "régulièrement des photos récentes : vitrine de saison, nouvelle "
                                "collection, réalisation du jour.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Surveillez les modifications suggérées",
                                "text": (
                                    "<p>Les internautes peuvent proposer des changements sur votre "
                                    "fiche (horaires, téléphone, catégorie), et Google les "
                                    "applique parfois sans vous demander. Consultez votre fiche et "
                                    "les e-mails de notification de Google, et corrigez sans "
                                    "attendre ce qui est faux.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Regarder les statistiques",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La rubrique <b>Performances</b> indique combien de personnes "
                                "ont vu votre fiche, par quelles recherches elles vous ont trouvé, "
                                "et combien ont appelé, demandé l'itinéraire ou cliqué vers votre "
                                "site. Relevez ces chiffres une fois par mois : ils montrent si "
                                "vos efforts paient. Le cours « Mesurer vos résultats » vous aide "
                                "à les suivre dans un tableau de bord.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le rituel du lundi",
                                "text": (
                                    "<p>Dix minutes chaque lundi : répondre aux nouveaux avis, "
                                    "vérifier les horaires de la semaine (un jour férié approche "
                                    "?), ajouter une photo et, si vous avez une actualité, publier "
                                    "un post. Tenu dans la durée, ce petit rituel fait toute la "
                                    "différence.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Publiez votre premier post : une nouveauté, une offre ou "
                                        "un événement de la semaine."
                                    ),
                                    (
                                        "Ajoutez deux photos récentes de vos produits ou de votre "
                                        "vitrine."
                                    ),
                                    (
                                        "Vérifiez qu'aucune modification suggérée n'a changé vos "
                                        "informations."
                                    ),
                                    "Notez dans votre agenda le rituel de dix minutes du lundi.",
                                    (
                                        "Relevez les chiffres du mois dernier dans la rubrique "
                                        "Performances."
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
            "slug": "mesurer-resultats",
            "title": "Mesurer vos résultats",
            "summary": (
                "Choisir quelques indicateurs utiles, mesurer la fréquentation de votre site dans "
                "le respect des règles de la CNIL et tenir un tableau de bord mensuel pour décider "
                "où mettre votre temps et votre argent."
            ),
            "objectives": [
                "Choisir les quatre ou cinq indicateurs qui comptent pour votre commerce.",
                "Calculer un taux de conversion, un panier moyen et un coût d'acquisition.",
                "Mettre en place une mesure d'audience conforme aux règles de la CNIL.",
                "Tenir un tableau de bord mensuel et en tirer des décisions concrètes.",
            ],
            "level": "intermediate",
            "effort_hours": "1.5",
            "format": "online",
            "themes": [
                "Indicateurs",
                "Mesure d'audience",
                "CNIL",
            ],
            "prerequisites": [
                "premiers-pas-numerique",
            ],
            "prerequisites_text": (
                "Avoir suivi « Les bases du numérique pour votre commerce » ; une fiche Google ou "
                "un site internet permet de mettre le cours en pratique tout de suite."
            ),
            "lessons": [
                {
                    "slug": "choisir-indicateurs",
                    "title": "Choisir les bons indicateurs",
                    "intro": (
                        "Visites, taux de conversion, panier moyen, coût d'acquisition : quatre "
                        "indicateurs simples pour savoir si vos actions en ligne vous amènent des "
                        "clients."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Mesurer, ce n'est pas collectionner des chiffres. C'est "
                                "répondre à des questions simples : mes actions en ligne "
                                "m'amènent-elles des clients ? Lesquelles valent le temps et "
                                "l'argent que j'y consacre ? Pour un petit commerce, quatre ou "
                                "cinq indicateurs bien choisis suffisent.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les quatre indicateurs clés",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Les visites</b> : le nombre de passages sur votre "
                                "site, de vues de votre fiche Google ou, en boutique, d'entrées. "
                                "C'est la mesure de votre visibilité.</li><li><b>Le taux de "
                                "conversion</b> : la part des visiteurs qui passent à l'action "
                                "(commande, réservation, achat). Formule : commandes ÷ visites × "
                                "100.</li><li><b>Le panier moyen</b> : ce que dépense un client en "
                                "moyenne. Formule : chiffre d'affaires ÷ nombre de commandes (ou "
                                "de tickets de caisse).</li><li><b>Le coût d'acquisition</b> : ce "
                                "que vous coûte un nouveau client. Formule : dépenses de promotion "
                                "sur la période ÷ nombre de nouveaux clients obtenus.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Un exemple chiffré",
                                "text": (
                                    "<p>Le site de commande d'une fromagerie reçoit 800 visites en "
                                    "novembre et enregistre 24 commandes, pour 1 080 € au "
                                    "total.</p><ul><li>Taux de conversion : 24 ÷ 800 × 100 = 3 "
                                    "%.</li><li>Panier moyen : 1 080 € ÷ 24 = 45 €.</li><li>Coût "
                                    "d'acquisition : la fromagerie a dépensé 120 € de publicité "
                                    "sur les réseaux sociaux et gagné 8 nouveaux clients, soit 120 "
                                    "÷ 8 = 15 € par client.</li></ul><p>Ces chiffres sont un "
                                    "exemple : ils varient énormément d'un commerce à l'autre.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les indicateurs d'un commerce de proximité",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour une boutique, les actions les plus précieuses ne se "
                                "passent pas toujours sur un site : <b>appels</b> depuis votre "
                                "fiche Google, <b>demandes d'itinéraire</b>, <b>réservations</b>. "
                                "Et n'oubliez pas votre caisse : le nombre de tickets et le panier "
                                "moyen en boutique sont des indicateurs précieux, que beaucoup de "
                                "logiciels de caisse calculent tout seuls. Pour savoir d'où "
                                "viennent vos nouveaux clients, le plus simple reste de leur "
                                "demander : « Comment nous avez-vous connus ? », et de noter les "
                                "réponses dans un carnet.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Comparer ce qui est comparable",
                                "text": (
                                    "<p>Comparez un mois avec le même mois de l'année précédente "
                                    "plutôt qu'avec le mois d'avant : un fleuriste vendra toujours "
                                    "plus en mai qu'en août. Méfiez-vous aussi des « moyennes du "
                                    "secteur » trouvées en ligne : on cite souvent un taux de "
                                    "conversion de l'ordre de 1 à 3 % pour les sites marchands, "
                                    "mais il varie beaucoup selon l'activité et le type de site. "
                                    "Votre meilleure référence, c'est votre propre historique.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Choisissez vos quatre ou cinq indicateurs et notez-les "
                                        "sur une feuille."
                                    ),
                                    (
                                        "Calculez votre panier moyen du mois dernier à partir de "
                                        "votre caisse ou de votre boutique en ligne."
                                    ),
                                    (
                                        "Additionnez ce que vous avez dépensé en promotion le mois "
                                        "dernier : publicités, flyers, offres."
                                    ),
                                    (
                                        "Demandez « Comment nous avez-vous connus ? » à chaque "
                                        "nouveau client cette semaine et notez les réponses."
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
                                    "Votre site reçoit 500 visites et enregistre 10 commandes dans "
                                    "le mois. Quel est votre taux de conversion ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "2 %",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : 10 ÷ 500 × 100 = 2 %. Deux visiteurs sur cent "
                                            "ont commandé."
                                        ),
                                    },
                                    {
                                        "text": "5 %",
                                        "correct": False,
                                        "explanation": (
                                            "Refaites le calcul : commandes ÷ visites × 100, soit "
                                            "10 ÷ 500 × 100."
                                        ),
                                    },
                                    {
                                        "text": "10 %",
                                        "correct": False,
                                        "explanation": (
                                            "Ce serait le cas avec 100 visites. Ici, il faut "
                                            "diviser 10 commandes par 500 visites."
                                        ),
                                    },
                                    {
                                        "text": "50 %",
                                        "correct": False,
                                        "explanation": (
                                            "Vous avez sans doute divisé les visites par les "
                                            "commandes : c'est l'inverse."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Le panier moyen se calcule en divisant :",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "le chiffre d'affaires par le nombre de commandes.",
                                        "correct": True,
                                        "explanation": (
                                            "Exact : il indique combien dépense un client en "
                                            "moyenne à chaque achat."
                                        ),
                                    },
                                    {
                                        "text": "le nombre de commandes par le nombre de visites.",
                                        "correct": False,
                                        "explanation": "Ça, c'est le taux de conversion.",
                                    },
                                    {
                                        "text": (
                                            "les dépenses de promotion par le nombre de nouveaux "
                                            "clients."
                                        ),
                                        "correct": False,
                                        "explanation": "Ça, c'est le coût d'acquisition.",
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Quels indicateurs sont utiles pour un commerce de proximité ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Les appels et demandes d'itinéraire depuis la fiche "
                                            "Google."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : ils traduisent une intention de venir ou de "
                                            "vous contacter."
                                        ),
                                    },
                                    {
                                        "text": "Le panier moyen en boutique.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : votre logiciel de caisse le donne souvent "
                                            "directement, et il montre l'effet de vos offres."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le nombre de « j'aime » sur les publications de vos "
                                            "concurrents."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ce chiffre ne dit rien de vos propres clients ni de "
                                            "vos ventes."
                                        ),
                                    },
                                    {
                                        "text": "Le nombre total de pages de votre site.",
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas un résultat : un petit site clair peut "
                                            "très bien convertir."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pour savoir si votre mois de décembre a été bon, à quoi le "
                                    "comparer en priorité ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Au mois de décembre de l'année précédente.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : on compare à saison égale, en tenant compte des "
                                            "événements notés dans vos remarques."
                                        ),
                                    },
                                    {
                                        "text": "Au mois de novembre qui précède.",
                                        "correct": False,
                                        "explanation": (
                                            "Décembre est presque toujours différent de novembre : "
                                            "la comparaison serait faussée par la saison."
                                        ),
                                    },
                                    {
                                        "text": "À une moyenne nationale trouvée sur Internet.",
                                        "correct": False,
                                        "explanation": (
                                            "Ces moyennes mélangent des activités très différentes "
                                            ": votre propre historique est plus parlant."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "mesure-audience-cnil",
                    "title": "Mesurer la fréquentation de votre site dans les règles",
                    "intro": (
                        "Google Analytics ou Matomo, consentement et exemption : ce que la CNIL "
                        "demande pour mesurer l'audience de votre site et régler votre bandeau "
                        "cookies."
                    ),
                    "minutes": 25,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Si vous avez un site ou une boutique en ligne, un outil de "
                                "mesure d'audience vous indique combien de personnes le visitent, "
                                "d'où elles viennent (Google, réseaux sociaux, lien dans un "
                                "e-mail) et quelles pages elles consultent. Avant d'installer quoi "
                                "que ce soit, regardez si votre outil de création de site propose "
                                "déjà des statistiques intégrées.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Deux outils très répandus",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Google Analytics</b> : gratuit et très complet. Dans "
                                "sa configuration standard, il utilise des cookies qui nécessitent "
                                "le <b>consentement préalable</b> du visiteur : sans son accord, "
                                "pas de mesure pour ce visiteur.</li><li><b>Matomo</b> : logiciel "
                                "libre, à installer vous-même gratuitement ou en version hébergée "
                                "payante. Correctement paramétré, il peut bénéficier de "
                                "l'<b>exemption de consentement</b> prévue par la CNIL, ce qui "
                                "permet de mesurer toutes les visites sans demander d'accord pour "
                                "cette seule finalité.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les règles de la CNIL en bref",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>En France, déposer des cookies ou autres traceurs sur "
                                "l'appareil d'un visiteur exige en principe son consentement, sauf "
                                "s'ils sont strictement nécessaires au fonctionnement du site. Les "
                                "traceurs de mesure d'audience peuvent être exemptés, à condition "
                                "notamment :</p><ul><li>de servir uniquement à mesurer l'audience "
                                "du site, pour votre compte exclusif ;</li><li>de produire "
                                "uniquement des statistiques anonymes ;</li><li>de ne pas être "
                                "recoupés avec d'autres données ni transmis à des tiers, et de ne "
                                "pas permettre de suivre la personne sur d'autres "
                                "sites.</li></ul><p>La CNIL recommande aussi d'informer les "
                                "visiteurs (dans votre politique de confidentialité), de limiter "
                                "la durée de vie des cookies à 13 mois et de ne pas conserver les "
                                "données plus de 25 mois. Elle publie sur son site des "
                                "informations sur les solutions pouvant être configurées pour "
                                "l'exemption.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Le bandeau cookies",
                                "text": (
                                    "<p>Si vous utilisez des traceurs soumis au consentement "
                                    "(Google Analytics standard, pixel publicitaire de Meta, "
                                    "etc.), votre bandeau doit permettre de <b>refuser aussi "
                                    "facilement que d'accepter</b>, par exemple avec un bouton « "
                                    "Tout refuser » aussi visible que « Tout accepter ». Continuer "
                                    "à naviguer ne vaut pas accord, et ces traceurs ne doivent pas "
                                    "être déposés avant le choix du visiteur. La CNIL a déjà "
                                    "sanctionné de nombreuses entreprises sur ces points.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le choix simple pour un petit site",
                                "text": (
                                    "<p>Si vous voulez seulement savoir combien de personnes "
                                    "visitent votre site et ce qu'elles regardent, une solution "
                                    "exemptée (Matomo bien paramétré, ou des statistiques "
                                    "intégrées qui respectent les mêmes conditions) vous évite de "
                                    "demander un consentement pour la mesure d'audience et vous "
                                    "donne des chiffres plus complets. Chaque mois, regardez "
                                    "surtout trois choses : le nombre de visites, les sources de "
                                    "trafic et les pages les plus consultées.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Vérifiez quel outil de mesure d'audience est installé sur "
                                        "votre site (demandez à votre prestataire si besoin)."
                                    ),
                                    (
                                        "Regardez si votre outil de site ou de boutique en ligne "
                                        "propose déjà des statistiques."
                                    ),
                                    (
                                        "Testez votre bandeau cookies : pouvez-vous refuser en un "
                                        "clic, aussi facilement qu'accepter ?"
                                    ),
                                    (
                                        "Vérifiez que votre politique de confidentialité mentionne "
                                        "l'outil de mesure utilisé."
                                    ),
                                    (
                                        "Notez le nombre de visites et les trois principales "
                                        "sources de trafic du mois dernier."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": "Google Analytics, dans sa configuration standard :",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "nécessite le consentement préalable des visiteurs."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : ses cookies ne remplissent pas, en "
                                            "configuration standard, les conditions de l'exemption "
                                            "prévues par la CNIL."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "est exempté de consentement parce qu'il est gratuit."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "La gratuité ne change rien : ce qui compte, c'est "
                                            "l'usage des données et le respect des conditions de "
                                            "la CNIL."
                                        ),
                                    },
                                    {
                                        "text": "est interdit en France.",
                                        "correct": False,
                                        "explanation": (
                                            "Il n'est pas interdit, mais il faut recueillir le "
                                            "consentement et respecter les règles sur les données "
                                            "personnelles."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Pour être exemptés de consentement, des traceurs de mesure "
                                    "d'audience doivent :"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "servir uniquement à mesurer l'audience du site pour "
                                            "son éditeur."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Oui : c'est la première condition. Toute autre "
                                            "finalité, comme la publicité, exige le consentement."
                                        ),
                                    },
                                    {
                                        "text": "produire uniquement des statistiques anonymes.",
                                        "correct": True,
                                        "explanation": (
                                            "Oui : l'objectif est de compter et d'analyser, pas "
                                            "d'identifier des personnes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "permettre de suivre le visiteur sur d'autres sites."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est justement exclu : un suivi de la navigation sur "
                                            "plusieurs sites fait perdre l'exemption."
                                        ),
                                    },
                                    {
                                        "text": "être partagés avec des régies publicitaires.",
                                        "correct": False,
                                        "explanation": (
                                            "Non : les données ne doivent pas être transmises à "
                                            "des tiers ni recoupées avec d'autres traitements."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre bandeau cookies affiche un gros bouton « Accepter » et "
                                    "un petit lien « Paramétrer » en bas. Est-ce conforme ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Non : refuser doit être aussi simple qu'accepter.",
                                        "correct": True,
                                        "explanation": (
                                            "Exact : la CNIL demande qu'on puisse refuser avec la "
                                            "même facilité, par exemple avec un bouton « Tout "
                                            "refuser » au même niveau."
                                        ),
                                    },
                                    {
                                        "text": "Oui, tant qu'un lien de paramétrage existe.",
                                        "correct": False,
                                        "explanation": (
                                            "Un parcours de refus plus long ou moins visible que "
                                            "l'acceptation n'est pas conforme."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Oui, si le bandeau disparaît quand le visiteur "
                                            "continue à naviguer."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Continuer à naviguer ne vaut pas consentement."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "tableau-de-bord-mensuel",
                    "title": "Tenir votre tableau de bord mensuel",
                    "intro": (
                        "Un modèle de tableau à télécharger, où trouver chaque chiffre et comment "
                        "en tirer une décision concrète en trente minutes par mois."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un tableau de bord, c'est une page que vous remplissez une "
                                "fois par mois et qui vous montre d'un coup d'œil si votre "
                                "commerce avance dans la bonne direction. Pas besoin de logiciel "
                                "spécialisé : un tableur suffit, et le modèle joint à cette leçon "
                                "est prêt à l'emploi.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le fichier joint contient une ligne par mois et une colonne "
                                "par indicateur : visites du site, vues de la fiche Google, "
                                "appels, demandes d'itinéraire, commandes, taux de conversion, "
                                "chiffre d'affaires, panier moyen, dépenses de promotion, nouveaux "
                                "clients, coût d'acquisition, avis reçus, note moyenne et "
                                "remarques. Une ligne d'exemple montre comment le remplir : "
                                "supprimez-la quand vous avez compris le principe.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Ouvrir le fichier correctement",
                                "text": (
                                    "<p>Le fichier est au format CSV, avec le point-virgule comme "
                                    "séparateur, ce qui convient aux tableurs réglés en français : "
                                    "Excel, LibreOffice Calc ou Google Sheets. Si tout s'affiche "
                                    "dans une seule colonne ou si les accents sont abîmés, "
                                    "utilisez la fonction d'import de votre tableur en choisissant "
                                    "le point-virgule comme séparateur et l'encodage UTF-8. "
                                    "Enregistrez ensuite votre tableau au format de votre tableur "
                                    "pour pouvoir ajouter des formules.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Où trouver les chiffres",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Vues, appels, itinéraires</b> : rubrique Performances "
                                "de votre fiche Google.</li><li><b>Visites du site</b> : votre "
                                "outil de mesure d'audience ou les statistiques de votre "
                                "site.</li><li><b>Commandes et chiffre d'affaires</b> : votre "
                                "logiciel de caisse ou votre boutique en "
                                "ligne.</li><li><b>Dépenses de promotion</b> : vos factures de "
                                "publicité en ligne, d'impression, de cadeaux "
                                "clients.</li><li><b>Nouveaux clients</b> : votre fichier clients "
                                "ou votre carnet « Comment nous avez-vous connus ? ».</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Trente minutes par mois, et une décision",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Choisissez une date fixe, par exemple le premier lundi du "
                                "mois. Remplissez la ligne du mois écoulé, comparez avec le même "
                                "mois de l'année passée dès que vous l'aurez, puis posez-vous une "
                                "seule question : <b>qu'est-ce que je fais de différent le mois "
                                "prochain ?</b> Par exemple : « Les demandes d'itinéraire ont "
                                "augmenté depuis que j'ajoute des photos : je continue chaque "
                                "semaine » ou « La publicité m'a coûté 40 € par nouveau client "
                                "pour un panier moyen de 25 € : j'arrête et je teste autre chose "
                                "».</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Notez le contexte",
                                "text": (
                                    "<p>Utilisez la colonne « Remarques » pour noter ce qui "
                                    "explique un chiffre : travaux dans la rue, congés, fête des "
                                    "pères, grosse commande exceptionnelle. Dans un an, vous serez "
                                    "content de vous en souvenir.</p>"
                                ),
                            },
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "plan",
                                "label": "Mettre à jour mon plan",
                                "text": (
                                    "Après chaque bilan mensuel, ajoutez à votre plan guidé "
                                    "l'action que vous décidez de tester le mois suivant."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Téléchargez le modèle de tableau de bord et "
                                        "enregistrez-le dans un dossier sauvegardé."
                                    ),
                                    (
                                        "Remplissez la ligne du mois dernier avec les chiffres "
                                        "dont vous disposez déjà."
                                    ),
                                    (
                                        "Bloquez dans votre agenda trente minutes le premier lundi "
                                        "de chaque mois."
                                    ),
                                    (
                                        "Écrivez une décision concrète pour le mois prochain à "
                                        "partir de vos chiffres."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                    "download": {
                        "title": "Modèle de tableau de bord mensuel",
                        "filename": "tableau-de-bord-mensuel.csv",
                        "content": (
                            "Mois;Visites du site;Vues de la fiche Google;Appels depuis Google;"
                            "Demandes d'itinéraire;Commandes;Taux de conversion (%);"
                            "Chiffre d'affaires (€);Panier moyen (€);Dépenses de promotion (€);"
                            "Nouveaux clients;Coût d'acquisition (€);Avis reçus;Note moyenne;"
                            "Remarques\n"
                            "Exemple (à supprimer);800;1200;35;60;24;3;1080;45;120;8;15;5;4,6;"
                            "Publicité Facebook pour les plateaux de fêtes\n"
                            "Janvier;;;;;;;;;;;;;;\n"
                            "Février;;;;;;;;;;;;;;\n"
                            "Mars;;;;;;;;;;;;;;\n"
                            "Avril;;;;;;;;;;;;;;\n"
                            "Mai;;;;;;;;;;;;;;\n"
                            "Juin;;;;;;;;;;;;;;\n"
                            "Juillet;;;;;;;;;;;;;;\n"
                            "Août;;;;;;;;;;;;;;\n"
                            "Septembre;;;;;;;;;;;;;;\n"
                            "Octobre;;;;;;;;;;;;;;\n"
                            "Novembre;;;;;;;;;;;;;;\n"
                            "Décembre;;;;;;;;;;;;;;\n"
                        ),
                    },
                },
            ],
        },
    ],
}
