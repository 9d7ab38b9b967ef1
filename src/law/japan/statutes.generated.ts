// Generated from data/japan/statutes.yaml by scripts/japan-data.ts (npm run japan-data): do not edit.
export const JAPAN_DATA = {
  "regions": {
    "japan": {
      "name": "Japan's territory (land, territorial sea, airspace)",
      "ja": "我が国領域"
    },
    "around-japan": {
      "name": "High seas (EEZ included) and airspace around Japan",
      "ja": "我が国周辺の公海（排他的経済水域を含む）及びその上空"
    },
    "indian-ocean": {
      "name": "Indian Ocean, North Arabian Sea and Gulf of Oman",
      "ja": "インド洋（北アラビア海・オマーン湾を含む）"
    },
    "persian-gulf": {
      "name": "Persian Gulf",
      "ja": "ペルシャ湾"
    },
    "gulf-of-aden": {
      "name": "Gulf of Aden and waters off Somalia",
      "ja": "アデン湾・ソマリア沖"
    },
    "middle-east-land": {
      "name": "Territory of a state of the Middle East",
      "ja": "中東諸国の領域"
    },
    "africa-land": {
      "name": "Territory of an African state",
      "ja": "アフリカ諸国の領域"
    },
    "other": {
      "name": "Anywhere else",
      "ja": "その他"
    }
  },
  "statutes": {
    "defence-armed-attack": {
      "from": {
        "value": "1954-07-01",
        "source": "japan.md 2(a): SDF Act (Act No. 165 of 1954), defence operations art 76"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(f) table: not confined to Japan's territory, but 'overseas dispatch is generally not permitted' (Abe, 1 July 2014)"
      }
    },
    "defence-survival": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f): Legislation for Peace and Security in force 29 Mar 2016 [S23]"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(f) table: not confined to Japan's territory (Sankei Biz, 2 July 2014); minesweeping at Hormuz the only exception named"
      }
    },
    "maritime-transport-restriction": {
      "from": {
        "value": "2004",
        "source": "japan.md 2(f) table: 2004 bill (Japan Times 25 Feb 2004); the day in force UNVERIFIED"
      }
    },
    "anticipated-armed-attack": {
      "from": {
        "value": "2003-06-13",
        "source": "japan.md 2(f): Armed Attack Situations Response Act 2003; 13 June 2003 UNVERIFIED (from memory)"
      }
    },
    "missile-destruction": {
      "from": {
        "value": "2005-07-29",
        "source": "japan.md 2(g)(7)(b): Act No. 88 of 2005, promulgated 29 July 2005 [S32]"
      },
      "certainFrom": {
        "value": "2006-03-31",
        "source": "japan.md 2(g)(7)(b): in force by Cabinet order by 31 Mar 2006; exact day UNVERIFIED"
      },
      "area": {
        "value": {
          "reaches": [
            "japan",
            "around-japan"
          ]
        },
        "source": "japan.md 2(g)(7)(b): art 82-3(1) 'over Japan's territory or the high seas (EEZ included)'; the high seas anywhere, read here as around Japan where a missile flies toward Japan"
      }
    },
    "maritime-security-operations": {
      "from": {
        "value": "1954-07-01",
        "source": "japan.md 2(e)(iv): SDF Act art 82"
      }
    },
    "public-security-operations": {
      "from": {
        "value": "1954-07-01",
        "source": "japan.md 2(e)(iv): SDF Act public security operations"
      }
    },
    "anti-piracy": {
      "from": {
        "value": "2009-07-24",
        "source": "japan.md 2(g)(6): promulgated 24 June 2009, in force 30 days later [S32]"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(g)(6): the high seas incl. the EEZ and Japan's waters, wherever piracy occurs (foreign territorial seas excluded)"
      }
    },
    "asset-protection-95-2": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f): SDF Act art 95-2 inserted by Act No. 76 of 2015, in force 29 Mar 2016"
      },
      "operationalFrom": {
        "value": "2016-12-22",
        "source": "japan.md 2(f) table: NSC guideline adopted 22 Dec 2016 [S16; Asahi]"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(f) table: not territorially limited in the text"
      },
      "supports": {
        "value": "us-and-others",
        "source": "japan.md 2(f) table: 'the US armed forces and other foreign armed forces'; not limited to ACSA partners (Asahi 22 Dec 2016)"
      }
    },
    "mine-removal": {
      "from": {
        "value": "1954-07-01",
        "source": "not in japan.md: SDF Act art 84-2 (art 99 before 2006), UNVERIFIED (from memory)"
      }
    },
    "surrounding-areas": {
      "from": {
        "value": "1999-08-25",
        "source": "japan.md 2(g)(2): Act No. 60 of 1999, in force 25 Aug 1999 (Verified (secondary))"
      },
      "to": {
        "value": "2016-03-28",
        "source": "japan.md 2(f): became the Important Influence Situations Act on 29 Mar 2016"
      },
      "area": {
        "value": {
          "reaches": [
            "japan",
            "around-japan"
          ]
        },
        "source": "japan.md 2(g)(2): art 3(1)(iii) rear area = Japan's territory and the high seas around Japan; foreign territory never part of it; annexed Table 1 note 3"
      },
      "supports": {
        "value": "us-only",
        "source": "japan.md 2(g)(2): art 3(1)(i) only US forces contributing to the Security Treaty's objectives"
      },
      "excludes": {
        "value": [
          "weapons",
          "ammunition",
          "aircraft-servicing-for-combat-sorties"
        ],
        "source": "japan.md 2(g)(2): annexed Table 1 notes 1 and 2 (weapons incl. ammunition; refuelling and maintenance of aircraft readied for combat sorties) [S32]"
      },
      "combatLimit": {
        "value": "rear-area",
        "source": "japan.md 2(g)(2): art 3(1)(iii), no combat now and none expected throughout"
      }
    },
    "important-influence": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f): in force 29 Mar 2016"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(f) table: no geographic limit (psaj.org; Abe, Sankei Biz 18 Sept 2015); foreign territory with consent"
      },
      "supports": {
        "value": "us-and-others",
        "source": "japan.md 2(f) table: US forces and other forces contributing to the Charter's purposes (Imidas [S23])"
      },
      "excludes": {
        "value": [
          "weapons"
        ],
        "source": "japan.md 2(g)(2): the 2016 law kept the ban on weapons but allowed ammunition and servicing aircraft for combat sorties (White Paper 2016 [S34])"
      },
      "combatLimit": {
        "value": "combat-scene",
        "source": "japan.md 2(e)(ii): not at the scene where combat is actually being conducted [S10]"
      }
    },
    "international-peace-support": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f): Act No. 77 of 2015, in force 29 Mar 2016"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(f) table: global; foreign territory with consent"
      },
      "supports": {
        "value": "us-and-others",
        "source": "japan.md 2(f) table: foreign forces acting against the threat"
      },
      "excludes": {
        "value": [
          "weapons"
        ],
        "source": "japan.md 2(f) table: not provision of weapons; 'as the IIS Act' (White Paper 2016 [S34])"
      },
      "combatLimit": {
        "value": "combat-scene",
        "source": "japan.md 2(f) table: not at a combat scene (Kotobank)"
      }
    },
    "anti-terrorism-2001": {
      "from": {
        "value": "2001-11-02",
        "source": "japan.md 2(g)(3): promulgated and in force 2 Nov 2001 (Verified (secondary))"
      },
      "to": {
        "value": "2007-11-01",
        "source": "japan.md 2(g)(3): expired 1 Nov 2007; refuelling ended that day (Fukuda statement [S35])"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(g)(3): Japan, the high seas and foreign territory with consent, each a non-combat area; the basic plan sets the areas (16 Nov 2001)"
      },
      "supports": {
        "value": "us-and-others",
        "source": "japan.md 2(g)(3): art 1(i) US and other foreign forces contributing to the Charter's purposes by removing the terrorist threat"
      },
      "excludes": {
        "value": [
          "weapons"
        ],
        "source": "japan.md 2(g)(3): no land transport of weapons in foreign territory (lower-house amendment); a ban on ammunition and on servicing aircraft for combat sorties like 1999's is UNVERIFIED (annex not read)"
      },
      "combatLimit": {
        "value": "non-combat-area",
        "source": "japan.md 2(g)(3): art 2(3) non-combat area"
      }
    },
    "iraq-2003": {
      "from": {
        "value": "2003-08-01",
        "source": "japan.md 2(g) overview table row 4"
      },
      "to": {
        "value": "2009-07-31",
        "source": "japan.md 2(g) overview table row 4: expired 31 Jul 2009"
      },
      "area": {
        "value": {
          "reaches": "anywhere"
        },
        "source": "japan.md 2(g) overview table row 4: Japan, foreign territory with consent, the high seas; non-combat area"
      },
      "excludes": {
        "value": [
          "weapons",
          "ammunition",
          "aircraft-servicing-for-combat-sorties"
        ],
        "source": "japan.md 2(g) open points: the exclusion notes of the 2003 Act were not read as statute text: UNVERIFIED"
      },
      "combatLimit": {
        "value": "non-combat-area",
        "source": "japan.md 2(g)(4): non-combat area"
      }
    },
    "replenishment-2008": {
      "from": {
        "value": "2008-01-16",
        "source": "japan.md 2(g)(5): promulgated and in force 16 Jan 2008 (Verified (secondary))"
      },
      "to": {
        "value": "2010-01-15",
        "source": "japan.md 2(g)(5): extended by the law of 12 Dec 2008 to 15 Jan 2010; expired that day (MOFA [S35])"
      },
      "area": {
        "value": {
          "reaches": [
            "indian-ocean",
            "persian-gulf",
            "gulf-of-aden"
          ]
        },
        "source": "japan.md 2(g)(5): the statute fixed the area (White Paper 2009 [S34]); supplies made in the Gulf of Oman, North Arabian Sea, Gulf of Aden and Persian Gulf (White Paper 2012 annex); exact wording UNVERIFIED"
      },
      "supports": {
        "value": "us-and-others",
        "source": "japan.md 2(g)(5): ships of foreign forces engaged in counter-terrorism maritime interdiction (8 countries)"
      },
      "allows": {
        "value": [
          "fuel",
          "water"
        ],
        "source": "japan.md 2(g)(5): only supply of fuel and water (White Paper 2009 [S34])"
      }
    },
    "pko": {
      "from": {
        "value": "1992-08-10",
        "source": "japan.md 2(g) overview table row 1: Act No. 79 of 1992, in force 10 Aug 1992"
      },
      "coreTasksFrom": {
        "value": "2001-12-14",
        "source": "japan.md 2(g)(1): the freeze of PKF core tasks lifted by Act No. 157 of 14 Dec 2001"
      }
    },
    "pko-kaketsuke-keigo": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f) table: new task of the PKO Act as amended by Act No. 76 of 2015"
      }
    },
    "pko-safety-ensuring": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f) table: new task of the PKO Act as amended by Act No. 76 of 2015"
      }
    },
    "rescue-nationals-84-3": {
      "from": {
        "value": "2016-03-29",
        "source": "japan.md 2(f) table: SDF Act art 84-3 (new), in force 29 Mar 2016"
      }
    },
    "transport-nationals": {
      "from": {
        "value": "1994-11-18",
        "source": "japan.md 2(g)(7)(a): Act No. 102 of 18 Nov 1994, in force on promulgation [S33]"
      },
      "means": {
        "value": {
          "aircraft": "1994-11-18",
          "ship": "1999-05-28",
          "vehicle": "2013-11-15"
        },
        "source": "japan.md 2(g)(7)(a): aircraft from art 100-8 (Act No. 102 of 1994) [S33]; ships and shipborne helicopters added by Act No. 61 of 28 May 1999 [S33] (day in force UNVERIFIED: promulgation day used); transport by vehicle on land added by Act No. 77 of 2013, passed 15 Nov 2013 [S33][S38] (day in force UNVERIFIED: the day passed used)"
      },
      "safetyTestFrom": {
        "value": "2013-11-15",
        "source": "japan.md 2(g)(7)(a): Act No. 77 of 2013 (passed 15 Nov 2013) replaced 'safety is ensured' by 'can be carried out safely' after consulting the Foreign Minister [S33]; the day in force UNVERIFIED"
      }
    },
    "ship-inspection": {
      "from": {
        "value": "2001",
        "source": "japan.md 2(g)(2): Act No. 145 of 2000 promulgated 6 Dec 2000; the day in force UNVERIFIED (believed 1 March 2001, from memory)"
      }
    }
  }
} as const;
