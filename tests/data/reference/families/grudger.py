"""The grudgers (grudger.py) against the fixed sequences; Grudger itself is in the classic family."""

PLAYERS = {
    "ForgetfulGrudger": {"class": "ForgetfulGrudger"},
    "OppositeGrudger": {"class": "OppositeGrudger"},
    "Aggravater": {"class": "Aggravater"},
    "SoftGrudger": {"class": "SoftGrudger"},
    "GrudgerAlternator": {"class": "GrudgerAlternator"},
    "EasyGo": {"class": "EasyGo"},
    "GeneralSoftGrudger": {"class": "GeneralSoftGrudger"},
    "GeneralSoftGrudger(2,3,1)": {"class": "GeneralSoftGrudger", "kwargs": {"n": 2, "d": 3, "c": 1}},
    "GeneralSoftGrudger(1,1,3)": {"class": "GeneralSoftGrudger", "kwargs": {"n": 1, "d": 1, "c": 3}},
    "GeneralSoftGrudger(3,5,0)": {"class": "GeneralSoftGrudger", "kwargs": {"n": 3, "d": 5, "c": 0}},
    "SpitefulCC": {"class": "SpitefulCC"},
    "Capri": {"class": "Capri"},
}
