"""Webinaires et bootcamp de démonstration, écrits pour les commerçants et artisans.

Les dates sont exprimées en jours par rapport à « maintenant » (days_from_now) et les heures en
heure de Paris, pour que la démo affiche toujours des événements à venir et des replays.
"""

from __future__ import annotations

WEBINARS = [
    {
        "slug": "google-avis-clients",
        "title": "Faire de vos avis Google un atout",
        "summary": (
            "Une heure pour apprendre à obtenir plus d'avis Google sans forcer la main, répondre "
            "sereinement aux critiques et transformer votre fiche en vitrine qui donne envie de "
            "pousser la porte. Vous repartez avec des modèles de réponse prêts à l'emploi."
        ),
        "description": (
            "<p>Quand un client cherche « boulangerie ouverte » ou « réparation vélo » près de "
            "chez lui, il lit d'abord les avis. Ce webinaire s'adresse aux commerçants et "
            "artisans qui ont déjà une fiche d'établissement Google, même peu remplie, et qui "
            "veulent en faire un vrai outil.</p>"
            "<p><b>Au programme :</b></p>"
            "<ul>"
            "<li>Demander des avis au bon moment : QR code en caisse, carte glissée dans le sac, "
            "petit mot après une commande.</li>"
            "<li>Répondre à tous les avis, y compris au client mécontent, sans se justifier "
            "pendant dix lignes.</li>"
            "<li>Ce qui est interdit : acheter des avis, offrir une remise en échange d'une note "
            "ou ne solliciter que les clients satisfaits.</li>"
            "<li>Signaler un faux avis ou un commentaire injurieux, et savoir quoi en "
            "attendre.</li>"
            "<li>Lire les statistiques de votre fiche pour voir ce que vos avis changent.</li>"
            "</ul>"
            "<p>Nous prendrons en direct l'exemple d'une fleuriste et d'un magasin de vélos, et "
            "nous répondrons ensemble à de vrais avis anonymisés proposés par les participants.</p>"
            "<p><b>À préparer :</b> l'accès à votre fiche Google (l'adresse e-mail qui la gère) "
            "et, si vous le souhaitez, un ou deux avis auxquels vous n'avez pas encore osé "
            "répondre. <i>Aucune connaissance technique n'est nécessaire.</i></p>"
        ),
        "speakers": [
            {
                "name": "Hélène Garnier-Roux",
                "role": "Conseillère numérique, CCI de Lyon",
            },
        ],
        "days_from_now": 6,
        "start_time": "18:30",
        "duration_minutes": 60,
        "capacity": 100,
        "join_url": "https://visio.example/webinaires/avis-google",
        "replay_url": "",
        "materials": [],
        "related_courses": ["fiche-google", "mesurer-resultats"],
    },
    {
        "slug": "facture-electronique-etre-pret-2027",
        "title": "Facture électronique : recevoir dès maintenant, émettre en 2027",
        "summary": (
            "Depuis le 1er septembre 2026, votre commerce doit pouvoir recevoir des factures "
            "électroniques ; à partir du 1er septembre 2027, il devra aussi en émettre. En 45 "
            "minutes, faites le point sur ce qui vous concerne et sur le choix de votre "
            "plateforme agréée."
        ),
        "description": (
            "<p>La réforme de la facture électronique est entrée dans sa phase concrète. "
            "<b>Depuis le 1er septembre 2026</b>, toutes les entreprises assujetties à la TVA, "
            "y compris les micro-entreprises, doivent être capables de recevoir les factures "
            "de leurs fournisseurs au format électronique. <b>À partir du 1er septembre "
            "2027</b>, les PME et micro-entreprises devront à leur tour émettre leurs factures "
            "entre professionnels sous ce format, et transmettre les données de leurs ventes "
            "aux particuliers (e-reporting).</p>"
            "<p>Pendant cette pause déjeuner, nous verrons :</p>"
            "<ul>"
            "<li>pourquoi un PDF envoyé par e-mail n'est pas une facture électronique ;</li>"
            "<li>ce que change la réforme pour un commerce qui vend surtout à des "
            "particuliers, comme une boulangerie ou un fleuriste ;</li>"
            "<li>comment choisir une plateforme agréée avec votre comptable, et les questions à "
            "poser avant de signer ;</li>"
            "<li>les nouvelles mentions à prévoir sur vos factures et la mise à jour de votre "
            "fichier clients professionnels.</li>"
            "</ul>"
            "<p><b>À préparer :</b> une facture fournisseur récente, le nom de votre logiciel "
            "de caisse ou de facturation, et les coordonnées de votre expert-comptable. "
            "<i>Les questions posées dans le chat seront reprises dans une foire aux questions "
            "envoyée après la séance.</i></p>"
        ),
        "speakers": [
            {
                "name": "Bertrand Lemaire-Vasseur",
                "role": "Expert-comptable, cabinet partenaire",
            },
            {
                "name": "Amina Belkacem",
                "role": "Conseillère entreprises, CCI de Lyon",
            },
        ],
        "days_from_now": 12,
        "start_time": "12:30",
        "duration_minutes": 45,
        "capacity": 150,
        "join_url": "https://visio.example/webinaires/facture-electronique",
        "replay_url": "",
        "materials": [],
        "related_courses": ["facturation-electronique"],
    },
    {
        "slug": "instagram-commerce-de-quartier",
        "title": "Instagram pour votre commerce de quartier",
        "summary": (
            "Donner envie aux gens du quartier de passer à la boutique grâce à Instagram : quoi "
            "publier, à quel rythme, et comment filmer un Reel avec votre téléphone entre deux "
            "clients. Vous repartez avec un calendrier de publication pour le mois."
        ),
        "description": (
            "<p>Instagram n'est pas réservé aux marques nationales : c'est souvent là que les "
            "habitants découvrent la nouvelle fournée du samedi, l'arrivage de pivoines ou le "
            "vélo d'occasion révisé de la semaine. Ce webinaire s'adresse aux commerçants qui "
            "ont un compte peu actif, ou qui hésitent encore à se lancer.</p>"
            "<p><b>Ce que nous verrons ensemble :</b></p>"
            "<ul>"
            "<li>Passer en compte professionnel et soigner la bio : adresse, horaires, lien "
            "vers votre fiche Google ou votre click and collect.</li>"
            "<li>Trois formats qui marchent pour une boutique : la story du jour, le Reel "
            "« dans les coulisses » et la publication épinglée.</li>"
            "<li>Filmer et monter un Reel de 20 secondes avec votre seul smartphone.</li>"
            "<li>Utiliser la localisation, les stories à la une et les collaborations avec les "
            "commerces voisins.</li>"
            "<li>Tenir le rythme sans y passer ses soirées : 30 minutes par semaine, organisées "
            "à l'avance.</li>"
            "</ul>"
            "<p><b>À préparer :</b> votre téléphone chargé, l'application Instagram installée "
            "et, idéalement, trois ou quatre photos récentes de votre boutique ou de vos "
            "produits. Nous commenterons quelques comptes de participants volontaires en "
            "direct, avec bienveillance.</p>"
        ),
        "speakers": [
            {
                "name": "Léa Fontanel",
                "role": "Formatrice réseaux sociaux, réseau des conseillers numériques",
            },
        ],
        "days_from_now": 19,
        "start_time": "18:30",
        "duration_minutes": 60,
        "capacity": 80,
        "join_url": "https://visio.example/webinaires/instagram-quartier",
        "replay_url": "",
        "materials": [],
        "related_courses": ["reseaux-sociaux", "photos-produits"],
    },
    {
        "slug": "click-and-collect-avant-les-fetes",
        "title": "Ouvrir votre click and collect avant les fêtes",
        "summary": (
            "Bûches, bouquets, cadeaux : les commandes de fin d'année se préparent maintenant. "
            "Découvrez comment ouvrir un click and collect simple en quelques jours, avec des "
            "créneaux de retrait et un paiement à l'avance, sans vous laisser déborder."
        ),
        "description": (
            "<p>Pendant les fêtes, vos clients veulent commander à l'avance et passer "
            "récupérer sans faire la queue. Un click and collect bien pensé vous aide aussi : "
            "vous savez quoi préparer, et les commandes sont payées avant le jour J. Ce "
            "webinaire de la pause déjeuner s'adresse aux boulangers, fleuristes, cavistes, "
            "chocolatiers et à tous les commerces qui vivent un pic en décembre.</p>"
            "<p><b>Au programme :</b></p>"
            "<ul>"
            "<li>Choisir un outil adapté à votre taille : module de votre logiciel de caisse, "
            "boutique en ligne simple ou plateforme locale.</li>"
            "<li>Construire un catalogue de fêtes court, avec des photos nettes et des prix "
            "clairs.</li>"
            "<li>Fixer des créneaux de retrait et des quantités maximales pour ne pas dépasser "
            "ce que votre atelier peut produire.</li>"
            "<li>Encaisser un acompte ou la totalité en ligne, et gérer les annulations.</li>"
            "<li>Faire savoir que le service existe : vitrine, fiche Google, réseaux sociaux.</li>"
            "</ul>"
            "<p><b>À préparer :</b> la liste des produits que vous voulez proposer en "
            "précommande, vos horaires d'ouverture pendant les fêtes et, si vous en avez un, "
            "le nom de votre logiciel de caisse. <i>Une démonstration complète sera faite à "
            "partir d'une commande de bûche, de la prise de commande au retrait.</i></p>"
        ),
        "speakers": [
            {
                "name": "Julien Marchetti",
                "role": "Conseiller commerce et numérique, CMA Auvergne-Rhône-Alpes",
            },
        ],
        "days_from_now": 26,
        "start_time": "12:30",
        "duration_minutes": 60,
        "capacity": 60,
        "join_url": "https://visio.example/webinaires/click-and-collect-fetes",
        "replay_url": "",
        "materials": [],
        "related_courses": ["click-and-collect", "paiement-en-ligne", "photos-produits"],
    },
    {
        "slug": "hameconnage-faux-changement-rib",
        "title": "Hameçonnage et faux changement de RIB : ne pas se faire piéger",
        "summary": (
            "Faux e-mail de fournisseur, SMS de livraison, appel d'un prétendu conseiller "
            "bancaire : apprenez à reconnaître les arnaques qui visent les petits commerces et "
            "à réagir vite si l'une d'elles a fonctionné. Replay et fiche réflexe disponibles."
        ),
        "description": (
            "<p>Les petits commerces sont des cibles de choix : peu de personnel, beaucoup de "
            "factures et une boîte mail consultée entre deux clients. Cette séance a présenté "
            "les arnaques les plus fréquentes et les bons réflexes pour s'en protéger.</p>"
            "<p><b>Ce qui a été abordé :</b></p>"
            "<ul>"
            "<li>Reconnaître un message d'hameçonnage : urgence, lien douteux, adresse "
            "d'expéditeur presque identique.</li>"
            "<li>La fraude au changement de RIB : un « fournisseur » annonce une nouvelle "
            "banque juste avant une échéance. Le réflexe : rappeler le fournisseur au numéro "
            "que vous connaissez déjà, jamais à celui indiqué dans le message.</li>"
            "<li>Le faux conseiller bancaire qui demande de valider une opération ou de "
            "communiquer un code reçu par SMS.</li>"
            "<li>Activer la double authentification sur la messagerie et la banque en "
            "ligne.</li>"
            "<li>Si c'est trop tard : appeler sa banque immédiatement, changer ses mots de "
            "passe, porter plainte et se faire accompagner via 17Cyber ou "
            "cybermalveillance.gouv.fr.</li>"
            "</ul>"
            "<p>Le replay reprend aussi les questions des participants, dont celle d'un "
            "réparateur de vélos qui avait reçu une fausse facture de « référencement ». "
            "<i>Pensez à transférer les SMS suspects au 33700.</i></p>"
        ),
        "speakers": [
            {
                "name": "Karim Delaunay",
                "role": "Référent cybersécurité, CCI de Lyon",
            },
            {
                "name": "Sophie Arnoux",
                "role": "Chargée de clientèle professionnels, banque partenaire",
            },
        ],
        "days_from_now": -7,
        "start_time": "12:30",
        "duration_minutes": 45,
        "capacity": 120,
        "join_url": "https://visio.example/webinaires/hameconnage-rib",
        "replay_url": "https://video.example/replay/hameconnage-faux-changement-rib",
        "materials": [
            {
                "title": "Support de présentation",
                "url": "https://docs.example/webinaires/hameconnage-rib/support.pdf",
            },
            {
                "title": "Fiche réflexe : vérifier un changement de RIB",
                "url": "https://docs.example/webinaires/hameconnage-rib/fiche-reflexe.pdf",
            },
        ],
        "related_courses": ["cybersecurite-essentiels"],
    },
    {
        "slug": "aides-numerique-cheque-france-num",
        "title": "Chèque France Num et aides régionales : s'y retrouver",
        "summary": (
            "Le chèque France Num existe-t-il encore ? Quelles aides régionales peuvent "
            "financer un site ou un logiciel de caisse ? Cette séance a fait le tri entre "
            "dispositifs clos, aides ouvertes et offres trop belles pour être vraies."
        ),
        "description": (
            "<p>Beaucoup de commerçants ont entendu parler du chèque France Num, l'aide "
            "ponctuelle mise en place pendant la crise sanitaire, et se demandent s'ils peuvent "
            "encore en bénéficier. Ce webinaire a fait le point sur les aides au numérique et "
            "sur la façon de trouver celles qui sont réellement ouvertes.</p>"
            "<p><b>Ce qui a été abordé :</b></p>"
            "<ul>"
            "<li>Pourquoi le chèque France Num n'est plus ouvert aux demandes, et ce qui reste "
            "utile sur le site France Num : guides, tests et annuaire d'accompagnateurs.</li>"
            "<li>Les aides des régions, des intercommunalités et des chambres consulaires : "
            "chèques ou pass numériques, diagnostics, accompagnements collectifs.</li>"
            "<li>Pourquoi ces dispositifs changent souvent, et pourquoi votre conseiller "
            "vérifie avec vous ce qui est ouvert au moment où vous montez votre projet.</li>"
            "<li>Préparer un dossier : devis détaillés, chiffre d'affaires, numéro SIRET, "
            "calendrier du projet.</li>"
            "<li>Se méfier des démarcheurs qui promettent un site « 100 % financé par "
            "l'État ».</li>"
            "</ul>"
            "<p>Le replay a été découpé par question, pour retrouver facilement l'exemple "
            "d'une boulangère qui voulait financer une boutique en ligne et un nouveau "
            "logiciel de caisse. <i>Les montants et conditions évoluent : prenez rendez-vous "
            "avec votre conseiller avant d'engager une dépense.</i></p>"
        ),
        "speakers": [
            {
                "name": "Nathalie Perrin-Dubost",
                "role": "Conseillère financement des entreprises, CCI de Lyon",
            },
        ],
        "days_from_now": -21,
        "start_time": "18:30",
        "duration_minutes": 60,
        "capacity": 30,
        "join_url": "https://visio.example/webinaires/aides-numerique",
        "replay_url": "https://video.example/replay/aides-numerique-cheque-france-num",
        "materials": [
            {
                "title": "Support de présentation",
                "url": "https://docs.example/webinaires/aides-numerique/support.pdf",
            },
        ],
        "related_courses": ["premiers-pas-numerique", "choisir-marketplace"],
    },
]

