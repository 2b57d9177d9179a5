"""Bush Mosteller (bush_mosteller.py) against the fixed sequences."""

PLAYERS = {
    "BushMosteller": {"class": "BushMosteller"},
    "BushMosteller(0.8,0.2,2,0.3)": {"class": "BushMosteller",
                                     "kwargs": {"c_prob": 0.8, "d_prob": 0.2, "aspiration_level_divider": 2.0,
                                                "learning_rate": 0.3}},
    "BushMosteller(0.3,0.6,5,1)": {"class": "BushMosteller",
                                   "kwargs": {"c_prob": 0.3, "d_prob": 0.6, "aspiration_level_divider": 5.0,
                                              "learning_rate": 1.0}},
}
