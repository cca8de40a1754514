"""Demo track "Gérer et sécuriser": RGPD, cybersecurity and e-invoicing for small shops."""

TRACK = {
    "slug": "gerer-et-securiser",
    "title": "Gérer et sécuriser",
    "intro": (
        "Pour les commerçants et artisans qui veulent protéger les données de leurs clients, se "
        "prémunir contre les piratages et les arnaques, et se préparer sereinement à la facture "
        "électronique."
    ),
    "is_core": False,
    "courses": [
        {
            "slug": "rgpd-petit-commerce",
            "title": "Le RGPD pour un petit commerce",
            "summary": (
                "Savoir quelles données clients vous pouvez garder, combien de temps, comment "
                "tenir un registre simple et encadrer vos caméras : l'essentiel du RGPD pour une "
                "boutique, sans jargon ni juriste."
            ),
            "objectives": [
                "Repérer les données personnelles que votre commerce collecte au quotidien.",
                "Tenir un registre des traitements simple à partir d'un modèle prêt à remplir.",
                (
                    "Appliquer les bonnes durées de conservation et répondre aux demandes de vos "
                    "clients."
                ),
                "Encadrer vos caméras et votre site, et réagir en cas de fuite de données.",
            ],
            "level": "beginner",
            "effort_hours": "2",
            "format": "online",
            "themes": [
                "RGPD",
                "Données clients",
                "CNIL",
            ],
            "prerequisites": [],
            "prerequisites_text": (
                "Aucun prérequis : il suffit de savoir ce que vous notez sur vos clients "
                "(cahier, fichier ou logiciel)."
            ),
            "lessons": [
                {
                    "slug": "rgpd-en-clair",
                    "title": "Le RGPD en clair pour votre commerce",
                    "intro": (
                        "Ce qu'est une donnée personnelle dans la vie de tous les jours d'une "
                        "boutique, et les quatre règles simples que le RGPD vous demande de "
                        "suivre."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le RGPD (Règlement général sur la protection des données) "
                                "s'applique depuis 2018 à toutes les entreprises, y compris la "
                                "boulangerie du coin. Il ne vous interdit pas de connaître vos "
                                "clients : il vous demande de ne garder que ce qui vous est "
                                "utile, de le protéger et de dire clairement ce que vous en "
                                "faites.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Une donnée personnelle, c'est quoi ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>C'est toute information qui permet de reconnaître une "
                                "personne, directement ou indirectement. Pas seulement un nom : "
                                "un numéro de téléphone, une adresse e-mail, une plaque "
                                "d'immatriculation, une image filmée par une caméra ou un "
                                "historique d'achats lié à une carte de fidélité en sont aussi. "
                                "Quelques exemples :</p><ul><li><b>Fleuriste</b> : le nom et "
                                "l'adresse du destinataire d'un bouquet livré, le message écrit "
                                "sur la carte.</li><li><b>Coiffeur</b> : l'agenda des "
                                "rendez-vous, la fiche technique couleur de chaque "
                                "cliente.</li><li><b>Garage</b> : le nom, le téléphone, "
                                "l'immatriculation et le kilométrage notés sur l'ordre de "
                                "réparation.</li><li><b>Boulangerie</b> : le cahier des "
                                "commandes de gâteaux avec les numéros de téléphone, le fichier "
                                "de la carte de fidélité.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Les données sensibles",
                                "text": (
                                    "<p>Certaines informations demandent une prudence "
                                    "particulière, par exemple les données de santé. Une "
                                    "allergie notée sur la fiche d'une cliente du salon en fait "
                                    "partie : ne l'écrivez que si elle sert vraiment à la "
                                    "prestation, avec l'accord explicite de la personne, et "
                                    "gardez-la hors de vue.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les quatre règles à retenir",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><b>Un objectif précis.</b> Vous collectez un numéro de "
                                "téléphone pour prévenir que la commande est prête, pas pour le "
                                "revendre ni pour autre chose sans le dire.</li><li><b>Le strict "
                                "nécessaire.</b> Pour souhaiter un anniversaire, le jour et le "
                                "mois suffisent : inutile de demander l'année de "
                                "naissance.</li><li><b>Une durée limitée.</b> Chaque donnée a "
                                "une date de péremption, comme les produits de votre vitrine. "
                                "Nous verrons les durées dans la leçon 3.</li><li><b>Des données "
                                "protégées.</b> Le cahier de commandes ne traîne pas sur le "
                                "comptoir, l'ordinateur de la boutique a un mot de passe, chaque "
                                "salarié a son propre accès au logiciel de caisse.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Qui contrôle ?",
                                "text": (
                                    "<p>En France, c'est la <a "
                                    'href="https://www.cnil.fr">CNIL</a> (Commission nationale '
                                    "de l'informatique et des libertés). Elle publie des guides "
                                    "gratuits pour les petites entreprises et accompagne "
                                    "beaucoup. Elle peut aussi contrôler et sanctionner, avec "
                                    "des montants adaptés à la taille de l'entreprise et à la "
                                    "gravité du manquement.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Vous n'êtes pas seul",
                                "text": (
                                    "<p>Votre logiciel de caisse ou votre outil de prise de "
                                    "rendez-vous traitent des données pour votre compte : ce "
                                    "sont vos sous-traitants, et ils doivent vous aider à "
                                    "respecter le RGPD.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Faire la liste de tout ce que je note sur mes clients : "
                                        "cahiers, fichiers, logiciels, téléphone."
                                    ),
                                    (
                                        "Barrer les informations que je demande mais dont je ne "
                                        "me sers jamais."
                                    ),
                                    "Ranger le cahier de commandes hors de vue des clients.",
                                    (
                                        "Vérifier que l'ordinateur et le logiciel de caisse sont "
                                        "protégés par un mot de passe."
                                    ),
                                    (
                                        "Retrouver le contrat de mon logiciel de caisse ou de "
                                        "rendez-vous et repérer la partie sur les données "
                                        "personnelles."
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
                                    "Parmi ces informations, laquelle n'est PAS une donnée "
                                    "personnelle ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "La plaque d'immatriculation de la voiture d'un "
                                            "client du garage."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Une plaque permet de retrouver le propriétaire du "
                                            "véhicule : c'est une donnée personnelle, même sans "
                                            "le nom à côté."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le chiffre d'affaires total de la boutique pour la "
                                            "journée."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Un total de ventes ne permet d'identifier personne "
                                            ": ce n'est pas une donnée personnelle. Le détail "
                                            "des achats d'un client nommé, en revanche, en est "
                                            "une."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'image d'une cliente filmée par la caméra du magasin."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Une image permet de reconnaître une personne : elle "
                                            "est soumise au RGPD, d'où les règles sur la "
                                            "vidéosurveillance."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'adresse e-mail professionnelle "
                                            "prenom.nom@entreprise.fr d'un client."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Même professionnelle, une adresse qui contient le "
                                            "nom d'une personne permet de l'identifier : c'est "
                                            "une donnée personnelle."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre coiffeuse veut offrir une petite remise à ses "
                                    "clientes pour leur anniversaire. Quelles pratiques "
                                    "respectent le RGPD ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Demander seulement le jour et le mois de naissance."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est le principe de minimisation : l'année ne sert "
                                            "à rien pour souhaiter un anniversaire, inutile de "
                                            "la collecter."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Expliquer à quoi sert l'information et laisser la "
                                            "cliente libre de ne pas la donner."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les personnes doivent savoir pourquoi on leur "
                                            "demande une information. Ici, la remise est un plus "
                                            ": refuser ne doit pas empêcher d'être cliente."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Demander la date de naissance complète « au cas où "
                                            "» elle servirait plus tard."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Collecter une donnée « au cas où » est justement ce "
                                            "que le RGPD interdit : chaque donnée doit avoir un "
                                            "objectif précis dès le départ."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Noter aussi le numéro de sécurité sociale pour être "
                                            "sûre de l'identité."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est totalement disproportionné pour une remise "
                                            "d'anniversaire, et ce numéro fait l'objet de règles "
                                            "très strictes."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quelle autorité fait respecter le RGPD en France ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "La CNIL.",
                                        "correct": True,
                                        "explanation": (
                                            "La Commission nationale de l'informatique et des "
                                            "libertés conseille les entreprises, reçoit les "
                                            "plaintes, contrôle et peut sanctionner."
                                        ),
                                    },
                                    {
                                        "text": "La DGCCRF.",
                                        "correct": False,
                                        "explanation": (
                                            "La DGCCRF protège les consommateurs (prix, "
                                            "étiquetage, pratiques commerciales), mais ce n'est "
                                            "pas elle qui contrôle le RGPD."
                                        ),
                                    },
                                    {
                                        "text": "L'ANSSI.",
                                        "correct": False,
                                        "explanation": (
                                            "L'ANSSI est l'agence nationale de la sécurité des "
                                            "systèmes d'information : elle publie d'excellents "
                                            "guides de cybersécurité, mais ne contrôle pas le "
                                            "RGPD."
                                        ),
                                    },
                                    {
                                        "text": "La chambre de commerce et d'industrie.",
                                        "correct": False,
                                        "explanation": (
                                            "Les CCI et les chambres de métiers peuvent vous "
                                            "accompagner, mais elles n'ont aucun pouvoir de "
                                            "contrôle sur les données personnelles."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "registre-des-traitements",
                    "title": "Tenir votre registre des traitements",
                    "intro": (
                        "Le registre est l'inventaire de ce que vous faites avec des données "
                        "personnelles. Avec notre modèle, une heure suffit pour créer le vôtre."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Le registre des traitements est un simple tableau qui "
                                "recense ce que votre commerce fait avec des données "
                                "personnelles. Pour une boutique, il tient souvent sur une page. "
                                "Il vous aide à y voir clair, et c'est le premier document que "
                                "la CNIL demande lors d'un contrôle.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Suis-je vraiment obligé d'en tenir un ?",
                                "text": (
                                    "<p>Le RGPD prévoit une dispense pour les structures de "
                                    "moins de 250 salariés, mais seulement pour les traitements "
                                    "occasionnels. Or votre fichier clients, vos commandes ou la "
                                    "paie de votre apprenti sont des traitements réguliers. En "
                                    "pratique, tout commerce qui a un fichier clients doit tenir "
                                    'un registre. La <a href="https://www.cnil.fr">CNIL</a> '
                                    "propose d'ailleurs un modèle simplifié pour les petites "
                                    "structures.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Une ligne par activité",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un « traitement », c'est une activité qui utilise des "
                                "données dans un but précis. Dans un petit commerce, on retrouve "
                                "souvent :</p><ul><li>la gestion des clients : commandes, "
                                "factures, carte de fidélité ;</li><li>le fichier de prospects "
                                "ou la newsletter ;</li><li>la vidéosurveillance ;</li><li>la "
                                "gestion du personnel (paie, planning, congés) si vous avez des "
                                "salariés ;</li><li>la prise de rendez-vous en ligne, pour un "
                                "salon ou un garage.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les colonnes à remplir",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour chaque ligne, vous indiquez :</p><ul><li><b>La "
                                "finalité</b> : à quoi cela sert (« préparer et facturer les "
                                "commandes »).</li><li><b>Les personnes concernées</b> : "
                                "clients, prospects, salariés…</li><li><b>Les données "
                                "collectées</b> : nom, téléphone, e-mail, images…</li><li><b>Qui "
                                "y a accès</b> : vous, vos vendeurs, votre expert-comptable, "
                                "l'éditeur du logiciel.</li><li><b>La durée de conservation</b> "
                                ": combien de temps vous gardez les données.</li><li><b>Les "
                                "mesures de sécurité</b> : mot de passe, armoire fermée, "
                                "sauvegarde.</li><li><b>Un éventuel transfert hors de l'Union "
                                "européenne</b> : par exemple si votre outil de newsletter "
                                "stocke les données ailleurs. Posez la question à "
                                "l'éditeur.</li></ul><p>Ajoutez en haut du document votre nom, "
                                "celui du commerce et vos coordonnées : c'est vous le « "
                                "responsable de traitement ».</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Partez de notre modèle",
                                "text": (
                                    "<p>Le fichier à télécharger contient trois lignes d'exemple "
                                    ": clients, prospects et newsletter, vidéosurveillance. "
                                    "Ouvrez-le avec votre tableur (séparateur point-virgule), "
                                    "remplacez les exemples par votre réalité et supprimez ce "
                                    "qui ne vous concerne pas. Pas de caméra ? Effacez la "
                                    "ligne.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un document vivant",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Mettez le registre à jour dès que quelque chose change : "
                                "nouveau logiciel de caisse, nouvelle caméra, lancement d'une "
                                "newsletter, embauche d'un premier salarié. Notez la date de la "
                                "dernière mise à jour et rangez-le là où vous le retrouverez : "
                                "classeur administratif ou dossier sauvegardé sur l'ordinateur. "
                                "Un registre rempli une fois puis oublié ne vous protège pas "
                                "longtemps.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    "Télécharger le modèle et l'ouvrir dans mon tableur.",
                                    (
                                        "Lister toutes les activités de ma boutique qui "
                                        "utilisent des données personnelles."
                                    ),
                                    (
                                        "Remplir au moins la ligne « gestion des clients » "
                                        "aujourd'hui."
                                    ),
                                    (
                                        "Demander à mon éditeur de newsletter ou de caisse où "
                                        "sont stockées les données."
                                    ),
                                    (
                                        "Noter dans mon agenda une relecture du registre une "
                                        "fois par an."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                    "download": {
                        "title": "Modèle de registre des traitements (tableur)",
                        "filename": "registre-des-traitements.csv",
                        "content": (
                            "Traitement;Finalité;Personnes concernées;Données collectées;Qui y a "
                            "accès;Durée de conservation;Mesures de sécurité;Transfert hors UE\n"
                            "Gestion des clients;Prendre et suivre les commandes, facturer, "
                            "gérer la carte de fidélité;Clients;Nom, prénom, téléphone, e-mail, "
                            "historique d'achats, factures;Le gérant, les vendeurs, "
                            "l'expert-comptable (factures);Pendant toute la relation "
                            "commerciale, factures et pièces comptables 10 ans;Logiciel de "
                            "caisse protégé par mot de passe, un compte par salarié, sauvegarde "
                            "régulière;Non\n"
                            "Fichier prospects et newsletter;Envoyer la lettre d'information et "
                            "les offres de la boutique;Personnes inscrites à la newsletter "
                            "(clients et prospects);Prénom, e-mail, date d'inscription, preuve "
                            "du consentement;Le gérant, l'outil d'envoi d'e-mails;3 ans maximum "
                            "après le dernier contact venant de la personne;Double "
                            "authentification sur l'outil d'envoi, lien de désinscription dans "
                            "chaque envoi;À vérifier auprès de l'outil d'envoi\n"
                            "Vidéosurveillance;Sécurité des biens et des personnes, prévention "
                            "des vols;Clients, salariés, livreurs et fournisseurs;Images (sans "
                            "le son);Le gérant uniquement;30 jours maximum, effacement "
                            "automatique;Enregistreur dans un local fermé, accès par code, "
                            "panneau d'information à l'entrée, autorisation préfectorale pour la "
                            "surface de vente;Non\n"
                        ),
                    },
                },
                {
                    "slug": "durees-et-droits",
                    "title": "Durées de conservation et droits de vos clients",
                    "intro": (
                        "Combien de temps garder chaque donnée, comment informer vos clients et "
                        "comment répondre quand l'un d'eux vous demande ce que vous savez sur "
                        "lui."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Garder des données « au cas où » est l'erreur la plus "
                                "courante. Un fichier qui grossit sans fin coûte du temps, "
                                "augmente les risques en cas de piratage et n'est pas conforme. "
                                "Voici les repères à connaître.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Combien de temps garder quoi ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Clients</b> : pendant toute la relation commerciale. "
                                "Vous pouvez ensuite garder leurs coordonnées pour leur proposer "
                                "vos offres jusqu'à 3 ans après la fin de la relation, par "
                                "exemple après leur dernier achat.</li><li><b>Prospects</b> "
                                "(personnes qui n'ont jamais acheté : inscrits à un "
                                "jeu-concours, à la newsletter) : au plus 3 ans après leur "
                                "dernier contact avec vous, comme une demande de devis ou une "
                                "réponse à un message. C'est la recommandation de la "
                                "CNIL.</li><li><b>Factures et pièces comptables</b> : 10 ans, "
                                "comme le prévoit le Code de commerce.</li><li><b>Images de "
                                "vidéosurveillance</b> : quelques jours suffisent en général, un "
                                "mois au maximum.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le grand ménage annuel",
                                "text": (
                                    "<p>Choisissez un moment calme, par exemple la fin janvier, "
                                    "pour supprimer les fiches sans contact depuis plus de 3 ans "
                                    "et passer au broyeur les vieux bons de commande papier. Une "
                                    "heure par an suffit.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Informer vos clients",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Dès que vous collectez des données, dites qui vous êtes, "
                                "pourquoi vous les demandez, combien de temps vous les gardez, à "
                                "qui elles sont transmises et comment exercer ses droits. Sur le "
                                "formulaire papier de la carte de fidélité, quelques lignes en "
                                "bas suffisent. Sur votre site, prévoyez une page « Données "
                                "personnelles ». Pour envoyer une newsletter à des particuliers, "
                                "il faut en principe leur accord préalable, avec une case non "
                                "cochée d'avance, et un lien de désinscription dans chaque "
                                "envoi.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Répondre aux demandes de vos clients",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Vos clients disposent notamment de quatre droits "
                                ":</p><ul><li><b>Accès</b> : savoir ce que vous avez sur eux et "
                                "en obtenir une copie.</li><li><b>Rectification</b> : faire "
                                "corriger une information fausse.</li><li><b>Effacement</b> : "
                                "faire supprimer leurs données, sauf celles que la loi vous "
                                "oblige à garder, comme les factures.</li><li><b>Opposition</b> "
                                ": refuser de recevoir vos offres, à tout moment et sans avoir à "
                                "se justifier.</li></ul><p>Vous devez répondre gratuitement et "
                                "dans un délai d'un mois. Pour une demande complexe, ce délai "
                                "peut être prolongé de deux mois, à condition de prévenir la "
                                "personne.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Vérifier l'identité, sans excès",
                                "text": (
                                    "<p>Avant d'envoyer une copie des données, assurez-vous que "
                                    "la demande vient bien de la personne : message envoyé "
                                    "depuis l'adresse que vous connaissez, demande faite en "
                                    "boutique. Ne réclamez une pièce d'identité qu'en cas de "
                                    "doute réel.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Supprimer de mon fichier les prospects sans aucun "
                                        "contact depuis plus de 3 ans."
                                    ),
                                    (
                                        "Ajouter quelques lignes d'information en bas du "
                                        "formulaire de ma carte de fidélité."
                                    ),
                                    (
                                        "Vérifier que la case d'inscription à ma newsletter "
                                        "n'est pas cochée d'avance."
                                    ),
                                    (
                                        "Choisir une adresse e-mail où mes clients peuvent "
                                        "exercer leurs droits et l'afficher."
                                    ),
                                    (
                                        "Bloquer une date dans mon agenda pour le grand ménage "
                                        "annuel du fichier clients."
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
                                    "Une personne inscrite à la newsletter de votre fleuristerie "
                                    "n'a rien acheté et ne vous a pas contacté depuis 4 ans. Que "
                                    "faire ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "La supprimer du fichier.",
                                        "correct": True,
                                        "explanation": (
                                            "Au-delà de 3 ans sans contact venant de la "
                                            "personne, la CNIL recommande de supprimer ses "
                                            "données (ou de les anonymiser)."
                                        ),
                                    },
                                    {
                                        "text": "La garder : elle reviendra peut-être un jour.",
                                        "correct": False,
                                        "explanation": (
                                            "Garder des données « au cas où » n'est pas permis : "
                                            "la durée de conservation doit être limitée et "
                                            "justifiée."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Lui envoyer une offre plus forte pour la relancer."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le délai est dépassé : vous n'avez plus de raison "
                                            "valable de la contacter. Le ménage aurait dû être "
                                            "fait avant."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un client vous demande d'effacer toutes ses données. Que "
                                    "pouvez-vous faire ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Supprimer sa fiche client et le retirer de la "
                                            "newsletter."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est le droit à l'effacement : vous supprimez tout "
                                            "ce que vous n'êtes pas obligé de garder."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Conserver ses factures, en lui expliquant pourquoi."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les pièces comptables se gardent 10 ans : c'est une "
                                            "obligation légale qui passe avant la demande "
                                            "d'effacement."
                                        ),
                                    },
                                    {
                                        "text": "Refuser, puisqu'il a déjà acheté chez vous.",
                                        "correct": False,
                                        "explanation": (
                                            "Avoir été client ne vous autorise pas à garder ses "
                                            "données contre son gré, en dehors des obligations "
                                            "légales."
                                        ),
                                    },
                                    {
                                        "text": "Tout supprimer, factures comprises.",
                                        "correct": False,
                                        "explanation": (
                                            "Vous manqueriez à vos obligations comptables : les "
                                            "factures doivent être conservées 10 ans."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Dans quel délai devez-vous répondre à une demande d'accès à "
                                    "ses données ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Un mois.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est le délai prévu par le RGPD, prolongeable de "
                                            "deux mois pour une demande complexe en prévenant la "
                                            "personne."
                                        ),
                                    },
                                    {
                                        "text": "72 heures.",
                                        "correct": False,
                                        "explanation": (
                                            "72 heures, c'est le délai pour signaler une fuite "
                                            "de données à la CNIL, pas pour répondre aux "
                                            "demandes des personnes."
                                        ),
                                    },
                                    {
                                        "text": "Un an.",
                                        "correct": False,
                                        "explanation": (
                                            "Beaucoup trop long : la personne doit obtenir une "
                                            "réponse dans un délai d'un mois."
                                        ),
                                    },
                                    {
                                        "text": "Il n'y a pas de délai.",
                                        "correct": False,
                                        "explanation": (
                                            "Le RGPD fixe un délai précis d'un mois, et la "
                                            "réponse doit être gratuite."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Que doit indiquer le formulaire papier de votre carte de "
                                    "fidélité ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "À quoi servent les données et combien de temps vous "
                                            "les gardez."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Ce sont deux informations obligatoires à donner au "
                                            "moment de la collecte."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Comment exercer ses droits, par exemple une adresse "
                                            "e-mail de contact."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les clients doivent savoir à qui s'adresser pour "
                                            "consulter, corriger ou supprimer leurs données."
                                        ),
                                    },
                                    {
                                        "text": "Une case « J'accepte la newsletter » déjà cochée.",
                                        "correct": False,
                                        "explanation": (
                                            "Un accord doit être donné par un geste volontaire : "
                                            "une case cochée d'avance ne vaut pas consentement."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'obligation de donner sa date de naissance complète."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Rendre obligatoire une information inutile à la "
                                            "carte de fidélité va contre le principe du strict "
                                            "nécessaire."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "cameras-site-et-fuites",
                    "title": "Caméras, site internet et fuite de données",
                    "intro": (
                        "Les règles pour filmer votre boutique, afficher une bannière de cookies "
                        "conforme et réagir si des données de vos clients se retrouvent dans la "
                        "nature."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Trois situations reviennent souvent chez les commerçants : "
                                "la caméra contre les vols, la bannière de cookies du site "
                                "internet et l'incident (ordinateur volé, messagerie piratée). "
                                "Voici l'essentiel pour chacune.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Des caméras dans la boutique",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Vous pouvez filmer pour protéger vos biens et les personnes, "
                                "à certaines conditions :</p><ul><li><b>Autorisation de la "
                                "préfecture</b> pour les caméras qui filment un lieu ouvert au "
                                "public (surface de vente, salle du restaurant). Elle est "
                                "valable cinq ans et se renouvelle. Pour une réserve ou un "
                                "atelier fermés au public, pas d'autorisation préfectorale, mais "
                                "le RGPD s'applique.</li><li><b>Un panneau visible à "
                                "l'entrée</b> : présence de caméras, objectif, responsable, "
                                "droits des personnes filmées et possibilité de saisir la "
                                "CNIL.</li><li><b>Des images conservées peu de temps</b> : "
                                "quelques jours suffisent en général, un mois au maximum, sauf "
                                "si une procédure est en cours.</li><li><b>Des zones "
                                "interdites</b> : pas de caméra dans les toilettes, les "
                                "vestiaires ou la salle de pause, pas de salarié filmé en "
                                "permanence à son poste, pas de prise de vue sur la rue ou la "
                                "vitrine du voisin.</li><li><b>Vos salariés informés</b> "
                                "individuellement, et le CSE consulté si vous en avez "
                                "un.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Coupez le son",
                                "text": (
                                    "<p>Enregistrer les conversations est en principe jugé "
                                    "disproportionné. Si votre caméra connectée a un micro, "
                                    "désactivez l'enregistrement du son.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Votre site internet et les cookies",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Si votre site utilise des cookies de mesure d'audience, de "
                                "publicité ou des boutons de réseaux sociaux, vous devez "
                                "recueillir l'accord des visiteurs avant de les déposer. La "
                                "bannière doit proposer un bouton « Tout refuser » aussi visible "
                                "et aussi simple que « Tout accepter ». Les cookies strictement "
                                "nécessaires, comme celui du panier, ne demandent pas d'accord. "
                                "La plupart des créateurs de sites ont un réglage prévu : "
                                "demandez à votre prestataire.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "En cas de fuite de données",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ordinateur volé avec le fichier clients, messagerie piratée, "
                                "e-mail envoyé à tous les clients avec les adresses visibles : "
                                "c'est une violation de données. Les bons réflexes "
                                ":</p><ol><li>Limiter les dégâts : changer les mots de passe, "
                                "bloquer les accès.</li><li>S'il existe un risque pour les "
                                "personnes, le notifier à la CNIL dans les 72 heures après en "
                                "avoir eu connaissance, en ligne sur son site.</li><li>Si le "
                                "risque est élevé, prévenir aussi les clients concernés, par "
                                "exemple pour qu'ils se méfient des faux messages.</li><li>Noter "
                                "chaque incident dans un document interne, même quand aucune "
                                "notification n'est nécessaire.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Pour aller plus loin",
                                "text": (
                                    '<p>La <a href="https://www.cnil.fr">CNIL</a> publie des '
                                    "fiches pratiques sur la vidéosurveillance dans les "
                                    "commerces, les cookies et les violations de données, ainsi "
                                    "que le formulaire de notification.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Vérifier que mes caméras ne filment ni la rue, ni le "
                                        "vestiaire, ni un salarié en permanence."
                                    ),
                                    (
                                        "Régler l'effacement automatique des images à 30 jours "
                                        "au plus."
                                    ),
                                    (
                                        "Installer ou mettre à jour le panneau d'information à "
                                        "l'entrée."
                                    ),
                                    (
                                        "Si je filme la surface de vente, vérifier que j'ai bien "
                                        "une autorisation préfectorale en cours de validité."
                                    ),
                                    (
                                        "Ouvrir mon site en navigation privée et vérifier que « "
                                        "Tout refuser » est aussi simple que « Tout accepter »."
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
                                    "Vous installez une caméra au-dessus de la caisse de votre "
                                    "épicerie, dans la partie ouverte au public. Quelles sont "
                                    "vos obligations ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Afficher un panneau d'information à l'entrée.",
                                        "correct": True,
                                        "explanation": (
                                            "Clients et salariés doivent savoir qu'ils sont "
                                            "filmés, par qui et pourquoi."
                                        ),
                                    },
                                    {
                                        "text": "Demander une autorisation à la préfecture.",
                                        "correct": True,
                                        "explanation": (
                                            "Filmer un lieu ouvert au public nécessite une "
                                            "autorisation préfectorale, valable cinq ans."
                                        ),
                                    },
                                    {
                                        "text": "Garder les images six mois pour être tranquille.",
                                        "correct": False,
                                        "explanation": (
                                            "Les images se conservent un mois au maximum, et "
                                            "quelques jours suffisent en général."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Orienter la caméra sur la vendeuse pour contrôler "
                                            "son travail en continu."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Filmer un salarié en permanence à son poste est "
                                            "disproportionné. La caméra doit viser la caisse et "
                                            "les allées, pas surveiller une personne."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quelle bannière de cookies est conforme ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Deux boutons « Tout accepter » et « Tout refuser », "
                                            "de même taille, dès le premier écran."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Refuser doit être aussi simple qu'accepter : un "
                                            "clic, avec un bouton aussi visible."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un gros bouton « J'accepte » et un petit lien « "
                                            "Paramétrer » en gris."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Obliger à passer par plusieurs écrans pour refuser "
                                            "n'est pas conforme : le refus doit être aussi "
                                            "facile que l'accord."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Aucune bannière : une phrase dans les mentions "
                                            "légales suffit."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Les cookies publicitaires ou de mesure d'audience "
                                            "non exemptés demandent un accord préalable, qu'une "
                                            "simple mention ne remplace pas."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "L'ordinateur de votre garage, qui contient le fichier "
                                    "clients, a été volé. Que faire vis-à-vis de la CNIL ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Lui notifier la violation dans les 72 heures, car "
                                            "les données des clients peuvent être exposées."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Dès qu'il existe un risque pour les personnes, la "
                                            "notification à la CNIL doit intervenir dans les 72 "
                                            "heures."
                                        ),
                                    },
                                    {
                                        "text": "Attendre de voir si les données sont utilisées.",
                                        "correct": False,
                                        "explanation": (
                                            "Attendre fait perdre un temps précieux : le délai "
                                            "de 72 heures court dès que vous avez connaissance "
                                            "de l'incident."
                                        ),
                                    },
                                    {
                                        "text": "Rien : le dépôt de plainte suffit.",
                                        "correct": False,
                                        "explanation": (
                                            "La plainte est utile, mais elle ne remplace pas la "
                                            "notification à la CNIL : ce sont deux démarches "
                                            "distinctes."
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
            "slug": "cybersecurite-essentiels",
            "title": "Les bons réflexes de cybersécurité",
            "summary": (
                "Mots de passe, double authentification, sauvegardes, arnaques au faux "
                "fournisseur : les gestes simples qui protègent votre caisse, vos comptes et "
                "votre trésorerie, et les bons contacts si une attaque arrive malgré tout."
            ),
            "objectives": [
                (
                    "Sécuriser vos comptes essentiels avec des mots de passe uniques et la "
                    "double authentification."
                ),
                (
                    "Mettre en place des mises à jour automatiques et des sauvegardes selon la "
                    "règle 3-2-1."
                ),
                "Reconnaître un hameçonnage ou une fraude au faux fournisseur avant de payer.",
                "Savoir qui contacter et quoi faire dans la première heure d'une cyberattaque.",
            ],
            "level": "beginner",
            "effort_hours": "1.5",
            "format": "video",
            "themes": [
                "Cybersécurité",
                "Mots de passe",
                "Sauvegardes",
                "Arnaques",
            ],
            "prerequisites": [],
            "prerequisites_text": (
                "Aucun prérequis : gardez simplement votre téléphone et l'ordinateur de la "
                "boutique à portée de main."
            ),
            "lessons": [
                {
                    "slug": "mots-de-passe-et-double-authentification",
                    "title": "Des mots de passe solides et la double authentification",
                    "intro": (
                        "La plupart des piratages commencent par un mot de passe deviné ou volé. "
                        "Quelques réglages suffisent à fermer cette porte."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les attaques contre les petits commerces ne sont presque "
                                "jamais l'œuvre d'un génie de l'informatique. Le plus souvent, "
                                "quelqu'un récupère un mot de passe trop simple ou déjà volé "
                                "ailleurs. Votre boîte e-mail est la clé principale : qui la "
                                "contrôle peut réinitialiser tous vos autres comptes (banque, "
                                "fiche Google, réseaux sociaux, boutique en ligne).</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un mot de passe long et unique",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un bon mot de passe est long : au moins 12 caractères mêlant "
                                "majuscules, minuscules, chiffres et signes, ou mieux, une "
                                "phrase de passe de plusieurs mots sans lien entre eux, facile à "
                                "retenir pour vous seul. Surtout, il est unique : quand un site "
                                "se fait voler sa base de données, les pirates essaient "
                                "automatiquement le même couple e-mail et mot de passe partout "
                                "ailleurs.</p><p>À bannir :</p><ul><li>le nom de la boutique "
                                "suivi de l'année ;</li><li>une date de naissance ou le prénom "
                                "d'un enfant ;</li><li>« azerty », « 123456 » ou « motdepasse » "
                                ";</li><li>le post-it collé sous le terminal de caisse.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Un gestionnaire de mots de passe",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Impossible de retenir trente mots de passe différents ? "
                                "C'est le rôle d'un gestionnaire de mots de passe : un "
                                "coffre-fort numérique qui les crée, les retient et les remplit "
                                "à votre place. Vous ne retenez plus qu'un seul mot de passe "
                                "maître, très solide. Il en existe des gratuits et des payants, "
                                "sur ordinateur comme sur téléphone.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "La double authentification",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La double authentification ajoute une deuxième preuve au mot "
                                "de passe : un code reçu par SMS, une application qui génère des "
                                "codes, une validation sur votre téléphone. Même si votre mot de "
                                "passe est volé, le pirate reste bloqué. Activez-la en priorité "
                                "sur votre messagerie, votre banque, votre fiche d'établissement "
                                "Google, vos réseaux sociaux et votre boutique en ligne.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Ce code ne se donne jamais",
                                "text": (
                                    "<p>Ni votre banque, ni un fournisseur, ni un « technicien » "
                                    "ne vous demandera le code que vous venez de recevoir. "
                                    "Quelqu'un qui le réclame au téléphone est un escroc : "
                                    "raccrochez.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Un accès par personne",
                                "text": (
                                    "<p>Si vous avez des salariés, donnez à chacun son propre "
                                    "accès à la caisse et aux outils. Quand quelqu'un quitte la "
                                    "boutique, fermez ses accès et changez les codes partagés, "
                                    "comme celui du Wi-Fi.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Changer le mot de passe de ma messagerie pour une "
                                        "phrase de passe unique."
                                    ),
                                    (
                                        "Activer la double authentification sur ma messagerie et "
                                        "ma banque aujourd'hui."
                                    ),
                                    (
                                        "Installer un gestionnaire de mots de passe sur mon "
                                        "téléphone et mon ordinateur."
                                    ),
                                    (
                                        "Retirer les post-it de mots de passe du comptoir et de "
                                        "la caisse."
                                    ),
                                    (
                                        "Vérifier que chaque salarié a son propre accès au "
                                        "logiciel de caisse."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": "Quel compte devez-vous protéger en premier ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Votre boîte e-mail principale.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est elle qui reçoit les liens « mot de passe "
                                            "oublié » : qui la contrôle peut prendre la main sur "
                                            "presque tous vos autres comptes."
                                        ),
                                    },
                                    {
                                        "text": "Votre compte sur un site de recettes.",
                                        "correct": False,
                                        "explanation": (
                                            "Il mérite un mot de passe unique, mais son piratage "
                                            "aurait beaucoup moins de conséquences que celui de "
                                            "votre messagerie."
                                        ),
                                    },
                                    {
                                        "text": "Le Wi-Fi invités de la boutique.",
                                        "correct": False,
                                        "explanation": (
                                            "Un bon code Wi-Fi est utile, mais la messagerie "
                                            "reste la priorité : elle ouvre la porte à vos "
                                            "autres comptes."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Quelles pratiques sont recommandées ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Une phrase de passe longue, différente pour chaque "
                                            "compte."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Longueur et unicité : un mot de passe volé sur un "
                                            "site ne sert alors à rien ailleurs."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un gestionnaire de mots de passe protégé par un mot "
                                            "de passe maître solide."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Il retient tout à votre place et vous permet "
                                            "d'avoir des mots de passe uniques sans effort."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le même mot de passe « Boulangerie2026! » partout, "
                                            "puisqu'il est compliqué."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Il est facile à deviner à partir du nom de la "
                                            "boutique, et s'il fuit une fois, tous vos comptes "
                                            "tombent."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un carnet de mots de passe scotché sous la caisse."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Toute personne qui passe derrière le comptoir peut "
                                            "le lire. Un gestionnaire de mots de passe est bien "
                                            "plus sûr."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un « conseiller de votre banque » vous appelle et demande "
                                    "le code que vous venez de recevoir par SMS pour « annuler "
                                    "une opération frauduleuse ». Que faites-vous ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Je raccroche et je rappelle ma banque au numéro que "
                                            "je connais."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les escrocs savent afficher le vrai numéro de la "
                                            "banque. En rappelant vous-même, vous êtes sûr de "
                                            "parler à votre vrai conseiller."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Je donne le code, puisque le numéro affiché est "
                                            "bien celui de ma banque."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le numéro affiché peut être falsifié. Ce code sert "
                                            "justement à valider une opération : le donner, "
                                            "c'est autoriser le pirate."
                                        ),
                                    },
                                    {
                                        "text": "Je donne seulement les trois premiers chiffres.",
                                        "correct": False,
                                        "explanation": (
                                            "Un code ne se donne jamais, même en partie. Aucune "
                                            "banque ne le demande."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "mises-a-jour-et-sauvegardes",
                    "title": "Mises à jour et sauvegardes : la règle 3-2-1",
                    "intro": (
                        "Deux gestes peu spectaculaires qui sauvent une entreprise : installer "
                        "les mises à jour sans attendre et sauvegarder ses données selon la "
                        "règle 3-2-1."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un disque dur qui lâche, un ordinateur volé, un dégât des "
                                "eaux ou un logiciel malveillant qui bloque vos fichiers : sans "
                                "sauvegarde, ce sont des années de fichier clients, de factures "
                                "et de photos qui disparaissent. Et sans mises à jour, vous "
                                "laissez ouvertes des failles que les pirates connaissent "
                                "bien.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les mises à jour, sans attendre",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Une mise à jour corrige souvent une faille de sécurité déjà "
                                "connue des attaquants. Activez les mises à jour automatiques "
                                "sur :</p><ul><li>l'ordinateur de la boutique ;</li><li>les "
                                "téléphones et tablettes, y compris celle qui sert de caisse "
                                ";</li><li>le navigateur internet et l'antivirus ;</li><li>votre "
                                "site et ses extensions, si vous le gérez "
                                "vous-même.</li></ul><p>Un appareil qui ne reçoit plus de mises "
                                "à jour de sécurité ne devrait plus servir pour la banque ou la "
                                "caisse. Windows 10, par exemple, ne reçoit plus de mises à jour "
                                "de sécurité standard depuis octobre 2025.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Le bon moment",
                                "text": (
                                    "<p>Programmez les mises à jour le soir, après la fermeture, "
                                    "plutôt que de cliquer sur « Plus tard » pendant des "
                                    "semaines.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "La règle 3-2-1",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>3 copies</b> de vos données importantes : l'original "
                                "et deux sauvegardes.</li><li><b>2 supports différents</b> : par "
                                "exemple un disque dur externe et un service de stockage en "
                                "ligne.</li><li><b>1 copie hors ligne ou hors de la boutique</b> "
                                ": un disque que vous débranchez après chaque sauvegarde et que "
                                "vous rangez chez vous. Un rançongiciel chiffre tout ce qui est "
                                "branché, et un incendie ou un cambriolage emporte tout ce qui "
                                "est sur place.</li></ul><p>À sauvegarder : fichier clients, "
                                "comptabilité et factures, devis, photos de produits, catalogue, "
                                "contrats. Demandez aussi à votre fournisseur de caisse ce qu'il "
                                "sauvegarde pour vous et comment exporter vos données.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Une sauvegarde jamais testée ne vaut rien",
                                "text": (
                                    "<p>Une fois par trimestre, essayez de restaurer un fichier "
                                    "depuis votre sauvegarde. C'est le seul moyen de savoir "
                                    "qu'elle fonctionne le jour où vous en aurez besoin.</p>"
                                ),
                            },
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "plan",
                                "label": "Ajouter à mon plan",
                                "text": (
                                    "Ajoutez une tâche mensuelle « sauvegarde puis disque "
                                    "débranché » à votre plan pour ne plus l'oublier."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Activer les mises à jour automatiques sur l'ordinateur, "
                                        "le téléphone et la tablette de caisse."
                                    ),
                                    "Lister les fichiers indispensables à ma boutique.",
                                    (
                                        "Faire une première sauvegarde sur un disque externe, "
                                        "puis le débrancher."
                                    ),
                                    (
                                        "Demander à mon fournisseur de caisse comment exporter "
                                        "mes données."
                                    ),
                                    "Tester la restauration d'un fichier depuis ma sauvegarde.",
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
                {
                    "slug": "hameconnage-et-faux-fournisseurs",
                    "title": "Repérer l'hameçonnage et la fraude au faux fournisseur",
                    "intro": (
                        "Les arnaques les plus coûteuses pour un commerce arrivent par e-mail, "
                        "SMS ou téléphone. Apprenez à les reconnaître et adoptez le réflexe qui "
                        "sauve : rappeler."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>L'hameçonnage (ou « phishing ») est un message qui imite un "
                                "organisme connu (banque, livreur, impôts, Google, fournisseur) "
                                "pour vous faire donner un mot de passe, un numéro de carte ou "
                                "faire un virement. Les commerçants sont aussi visés par des "
                                "arnaques sur mesure, préparées avec soin.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Les signes qui doivent vous alerter",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>L'urgence ou la menace</b> : « votre compte sera "
                                "suspendu sous 24 h », « votre fiche Google va être supprimée "
                                "».</li><li><b>Une adresse ou un lien bizarre</b> : survolez le "
                                "lien avec la souris avant de cliquer (appui long sur téléphone) "
                                "et vérifiez le nom du site.</li><li><b>Une demande "
                                "inhabituelle</b> : mot de passe, code reçu par SMS, numéro de "
                                "carte, nouveau RIB.</li><li><b>Une pièce jointe inattendue</b> "
                                ": fausse facture, « bon de commande » compressé.</li><li><b>Une "
                                "offre trop belle</b> pour être vraie.</li></ul><p>Attention : "
                                "les fautes d'orthographe ne sont plus un bon indice. Les "
                                "arnaques sont de plus en plus soignées.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "La fraude au faux fournisseur",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Un matin, votre grossiste en fleurs vous écrit : « Notre "
                                "banque a changé, merci de régler la facture de ce mois sur ce "
                                "nouveau RIB. » Le message a l'air normal ; il vient parfois "
                                "même de la vraie boîte mail du fournisseur, piratée. Si vous "
                                "payez, l'argent part chez l'escroc et vous devez toujours la "
                                "facture.</p><p>Variante : la « fraude au président », où "
                                "quelqu'un se fait passer pour un dirigeant, votre "
                                "expert-comptable ou un gros client et réclame un virement "
                                "urgent et confidentiel.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Le réflexe qui sauve",
                                "text": (
                                    "<p>Toute demande de changement de RIB ou de virement urgent "
                                    ": je rappelle la personne au numéro que je connais déjà "
                                    "(ancienne facture, répertoire), jamais à celui indiqué dans "
                                    "le message.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "D'autres arnaques courantes",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Le faux conseiller bancaire qui affiche le vrai numéro "
                                "de votre banque.</li><li>Le faux support technique : une "
                                "fenêtre « virus détecté » avec un numéro à appeler.</li><li>La "
                                "fausse facture d'annuaire ou de « référencement » que vous "
                                "n'avez jamais commandé.</li><li>Le faux SMS de livraison ou "
                                "d'amende à payer.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Signalez",
                                "text": (
                                    "<p>Transférez les SMS frauduleux au 33700, signalez les "
                                    "e-mails sur <a "
                                    'href="https://www.signal-spam.fr">signal-spam.fr</a>, et '
                                    "trouvez de l'aide sur <a "
                                    'href="https://www.cybermalveillance.gouv.fr">cybermalveillance.gouv.fr</a>.</p>'
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Écrire la règle « changement de RIB = je rappelle au "
                                        "numéro connu » et l'afficher près de l'ordinateur."
                                    ),
                                    (
                                        "Vérifier que les numéros de mes principaux fournisseurs "
                                        "sont dans mon répertoire."
                                    ),
                                    (
                                        "En parler à mes salariés et à la personne qui fait les "
                                        "virements."
                                    ),
                                    (
                                        "Demander à ma banque comment vérifier un nouveau "
                                        "bénéficiaire avant un virement."
                                    ),
                                    (
                                        "Enregistrer le 33700 dans mon téléphone pour signaler "
                                        "les SMS frauduleux."
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
                                    "Votre fournisseur de farine habituel vous envoie un e-mail "
                                    "avec son logo : il change de banque et vous donne un "
                                    "nouveau RIB. Que faites-vous ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Je l'appelle au numéro que j'ai déjà, pour confirmer."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "C'est le seul moyen fiable : si sa messagerie est "
                                            "piratée, la réponse par e-mail viendra de l'escroc."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Je paie sur le nouveau RIB, le logo et l'adresse "
                                            "sont les bons."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Un logo se copie en un clic, et la vraie messagerie "
                                            "du fournisseur peut être piratée."
                                        ),
                                    },
                                    {
                                        "text": "Je réponds à l'e-mail pour demander confirmation.",
                                        "correct": False,
                                        "explanation": (
                                            "Si la messagerie est piratée ou imitée, c'est "
                                            "l'escroc qui vous confirmera le RIB."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "J'appelle le numéro indiqué en bas du nouvel e-mail."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ce numéro peut être celui de l'escroc. Utilisez "
                                            "toujours un numéro que vous connaissiez avant ce "
                                            "message."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Lesquels de ces éléments sont des signaux d'alerte ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "« Votre compte sera suspendu sous 24 h si vous ne "
                                            "cliquez pas ici. »"
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "L'urgence sert à vous empêcher de réfléchir : c'est "
                                            "un grand classique de l'hameçonnage."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un lien dont l'adresse ne correspond pas au site "
                                            "officiel."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Survoler le lien avant de cliquer révèle souvent "
                                            "une adresse qui n'a rien à voir avec l'organisme "
                                            "imité."
                                        ),
                                    },
                                    {
                                        "text": "Un message qui demande le code reçu par SMS.",
                                        "correct": True,
                                        "explanation": (
                                            "Aucun organisme sérieux ne vous demande ce code : "
                                            "il sert à valider une connexion ou un paiement."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Votre facture mensuelle habituelle, au montant "
                                            "habituel, avec le RIB habituel."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Rien d'inhabituel ici. Restez attentif, mais ce "
                                            "n'est pas en soi un signal d'alerte."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Vous avez saisi le mot de passe de votre messagerie sur une "
                                    "fausse page. Quelle est la première chose à faire ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Changer ce mot de passe tout de suite et activer la "
                                            "double authentification."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Il faut reprendre la main avant le pirate. Changez "
                                            "aussi le mot de passe partout où vous utilisiez le "
                                            "même."
                                        ),
                                    },
                                    {
                                        "text": "Supprimer le message et ne plus y penser.",
                                        "correct": False,
                                        "explanation": (
                                            "Le pirate a votre mot de passe : supprimer le "
                                            "message ne change rien au risque."
                                        ),
                                    },
                                    {
                                        "text": "Éteindre le téléphone jusqu'au lendemain.",
                                        "correct": False,
                                        "explanation": (
                                            "Le pirate peut se connecter depuis n'importe où, "
                                            "même si votre téléphone est éteint."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Où transférer un SMS frauduleux ?",
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Au 33700.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est le numéro gratuit de signalement des SMS et "
                                            "appels indésirables, qui aide les opérateurs à "
                                            "bloquer les arnaques."
                                        ),
                                    },
                                    {
                                        "text": "Au 17.",
                                        "correct": False,
                                        "explanation": (
                                            "Le 17 est réservé aux urgences. Pour une "
                                            "cyberattaque, le service en ligne 17Cyber est là "
                                            "pour vous aider."
                                        ),
                                    },
                                    {
                                        "text": "À la CNIL.",
                                        "correct": False,
                                        "explanation": (
                                            "La CNIL traite les questions de données "
                                            "personnelles, pas le signalement des SMS frauduleux."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "que-faire-en-cas-d-attaque",
                    "title": "Que faire en cas de cyberattaque",
                    "intro": (
                        "Écran bloqué, compte piraté, virement détourné : les bons gestes de la "
                        "première heure, les contacts utiles et les démarches des jours suivants."
                    ),
                    "minutes": 15,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Malgré toutes les précautions, un incident peut arriver : "
                                "message de rançon à l'écran, fichiers devenus illisibles, "
                                "compte Instagram piraté, virement que vous n'avez pas fait. Les "
                                "bons réflexes de la première heure limitent fortement les "
                                "dégâts.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Dans la première heure",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><b>Isoler</b> : débranchez l'appareil touché du réseau "
                                "(câble et Wi-Fi), sans le réinitialiser ni effacer quoi que ce "
                                "soit. Ne branchez surtout pas votre disque de sauvegarde "
                                "dessus.</li><li><b>Se faire aider</b> : le service <a "
                                'href="https://17cyber.gouv.fr">17Cyber</a>, lancé en décembre '
                                "2024 par la police, la gendarmerie et "
                                "Cybermalveillance.gouv.fr, est accessible en ligne 24 h/24. Il "
                                "pose un diagnostic, donne des conseils, permet d'échanger avec "
                                "un policier ou un gendarme si c'est grave et oriente vers des "
                                "prestataires référencés. Prévenez aussi votre prestataire "
                                "informatique si vous en avez un.</li><li><b>Protéger "
                                "l'argent</b> : en cas de virement frauduleux, appelez tout de "
                                "suite votre banque pour tenter de le bloquer ou de le "
                                "rappeler.</li><li><b>Garder les preuves</b> : captures d'écran, "
                                "messages reçus, RIB frauduleux, dates et heures.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Ne payez pas la rançon",
                                "text": (
                                    "<p>C'est la recommandation officielle. Rien ne garantit que "
                                    "vous récupérerez vos données, vous financez les criminels "
                                    "et vous risquez d'être à nouveau visé.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Dans les jours qui suivent",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Porter plainte</b> au commissariat ou à la "
                                "gendarmerie. Pour certaines escroqueries en ligne, la plainte "
                                "peut se faire sur internet via le service "
                                "THESEE.</li><li><b>Prévenir votre assureur</b> : si votre "
                                "contrat couvre le risque cyber, la loi conditionne "
                                "l'indemnisation à une plainte déposée au plus tard 72 heures "
                                "après la découverte de l'attaque.</li><li><b>Notifier la "
                                "CNIL</b> dans les 72 heures si des données de clients ont pu "
                                "être exposées et qu'il existe un risque pour "
                                "eux.</li><li><b>Prévenir vos clients et fournisseurs</b> si "
                                "votre messagerie a servi à envoyer des arnaques en votre "
                                "nom.</li><li><b>Repartir sur des bases saines</b> : mots de "
                                "passe changés depuis un appareil sain, restauration depuis une "
                                "sauvegarde propre.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Se préparer à froid",
                                "text": (
                                    "<p>Téléchargez la fiche réflexe, complétez les numéros "
                                    "utiles et affichez-la sur papier près de l'ordinateur : si "
                                    "l'écran est bloqué, vous pourrez toujours la lire. Pour "
                                    "aller plus loin, l'ANSSI publie des guides pour les TPE et "
                                    "PME sur <a "
                                    'href="https://cyber.gouv.fr">cyber.gouv.fr</a>.</p>'
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    "Imprimer la fiche réflexe et l'afficher près de l'ordinateur.",
                                    (
                                        "Y noter le numéro de ma banque, de mon assureur et de "
                                        "mon prestataire informatique."
                                    ),
                                    (
                                        "Enregistrer l'adresse 17cyber.gouv.fr dans les favoris "
                                        "de mon téléphone."
                                    ),
                                    (
                                        "Vérifier auprès de mon assureur si mon contrat couvre "
                                        "le risque cyber."
                                    ),
                                    "Montrer la fiche à mes salariés.",
                                ],
                            },
                        },
                    ],
                    "quiz": {
                        "pass_mark": 60,
                        "questions": [
                            {
                                "text": (
                                    "Un message de rançon s'affiche sur l'ordinateur de la "
                                    "caisse. Quel est le premier geste ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Débrancher l'ordinateur du réseau (câble et Wi-Fi)."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Isoler l'appareil empêche le logiciel malveillant "
                                            "de se propager aux autres appareils et aux fichiers "
                                            "partagés."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Brancher le disque de sauvegarde pour vérifier "
                                            "qu'il va bien."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Le rançongiciel pourrait chiffrer aussi la "
                                            "sauvegarde : ne la branchez jamais sur un appareil "
                                            "touché."
                                        ),
                                    },
                                    {
                                        "text": "Payer vite pour rouvrir la boutique.",
                                        "correct": False,
                                        "explanation": (
                                            "Les autorités recommandent de ne jamais payer : "
                                            "rien ne garantit le retour des données."
                                        ),
                                    },
                                    {
                                        "text": "Réinstaller tout de suite le système.",
                                        "correct": False,
                                        "explanation": (
                                            "Vous effaceriez les traces utiles à l'enquête et au "
                                            "diagnostic. Faites-vous d'abord aider."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": "Vers qui vous tourner après une attaque ?",
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Le service 17Cyber.",
                                        "correct": True,
                                        "explanation": (
                                            "Il établit un diagnostic, donne des conseils et "
                                            "vous oriente vers la police, la gendarmerie ou un "
                                            "prestataire référencé."
                                        ),
                                    },
                                    {
                                        "text": "Votre banque, si de l'argent est en jeu.",
                                        "correct": True,
                                        "explanation": (
                                            "Plus l'appel est rapide, plus il y a de chances de "
                                            "bloquer ou de rappeler un virement."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La personne qui vous propose par e-mail de "
                                            "débloquer vos fichiers contre paiement."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "C'est très probablement l'attaquant ou un autre "
                                            "escroc. Passez par 17Cyber et des prestataires "
                                            "référencés."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre contrat d'assurance couvre le risque cyber. Que "
                                    "faut-il faire pour être indemnisé ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Porter plainte au plus tard 72 heures après avoir "
                                            "découvert l'attaque."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "La loi conditionne l'indemnisation des pertes liées "
                                            "à une cyberattaque à une plainte déposée dans ce "
                                            "délai."
                                        ),
                                    },
                                    {
                                        "text": "Rien : l'assurance paie automatiquement.",
                                        "correct": False,
                                        "explanation": (
                                            "Sans plainte dans les 72 heures, l'assureur peut "
                                            "refuser d'indemniser."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Attendre la fin de l'enquête avant de prévenir "
                                            "l'assureur."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Prévenez-le rapidement, et surtout déposez plainte "
                                            "dans les 72 heures."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    "download": {
                        "title": "Fiche réflexe en cas de cyberattaque",
                        "filename": "fiche-reflexe-cyberattaque.txt",
                        "content": (
                            "FICHE RÉFLEXE : QUE FAIRE EN CAS DE CYBERATTAQUE ?\n"
                            "À imprimer et à afficher près de l'ordinateur de la boutique.\n"
                            "\n"
                            "Exemples : message de rançon à l'écran, fichiers illisibles, compte "
                            "de réseau social\n"
                            "ou messagerie piratés, virement que vous n'avez pas fait, site "
                            "internet modifié.\n"
                            "\n"
                            "DANS LA PREMIÈRE HEURE\n"
                            "1. Isoler : débrancher l'appareil touché du réseau (câble et "
                            "Wi-Fi).\n"
                            "   Ne pas le réinitialiser, ne rien effacer.\n"
                            "2. Ne pas brancher le disque de sauvegarde sur un appareil touché.\n"
                            "3. Se faire aider : 17Cyber (https://17cyber.gouv.fr), 24 h/24 et 7 "
                            "j/7.\n"
                            "   Diagnostic, conseils, échange avec un policier ou un gendarme si "
                            "c'est grave,\n"
                            "   mise en relation avec un prestataire référencé par "
                            "Cybermalveillance.gouv.fr.\n"
                            "   Mon prestataire informatique : "
                            "............................................\n"
                            "4. Argent en jeu : appeler tout de suite la banque pour tenter de "
                            "bloquer ou de rappeler\n"
                            "   le virement, faire opposition sur la carte si besoin.\n"
                            "   Numéro de ma banque : "
                            "..........................................................\n"
                            "5. Garder les preuves : captures d'écran, messages, RIB frauduleux, "
                            "dates et heures.\n"
                            "\n"
                            "NE PAS FAIRE\n"
                            "- Ne pas payer de rançon : c'est la recommandation officielle. Rien "
                            "ne garantit\n"
                            "  de récupérer les données, et cela finance les criminels.\n"
                            "- Ne pas répondre aux attaquants ni à une personne qui propose de « "
                            "tout débloquer ».\n"
                            "\n"
                            "DANS LES JOURS QUI SUIVENT\n"
                            "- Porter plainte au commissariat ou à la gendarmerie (pour "
                            "certaines escroqueries\n"
                            "  en ligne, plainte possible en ligne via THESEE).\n"
                            "- Assurance qui couvre le risque cyber : plainte au plus tard 72 "
                            "heures après la\n"
                            "  découverte de l'attaque, sinon pas d'indemnisation. Prévenir "
                            "l'assureur.\n"
                            "  Mon assureur : "
                            "..................................................................\n"
                            "- Données de clients exposées : notifier la CNIL dans les 72 heures "
                            "s'il existe un risque.\n"
                            "- Changer tous les mots de passe depuis un appareil sain et activer "
                            "la double\n"
                            "  authentification.\n"
                            "- Prévenir clients et fournisseurs si votre messagerie a servi à "
                            "envoyer des arnaques.\n"
                            "- Remettre en route à partir d'une sauvegarde saine, avec l'aide "
                            "d'un professionnel.\n"
                            "\n"
                            "Ressources : https://www.cybermalveillance.gouv.fr et "
                            "https://cyber.gouv.fr (ANSSI)\n"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "facturation-electronique",
            "title": "Se préparer à la facture électronique",
            "summary": (
                "Comprendre le calendrier de la facture électronique, ce qui change pour vos "
                "achats depuis septembre 2026 et pour vos ventes en 2027, et choisir sereinement "
                "votre plateforme agréée avec votre comptable."
            ),
            "objectives": [
                (
                    "Situer votre commerce dans le calendrier de la réforme : réception, "
                    "émission, e-reporting."
                ),
                "Distinguer une vraie facture électronique d'un simple PDF envoyé par e-mail.",
                "Choisir une plateforme agréée adaptée à vos outils actuels.",
                (
                    "Préparer vos fichiers clients et vos factures aux nouvelles mentions "
                    "obligatoires."
                ),
            ],
            "level": "intermediate",
            "effort_hours": "1.5",
            "format": "online",
            "themes": [
                "Facture électronique",
                "Comptabilité",
                "Obligations légales",
            ],
            "prerequisites": [],
            "prerequisites_text": (
                "Savoir comment vous faites vos factures aujourd'hui (logiciel, tableur ou "
                "carnet) et qui tient votre comptabilité."
            ),
            "lessons": [
                {
                    "slug": "ce-qui-change-et-quand",
                    "title": "Ce qui change, et à quelle date",
                    "intro": (
                        "Le calendrier de la facture électronique, ce qu'elle est vraiment (et "
                        "ce qu'elle n'est pas), et ce que cela veut dire pour un commerce qui "
                        "vend surtout à des particuliers."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La facture électronique devient obligatoire entre "
                                "entreprises en France. L'objectif affiché par l'État : moins de "
                                "saisie, des paiements plus rapides, à terme des déclarations de "
                                "TVA préremplies, et moins de fraude. Pour vous, c'est surtout "
                                "une nouvelle façon de recevoir et d'envoyer vos factures, qui "
                                "se prépare avec votre expert-comptable.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Le calendrier",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Depuis le 1er septembre 2026</b> : toutes les "
                                "entreprises assujetties à la TVA établies en France, quelle que "
                                "soit leur taille, y compris les micro-entrepreneurs en "
                                "franchise de TVA, doivent pouvoir <b>recevoir</b> des factures "
                                "électroniques. Les grandes entreprises et les ETI doivent aussi "
                                "les <b>émettre</b>.</li><li><b>À partir du 1er septembre "
                                "2027</b> : les PME et les micro-entreprises, c'est-à-dire la "
                                "plupart des commerces et artisans, doivent à leur tour "
                                "<b>émettre</b> leurs factures entre professionnels sous forme "
                                "électronique.</li></ul><p>Concrètement, pour une boulangerie : "
                                "depuis septembre 2026, votre grossiste ou votre fournisseur "
                                "d'énergie peut vous envoyer ses factures par voie électronique, "
                                "et vous devez être équipé pour les recevoir. L'artisan qui a "
                                "réparé votre four peut encore vous envoyer un PDF jusqu'en "
                                "septembre 2027.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": (
                                    "Un PDF envoyé par e-mail n'est pas une facture électronique"
                                ),
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Au sens de la loi, une facture électronique est un fichier "
                                "de données structurées, lisible par un logiciel, qui circule "
                                "par une plateforme agréée. Les formats reconnus sont notamment "
                                ":</p><ul><li><b>Factur-X</b> : un PDF lisible par un humain, "
                                "qui contient aussi les données dans un fichier informatique "
                                ";</li><li><b>UBL</b> et <b>CII</b> : des fichiers de données "
                                "pures, lus par les logiciels.</li></ul><p>Une facture faite "
                                "sous Word puis envoyée en PDF par e-mail, ou une facture papier "
                                "scannée, ne suffiront plus entre professionnels.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Et si je vends surtout à des particuliers ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>La facture électronique concerne les ventes entre "
                                "entreprises établies en France. Vos ventes aux particuliers ne "
                                "donnent pas lieu à une facture électronique, mais leurs "
                                "montants seront transmis à l'administration : c'est "
                                "l'e-reporting, que nous verrons dans la leçon 3. Une fleuriste "
                                "qui vend surtout au comptoir est donc concernée : elle reçoit "
                                "des factures électroniques de ses fournisseurs, et transmettra "
                                "ses données de ventes.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Méfiez-vous des messages alarmistes",
                                "text": (
                                    "<p>Certains démarcheurs annoncent une obligation « avant la "
                                    "fin du mois » pour vendre un logiciel. Vérifiez toujours "
                                    "les dates sur <a "
                                    'href="https://www.impots.gouv.fr">impots.gouv.fr</a>, qui '
                                    "consacre un dossier à la facturation électronique, et "
                                    "parlez-en à votre comptable.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Lister mes fournisseurs et repérer ceux qui m'envoient "
                                        "déjà des factures électroniques."
                                    ),
                                    (
                                        "Noter la date du 1er septembre 2027 dans mon agenda "
                                        "pour l'émission de mes factures."
                                    ),
                                    (
                                        "Demander à mon expert-comptable comment il prévoit "
                                        "d'organiser la réforme avec moi."
                                    ),
                                    (
                                        "Repérer mes clients professionnels (restaurants, "
                                        "hôtels, entreprises) à qui j'envoie des factures."
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
                                    "Vous tenez une boulangerie (micro-entreprise soumise à la "
                                    "TVA). Depuis quand devez-vous pouvoir recevoir des factures "
                                    "électroniques ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "Depuis le 1er septembre 2026.",
                                        "correct": True,
                                        "explanation": (
                                            "L'obligation de réception s'applique à toutes les "
                                            "entreprises assujetties à la TVA en France, quelle "
                                            "que soit leur taille, depuis cette date."
                                        ),
                                    },
                                    {
                                        "text": "À partir du 1er septembre 2027.",
                                        "correct": False,
                                        "explanation": (
                                            "2027 est la date d'émission pour les PME et "
                                            "micro-entreprises. La réception, elle, est "
                                            "obligatoire pour tous depuis septembre 2026."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Jamais, puisque je vends surtout à des particuliers."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Vos fournisseurs sont des entreprises : vous "
                                            "recevez leurs factures, donc vous êtes concerné."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Lesquels de ces documents sont des factures électroniques "
                                    "au sens de la réforme ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": (
                                            "Une facture au format Factur-X transmise par une "
                                            "plateforme agréée."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Factur-X associe un PDF lisible et des données "
                                            "structurées : c'est un format reconnu."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Un fichier UBL transmis par une plateforme agréée."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "UBL est l'un des formats de données structurées "
                                            "prévus par la réforme."
                                        ),
                                    },
                                    {
                                        "text": "Un PDF créé sous Word et envoyé par e-mail.",
                                        "correct": False,
                                        "explanation": (
                                            "Un PDF simple n'est qu'une image de facture : un "
                                            "logiciel ne peut pas en lire les données de façon "
                                            "fiable."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La photo d'une facture papier envoyée par messagerie."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "Ni structurée, ni transmise par une plateforme "
                                            "agréée : ce n'est pas une facture électronique."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Votre fleuristerie (PME) livre chaque semaine des "
                                    "compositions à un hôtel voisin. À partir de quand "
                                    "devrez-vous lui envoyer des factures électroniques ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": "À partir du 1er septembre 2027.",
                                        "correct": True,
                                        "explanation": (
                                            "C'est la date d'obligation d'émission pour les PME "
                                            "et les micro-entreprises."
                                        ),
                                    },
                                    {
                                        "text": "Depuis le 1er septembre 2026.",
                                        "correct": False,
                                        "explanation": (
                                            "Cette date concerne l'émission pour les grandes "
                                            "entreprises et les ETI, et la réception pour tout "
                                            "le monde."
                                        ),
                                    },
                                    {
                                        "text": "Seulement si l'hôtel le demande.",
                                        "correct": False,
                                        "explanation": (
                                            "C'est une obligation légale entre entreprises "
                                            "assujetties à la TVA, pas un choix du client."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
                {
                    "slug": "choisir-sa-plateforme-agreee",
                    "title": "Choisir votre plateforme agréée",
                    "intro": (
                        "Les factures électroniques passent par des plateformes agréées par "
                        "l'administration. Comment ça circule, et les bonnes questions à poser "
                        "avant de choisir."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Les factures électroniques ne circulent plus directement "
                                "d'une boîte e-mail à l'autre : elles passent par des "
                                "<b>plateformes agréées</b> par l'administration fiscale, "
                                "autrefois appelées PDP (plateformes de dématérialisation "
                                "partenaires). Votre plateforme reçoit les factures qui vous "
                                "sont adressées, envoie les vôtres et transmet à "
                                "l'administration les données demandées. La réception étant déjà "
                                "obligatoire, si vous n'avez pas encore choisi, c'est la "
                                "priorité.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Comment circule une facture",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li>Vous créez la facture dans votre logiciel, comme "
                                "aujourd'hui.</li><li>Le logiciel l'envoie à votre plateforme "
                                "agréée.</li><li>La plateforme retrouve celle de votre client "
                                "dans l'annuaire central, grâce à son numéro SIREN, et lui "
                                "transmet la facture.</li><li>Les données utiles sont transmises "
                                "à l'administration fiscale.</li><li>Vous suivez l'état de la "
                                "facture : déposée, rejetée, refusée, encaissée…</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Pas de solution publique gratuite",
                                "text": (
                                    "<p>Il était prévu à l'origine que le portail public offre "
                                    "une solution de base gratuite. L'État y a finalement "
                                    "renoncé : le portail public gère l'annuaire et centralise "
                                    "les données, mais chaque entreprise passe par une "
                                    "plateforme agréée. La liste officielle est publiée sur <a "
                                    'href="https://www.impots.gouv.fr">impots.gouv.fr</a>.</p>'
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
                                "<p>Commencez par interroger votre fournisseur actuel (logiciel "
                                "de caisse, de facturation ou de comptabilité) et votre "
                                "expert-comptable. Beaucoup de logiciels ne sont pas eux-mêmes "
                                "plateforme agréée mais se connectent à l'une d'elles. Demandez "
                                ":</p><ul><li>Êtes-vous plateforme agréée, ou à laquelle "
                                "êtes-vous connecté ?</li><li>La réception est-elle incluse, et "
                                "comment suis-je prévenu d'une nouvelle facture "
                                "?</li><li>Gérez-vous l'e-reporting de mes ventes aux "
                                "particuliers à partir de ma caisse ?</li><li>Mes factures "
                                "sont-elles archivées, combien de temps, et puis-je les "
                                "récupérer si je change d'outil ?</li><li>Mon expert-comptable "
                                "peut-il y accéder directement ?</li><li>Quel est le prix : "
                                "abonnement, coût par facture, options ?</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "title": "Prenez le temps de comparer",
                                "text": (
                                    "<p>Méfiez-vous des appels du type « votre entreprise n'est "
                                    "pas en règle, signez aujourd'hui ». Vérifiez que la "
                                    "plateforme figure sur la liste officielle, comparez au "
                                    "moins deux offres et demandez l'avis de votre comptable "
                                    "avant de vous engager.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Préparez vos données",
                                "text": (
                                    "<p>Vérifiez le numéro SIREN de vos clients professionnels "
                                    "réguliers et les informations de votre propre entreprise "
                                    "(adresse, SIREN, numéro de TVA). Pour les factures "
                                    "adressées aux administrations, vous continuez à utiliser "
                                    "Chorus Pro.</p>"
                                ),
                            },
                        },
                        {
                            "type": "product_link",
                            "value": {
                                "destination": "plan",
                                "label": "Ajouter à mon plan",
                                "text": (
                                    "Ajoutez « choisir ma plateforme agréée avec mon comptable » "
                                    "à votre plan, avec une échéance dans les prochaines "
                                    "semaines."
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Demander à mon fournisseur de logiciel s'il est "
                                        "plateforme agréée ou connecté à laquelle."
                                    ),
                                    (
                                        "Vérifier sur impots.gouv.fr que la plateforme proposée "
                                        "figure sur la liste officielle."
                                    ),
                                    (
                                        "Comparer au moins deux offres avec les six questions de "
                                        "la leçon."
                                    ),
                                    "Relever le SIREN de mes clients professionnels réguliers.",
                                    (
                                        "Prendre rendez-vous avec mon expert-comptable pour "
                                        "valider mon choix."
                                    ),
                                ],
                            },
                        },
                    ],
                    "quiz": None,
                },
                {
                    "slug": "e-reporting-et-nouvelles-mentions",
                    "title": "E-reporting, nouvelles mentions et organisation",
                    "intro": (
                        "Ce que deviennent vos ventes aux particuliers, les quatre nouvelles "
                        "mentions à porter sur vos factures et l'organisation à mettre en place "
                        "à la boutique."
                    ),
                    "minutes": 20,
                    "optional": False,
                    "body": [
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Au-delà de la facture elle-même, la réforme apporte deux "
                                "autres changements : l'e-reporting, qui concerne aussi les "
                                "commerces tournés vers les particuliers, et de nouvelles "
                                "mentions obligatoires sur les factures.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "L'e-reporting, c'est quoi ?",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Pour les ventes aux particuliers et pour les opérations avec "
                                "des entreprises étrangères, il n'y a pas de facture "
                                "électronique. À la place, vous transmettez à l'administration, "
                                "par votre plateforme agréée, des données de transaction : pour "
                                "vos ventes aux particuliers, ce sont surtout des totaux "
                                "(montants de ventes, TVA par taux), pas le nom de vos clients. "
                                "Le calendrier est le même que pour l'émission : septembre 2027 "
                                "pour les PME et les micro-entreprises. Le rythme des "
                                "transmissions dépend de votre régime de TVA.</p><p>Pour les "
                                "prestations de services (garage, salon de coiffure, "
                                "réparation), la TVA est due au moment du paiement : vous "
                                "transmettrez aussi la date et le montant des sommes "
                                "encaissées.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "title": "Votre caisse est votre alliée",
                                "text": (
                                    "<p>Les données de vos ventes sont déjà dans votre logiciel "
                                    "de caisse. Demandez à votre fournisseur comment il les "
                                    "transmettra à votre plateforme agréée : dans l'idéal, vous "
                                    "n'aurez rien à ressaisir.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Quatre nouvelles mentions sur vos factures",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Le numéro SIREN de votre client</b> "
                                "professionnel.</li><li><b>L'adresse de livraison</b> des biens, "
                                "si elle est différente de celle du client.</li><li><b>La nature "
                                "de l'opération</b> : livraison de biens, prestation de "
                                "services, ou les deux. Une facture de garage avec des pièces et "
                                "de la main-d'œuvre est mixte.</li><li><b>L'option pour le "
                                "paiement de la TVA d'après les débits</b>, si vous l'avez "
                                "choisie.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": {
                                "text": "Organisez-vous dès maintenant",
                                "level": "h2",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Complétez votre fichier de clients professionnels : "
                                "SIREN, adresse, contact comptable.</li><li>Décidez qui, à la "
                                "boutique, consulte chaque semaine les factures reçues sur la "
                                "plateforme, pour ne pas rater une échéance.</li><li>Faites le "
                                "point avec votre expert-comptable sur ce que chacun "
                                "fait.</li><li>Continuez à conserver vos factures 10 ans, comme "
                                "l'exige le Code de commerce.</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "info",
                                "title": "Et en cas d'oubli ?",
                                "text": (
                                    "<p>La loi prévoit des amendes en cas de manquement, "
                                    "calculées par facture ou par transmission manquée, avec des "
                                    "plafonds annuels. Mieux vaut anticiper que rattraper dans "
                                    "l'urgence.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "À appliquer dans ma boutique",
                                "items": [
                                    (
                                        "Demander à mon fournisseur de caisse comment il gérera "
                                        "l'e-reporting de mes ventes."
                                    ),
                                    (
                                        "Ajouter le SIREN de mes clients professionnels dans mon "
                                        "logiciel de facturation."
                                    ),
                                    (
                                        "Vérifier que mon modèle de facture peut afficher les "
                                        "quatre nouvelles mentions."
                                    ),
                                    (
                                        "Désigner la personne qui consulte les factures reçues "
                                        "chaque semaine."
                                    ),
                                    (
                                        "Faire le point avec mon expert-comptable sur mon régime "
                                        "de TVA."
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
                                    "Votre boulangerie vend surtout à des particuliers. Que "
                                    "change l'e-reporting pour ces ventes ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Vous transmettez par votre plateforme agréée des "
                                            "totaux de ventes et de TVA, sans facture "
                                            "électronique pour chaque client."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les ventes aux particuliers ne donnent pas lieu à "
                                            "une facture électronique : seules des données "
                                            "globales sont transmises."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Vous devez envoyer une facture électronique à "
                                            "chaque client, même pour une baguette."
                                        ),
                                        "correct": False,
                                        "explanation": (
                                            "La facture électronique concerne les ventes entre "
                                            "entreprises, pas les ventes au comptoir aux "
                                            "particuliers."
                                        ),
                                    },
                                    {
                                        "text": "Vous devez demander le SIREN de chaque client.",
                                        "correct": False,
                                        "explanation": (
                                            "Un particulier n'a pas de SIREN. Cette mention "
                                            "concerne les clients professionnels."
                                        ),
                                    },
                                    {
                                        "text": "Rien ne change pour ces ventes.",
                                        "correct": False,
                                        "explanation": (
                                            "Les données de ventes aux particuliers seront "
                                            "transmises à l'administration à partir de septembre "
                                            "2027 pour les PME et micro-entreprises."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Lesquelles font partie des nouvelles mentions obligatoires "
                                    "sur les factures ?"
                                ),
                                "kind": "multiple",
                                "answers": [
                                    {
                                        "text": "Le numéro SIREN du client.",
                                        "correct": True,
                                        "explanation": (
                                            "Il permet notamment de retrouver la plateforme du "
                                            "client dans l'annuaire central."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La nature de l'opération : biens, services ou les "
                                            "deux."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Elle détermine notamment quand la TVA est due."
                                        ),
                                    },
                                    {
                                        "text": "Le numéro de téléphone personnel du client.",
                                        "correct": False,
                                        "explanation": (
                                            "Ce n'est pas une mention obligatoire, et ce serait "
                                            "une donnée inutile sur une facture."
                                        ),
                                    },
                                    {
                                        "text": "La date de naissance du gérant.",
                                        "correct": False,
                                        "explanation": (
                                            "Aucun rapport avec la facture : elle n'a rien à y "
                                            "faire."
                                        ),
                                    },
                                ],
                            },
                            {
                                "text": (
                                    "Un garage facture à une entreprise une réparation avec des "
                                    "pièces et de la main-d'œuvre. Quelle nature d'opération "
                                    "indiquer ?"
                                ),
                                "kind": "single",
                                "answers": [
                                    {
                                        "text": (
                                            "Mixte : livraison de biens et prestation de services."
                                        ),
                                        "correct": True,
                                        "explanation": (
                                            "Les pièces sont des biens et la main-d'œuvre est un "
                                            "service : la facture comprend les deux."
                                        ),
                                    },
                                    {
                                        "text": "Uniquement une prestation de services.",
                                        "correct": False,
                                        "explanation": (
                                            "Les pièces fournies sont des biens : la facture "
                                            "n'est pas seulement un service."
                                        ),
                                    },
                                    {
                                        "text": "Aucune mention n'est nécessaire pour un garage.",
                                        "correct": False,
                                        "explanation": (
                                            "La nature de l'opération fait partie des nouvelles "
                                            "mentions, quel que soit le métier."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