BOOTCAMP = {
    "slug": "bootcamp-vendre-en-ligne-lyon",
    "title": "Bootcamp « Vendre en ligne » : votre boutique ouverte en trois semaines",
    "summary": (
        "Quatre séances en petit groupe, à Lyon et en visio, pour ouvrir une vente en ligne ou "
        "un click and collect qui tient la route : catalogue, photos, paiement, retrait et "
        "premières commandes. Douze places, accompagnement personnalisé."
    ),
    "description": (
        "<p><b>La promesse :</b> en trois semaines, passer de « il faudrait que je vende en "
        "ligne » à une boutique réellement ouverte, avec vos produits, vos créneaux de retrait "
        "et vos premières commandes. Pas de théorie pour la théorie : chaque séance se termine "
        "par une étape concrète réalisée sur votre propre commerce.</p>"
        "<p><b>Le rythme :</b> quatre séances, dont deux matinées en présentiel dans les locaux "
        "de la CCI et deux séances en visio, avec entre chaque rendez-vous un peu de travail "
        "personnel, environ deux heures par semaine. Un groupe d'échange permet de poser vos "
        "questions au formateur et aux autres participants entre les séances.</p>"
        "<p><b>Pour qui ?</b> Les commerçants et artisans de la métropole lyonnaise qui "
        "vendent déjà en boutique et veulent ouvrir un canal en ligne : boulangerie, fleuriste, "
        "magasin de vélos, épicerie fine, librairie, atelier de création. Aucune compétence "
        "technique n'est demandée, mais il faut pouvoir consacrer du temps au projet pendant "
        "ces trois semaines.</p>"
        "<p><b>Vous repartez avec :</b></p>"
        "<ul>"
        "<li>une boutique en ligne ou un click and collect en service, avec au moins dix "
        "produits bien présentés ;</li>"
        "<li>des photos produits réalisées par vos soins, avec votre smartphone ;</li>"
        "<li>le paiement en ligne et les modalités de retrait ou de livraison configurés ;</li>"
        "<li>un plan pour faire connaître votre boutique et un tableau simple pour suivre vos "
        "ventes.</li>"
        "</ul>"
        "<p>Le groupe est limité à douze participants pour que chacun soit accompagné. Les "
        "candidatures sont étudiées dans l'ordre d'arrivée ; une attestation est remise à ceux "
        "qui ont suivi au moins trois séances sur quatre.</p>"
    ),
    "capacity": 12,
    "sessions_required": 3,
    "application_prompt": (
        "En quelques phrases, dites-nous ce que vous aimeriez vendre en ligne d'ici la fin du "
        "bootcamp, et à quels clients."
    ),
    "sessions": [
        {
            "title": "Séance 1 : votre projet, votre catalogue et le bon outil",
            "days_from_now": 10,
            "start_time": "09:30",
            "duration_minutes": 180,
            "online": False,
            "address": ("CCI — Espace Commerce et Numérique, 18 rue des Artisans, 69003 Lyon"),
        },
        {
            "title": "Séance 2 : photos produits et fiches qui donnent envie",
            "days_from_now": 15,
            "start_time": "18:30",
            "duration_minutes": 120,
            "online": True,
            "address": "",
        },
        {
            "title": "Séance 3 : paiement en ligne, retrait et livraison",
            "days_from_now": 22,
            "start_time": "12:30",
            "duration_minutes": 90,
            "online": True,
            "address": "",
        },
        {
            "title": "Séance 4 : lancement, premières commandes et suivi des ventes",
            "days_from_now": 29,
            "start_time": "09:30",
            "duration_minutes": 180,
            "online": False,
            "address": ("CCI — Espace Commerce et Numérique, 18 rue des Artisans, 69003 Lyon"),
        },
    ],
    "related_courses": [
        "click-and-collect",
        "photos-produits",
        "paiement-en-ligne",
        "livraison-logistique",
    ],
}
