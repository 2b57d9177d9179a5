"""Neural-network players: one hidden layer over seventeen features of the history.

The trained networks are Axelrod-Python 4.14's, from its data file
``axelrod/data/ann_weights.csv`` (columns: name, number of features, number
of hidden units, then the weights), kept below as module constants.
"""

from __future__ import annotations

import math
import numbers

from ..engine.protocol import (
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OWN,
    OWN_DEFECTIONS,
    sequence,
)
from ..engine.rule import rule
from ..parameters import Count, Parameter, State
from ..strategy import Classifier, Strategy
from .cycler import _Named

FEATURES = 17

EVOLVED_ANN = (  # Evolved ANN: 17 features, 10 hidden units, 190 weights
    3.459899447605539, 2.1318404265386586, 13.17966613895038, -6.192108007790158,
    -0.37086706789610013, -0.3896626810316768, -0.3866099292858918, -0.5945768318137592,
    8.657276286604098, -0.31582965913711214, -12.77263491874852, -3.7221902888177283,
    0.7700315120556411, -33.026063114130366, -0.6766419579791423, -0.9319070818093544,
    -12.214457623430176, -0.7005949704263965, -0.9248704722582742, -0.30575483808901427,
    -0.6882322381266356, 0.492463682676912, 0.4162176461180324, 2.2349377906341243,
    -4.828561111548519, -1.9512825291316083, 15.234656539966528, 13.201167624183022,
    2.128673097211623, 2.92411276919898, -0.7547167660636005, 1.199314577481091,
    0.06760026684238629, 0.7832939406545589, -177.49932309404323, 6.89500655807993,
    -0.08284645051120698, -0.799724698184292, -8.207688126907367, 17.450767180301746,
    -19.54570476880868, 23.570589723652876, 7.443462688149636, -4.262126715956444,
    51.789933932119446, -0.9595303137934914, -0.015387143246637383, -1.6996871126483133,
    0.5326556419474413, -0.8690658866365495, -0.747871482057276, -0.1990663384836313,
    0.7376303253285281, 19.692218213944003, -2.920745672290689, -0.2877252920885854,
    -5.351299019427598, 1.1722532499353777, 1.3902788805171062, 0.38849134405949914,
    -5.729822642840242, -4.641822939824729, 0.5691745664669388, 0.30905426295392857,
    -8.85980449965398, -4.732837361082687, 0.8831193558694339, -0.9520915826182503,
    -0.5355473390079997, -22.037852229409136, -0.9596756645256569, 0.15632020854402362,
    -24.710657392303975, 21.00195680553553, -6.099731246259528, -0.9426766932743909,
    -0.7194608598270196, 3.4908551710867917, 0.1371367081336668, -0.9960642361403127,
    -0.23395001734734366, 0.7974681865981025, 1.1178545864789984, 0.0309085368898055,
    0.3709257972027509, -0.7705906687715782, 0.3106563294379545, -0.006111882508708552,
    0.01778595332796895, 0.5677955352244695, -0.04300357455768222, -0.8378512149555155,
    0.4517674874175419, 0.026356153000395066, 8.559746666840512, 60.1036518587203,
    -11.066045796708, 1.9547952088765457, -1.2572770384601373, -3.1565358568060065,
    -0.39428165742075283, -7.976304408878465, -12.979182222761667, -0.8903476091382874,
    -0.044046900475693686, -2290.612969360032, 3.1361101611630904, -4.744165899359072,
    1.5590913900932555, 23.589552731167824, 3.696503591016147, -49.0193733334204,
    -0.31155127179562386, -12.893291340674148, 3.355621906094085, -1124.6168527572167,
    -8.611905802129927, -5.495486462660128, 9.317002862904996, -0.928102034629926,
    0.9862671193437127, 71.6360157474848, -41.78727928552422, -0.08938630210606524,
    -25.475912160872333, -1.6296570038831701, 3.721506342123227, 1.2616295894267517,
    -2.16674011456336, 1.0608792593103447, -1.5348732560098246, 0.6488189032682272,
    -9.554624561640432, 0.9982451738644897, -3.585518099583287, 2.3410371683096507,
    -1.059363823436213, -36.03382554076086, 49.400216254399005, -0.09560108506061127,
    22.265326907988467, -1167.4125713033582, -827.3412289305065, -0.2817962724984171,
    -12.585799415544116, -0.4968822378372789, 81.10836010264876, 0.7230863554676401,
    -3.7241902674476655, -0.9757756717170544, -68.02893974316859, -2.2396567795647564,
    0.07066110212550569, -1.250920612229347, -0.046887193108303915, -0.7680639795702753,
    17.937616126439604, -1.1019678164169133, 0.07411014749198457, 2.056144561078099,
    -0.9166833148022522, -27.361514430051557, -2.3877636883795264, 2.2300576943504535,
    447.438860571402, 0.45131006835733695, 10.58847351640523, 1.9849158213808964,
    -1574.2103557260862, -0.7371599837780478, 0.9086264191508042, -0.7828307535556679,
    0.3300464039361075, 1.81242958242284, -3.610267708304238, -0.973651955724061,
    0.1209299242691169, 2.9843573498979894, -0.11277293056015156, -0.7439895632451479,
    -3.8649914641316685, 0.9782080851048618, -5.053463725816831, 3.5891164827308604,
    -3.7958700956913, -2.8572114118106247, -0.41818946926149336, 1.4695517340149908,
    -0.026854015704181288, -0.02788909596479816,
)

EVOLVED_ANN_5 = (  # Evolved ANN 5: 17 features, 5 hidden units, 95 weights
    -28.102635339566508, -5.270221138740612, -1.7991915039829207, -19.860573976774578,
    -24.60513164187047, 3.8162913045444635, 0.023473769583907095, -54.50321528122049,
    10.003539037251969, -2.3346147693972115, 16.73844151591633, 0.3100810247981438,
    -169.33492203029917, -5.724230282870263, 0.8526201446384842, -0.22605058147685014,
    -17.835641849307482, -0.7043679829900225, -10.486007034199204, -3.0550187074781925,
    -0.6810531857496793, -4453.796912952781, 33810.53059746947, -10848.78737197365,
    -118.11626381871724, 93.18879667509046, -16083.650736874622, -13.725703495018438,
    50.10494647994167, -7.604207807021347, 90.77373268627657, 1.595074916653774,
    2.7557812139573015, -39715.109221929466, 28.904911685140643, -0.43899423549864697,
    5.768080489913274, 5.295125125995148, -2.546634014137431, -238767.20745174124,
    -3.5528156876545527, -4.9527347193332965, 1115.2695575158439, 4.174668501799942,
    -14.649495628121237, -23.25321447104678, 0.5500236215768699, -20.73180030629891,
    0.5694594098639599, 9.126335853167467, 3.566801760870098, 1337.557828195395,
    7235.478182255781, 73866.16381328272, -857.4430471718431, -924.9591765734541,
    -3518.967885192465, -1.9067958478325906, -6.633454070601698, -14.521354381912227,
    -2885.6120623623256, 22500.261088902847, -2.151057666676581, -1132.4844452804136,
    -320738.9350600944, 95.16925312662866, -5656.2165411116075, -45086.65321702537,
    -27.563351028422737, -2.61387586136827, 371.56363217654854, -303.4084110871267,
    6.983609633015089, -47.030329656598646, -32.801150369212415, 106.5993554145673,
    -1488.6548395800542, -76.76127924999216, 228.98568852459917, 3.1681704936401016,
    7.847547722960641, -17.600408577355783, -10.176187185243615, -2.8861364567007923,
    -6.112911717298348, -335.90148548509376, 52.34158411280463, 1272.9680157062762,
    22.881750122081684, 533.1837365484016, -0.6762316764182235, 4.4063523628928465,
    4.139696013585834, 124.12127527435491, -128.06733876616389,
)

EVOLVED_ANN_5_NOISE_05 = (  # Evolved ANN 5 Noise 05: 17 features, 5 hidden units, 95 weights
    23.884262150181755, -1818.8117704211384, -99.98875916610936, -0.03961610388820535,
    -6.210054298897063, 3.7052379169262717, -0.2341738759745093, -181.13859219885555,
    12.13317672298101, -0.49669501894086343, -1.0749425884840627, 10.74864948953037,
    -0.2896667901231506, -16.22712292450597, -1.7178383009508598, 0.03221417142047274,
    -158.1666203488453, -14.63669956068759, 15.408582826806054, 5.844929636776999,
    4.566735602054217, 3.2997530921332476, -1.9670038978333584, 11.7498294264678,
    13.681065767064851, 6.221555978655614, -6.577090380820985, -5.280239152793359,
    -3.708452340749404, 0.9946864682020832, -4.969083580503034, 0.37099841885684537,
    -4.663632521892934, 0.5739444442201613, -97.24526798384726, -18.898938443720873,
    2.836962511054863, 1426.696564885826, -61.660716521684535, -96.9853369128562,
    -35.811382478532956, 21.74704795347286, -43208.50415025884, -30.91261823654964,
    556.8238912039677, -1.2029710853005269, 86.95493903070172, -10502.293376143582,
    -2.0466530653599544, 22.16892386331129, -155.02893455429202, -28.409090647029252,
    -3.391747333401208, -13.869670523479188, 13.919971713037201, 10.27621997230116,
    0.8687219298082444, 5.274915939989237, -103.56226257273838, -11.47523804695477,
    8.100576862445774, -0.5353167277104594, -9.108755782674894, 0.8155938130504109,
    -7.262915116612636, -0.7403289719769353, -1.7023773645551308, 1.0574026713510245,
    -2732.0241659942394, -5.435067280962746, -188.24943501427512, 0.37886585953090285,
    -67.01235198117197, -121.1206837158425, -83.84782446726592, 45.31005125030543,
    11.069886195948996, -169.35773604933806, 31.675914286375498, -311.2006747809748,
    49.093586385973545, -5.819783407611689, -88.52645028711315, -284.2358463873679,
    0.6989482567897998, 156.74810964228283, 1.8064093223587379, 3.4228475977181265,
    -125.93039228074147, -25.169489233728665, 115.98479433268457, 21.27858612035085,
    0.2744006209426808, 2.899956014713407, -53.98506935427509,
)


# Tit for tat as a network of one hidden unit: the unit's bias is 1 and it
# loses 2 when the opponent's last move was D (feature 9); the output is the
# unit itself.
_TIT_FOR_TAT_NETWORK = tuple(-2.0 if k == 9 else 0.0 for k in range(FEATURES)) + (1.0, 1.0)


class _Weights(Parameter):
    """A network's weights, kept as a tuple of floats."""

    variable = True

    def check(self, value):
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
            self._fail(f"must be a sequence of numbers, got {value!r}", TypeError)
        checked = []
        for k, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, numbers.Real):
                self._fail(f"[{k}] must be a number, got {item!r}", TypeError)
            if not math.isfinite(item):
                self._fail(f"[{k}] must be finite, got {item!r}")
            checked.append(float(item))
        return tuple(checked)

    def encode(self, value, values):
        return list(value)

    def show(self, value) -> str:
        return f"({len(value)} weights)"


class ANN(Strategy):
    """Feeds seventeen features of the history through a one-hidden-layer network; cooperates if the output is positive.

    The features, in order: the opponent's first move is C, is D; its second
    move is C, is D; the player's last move is C, is D; its last but one is
    C, is D; the opponent's last move is C, is D; its last but one is C, is
    D (each 1 or 0, and 0 while the move does not exist yet); the
    opponent's cooperations and defections so far, the player's
    cooperations and defections so far, and the number of moves played.

    Each hidden unit adds its bias to the weighted sum of the features and
    is cut at zero (a rectified linear unit); the output is the weighted
    sum of the hidden units, and the player cooperates when it is positive
    and defects otherwise (so when it is exactly zero).

    One quirk of Axelrod-Python's network is kept, because its trained
    weights were bred and published with it: its rectifier (``np.vectorize``
    of ``max(x, 0)``) takes its number type from the first hidden unit, so
    on a move where the first unit is negative every unit's value is cut to
    a whole number (truncated towards zero) before the output is summed.
    Evolved ANN 5 Noise 05 plays differently without it.

    ``weights`` lists the
    input-to-hidden weights unit by unit (``num_features`` per unit), then
    the hidden-to-output weights, then the biases, as in Axelrod-Python.

    ``num_features`` is always 17, the features above; it is kept for
    Axelrod-Python's signature. Interpretation: Axelrod-Python's ``ANN`` has
    no default network; here the default is a single unit that plays tit
    for tat.

    Martin Jones wrote the original player
    (https://gist.github.com/mojones/550b32c46a8169bb3cd89d917b73111a).

    Names:

    - ANN: Axelrod-Python ``ANN``, named by Martin Jones
    """

    name = "ANN"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    num_features = Count(default=FEATURES, minimum=FEATURES, maximum=FEATURES, doc="the number of features, 17")
    num_hidden = Count(default=1, minimum=1, doc="the number of hidden units")
    weights = _Weights(default=_TIT_FOR_TAT_NETWORK,
                       doc="input-to-hidden weights by unit, then hidden-to-output weights, then biases")
    features = State(FEATURES, doc="the features of the current move")

    def validate(self) -> None:
        expected = self.num_features * self.num_hidden + 2 * self.num_hidden
        if len(self.weights) != expected:
            raise ValueError(
                f"weights for {self.num_features} features and {self.num_hidden} hidden units must hold "
                f"{expected} numbers, got {len(self.weights)}"
            )

    @rule
    def decide(turn, history, ctx, params, state, rng):
        x = ANN.features
        for k in range(17):
            state[x + k] = 0.0
        if turn >= 1:
            state[x + history[OPPONENT, 0]] = 1.0
            state[x + 4 + history[OWN, turn - 1]] = 1.0
            state[x + 8 + history[OPPONENT, turn - 1]] = 1.0
        if turn >= 2:
            state[x + 2 + history[OPPONENT, 1]] = 1.0
            state[x + 6 + history[OWN, turn - 2]] = 1.0
            state[x + 10 + history[OPPONENT, turn - 2]] = 1.0
        state[x + 12] = turn - ctx[OPPONENT_DEFECTIONS]
        state[x + 13] = ctx[OPPONENT_DEFECTIONS]
        state[x + 14] = turn - ctx[OWN_DEFECTIONS]
        state[x + 15] = ctx[OWN_DEFECTIONS]
        state[x + 16] = turn
        weights = sequence(params, ANN.weights)
        hidden = int(params[ANN.num_hidden])
        outputs = 17 * hidden
        biases = outputs + hidden
        total = 0.0
        whole = False  # Axelrod-Python's quirk: whole units when the first unit is negative
        for unit in range(hidden):
            value = 0.0
            for k in range(17):
                value += weights[17 * unit + k] * state[x + k]
            value = weights[biases + unit] + value
            if unit == 0 and value < 0.0:
                whole = True
            if value > 0.0:
                if whole:
                    value = math.floor(value)
                total += value * weights[outputs + unit]
        return 0 if total > 0.0 else 1


class EvolvedANN(_Named, ANN):
    """A network of ten hidden units over the seventeen features, trained by an evolutionary algorithm.

    Trained with axelrod-dojo 0.0.8 against Axelrod-Python's short-run-time
    players; the training data is archived at doi:10.5281/zenodo.1306926
    (Harper et al. 2017, "Reinforcement learning produces dominant
    strategies for the Iterated Prisoner's Dilemma", PLoS ONE 12(12)).

    Names:

    - Evolved ANN: Axelrod-Python ``EvolvedANN``, named by Martin Jones
    """

    name = "Evolved ANN"
    num_hidden = Count(default=10, minimum=1, doc="the number of hidden units")
    weights = _Weights(default=EVOLVED_ANN, doc="the trained weights (ann_weights.csv)")


class EvolvedANN5(_Named, ANN):
    """A network of five hidden units over the seventeen features, trained by an evolutionary algorithm.

    Trained with axelrod-dojo 0.0.8; the training data is archived at
    doi:10.5281/zenodo.1306931.

    Names:

    - Evolved ANN 5: Axelrod-Python ``EvolvedANN5``, named by Marc Harper
    """

    name = "Evolved ANN 5"
    num_hidden = Count(default=5, minimum=1, doc="the number of hidden units")
    weights = _Weights(default=EVOLVED_ANN_5, doc="the trained weights (ann_weights.csv)")


class EvolvedANNNoise05(_Named, ANN):
    """A network of five hidden units over the seventeen features, trained in matches with 5% noise.

    Trained with axelrod-dojo 0.0.8; the training data is archived at
    doi:10.5281/zenodo.1314247.

    Names:

    - Evolved ANN 5 Noise 05: Axelrod-Python ``EvolvedANNNoise05``, named by Marc Harper
    """

    name = "Evolved ANN 5 Noise 05"
    num_hidden = Count(default=5, minimum=1, doc="the number of hidden units")
    weights = _Weights(default=EVOLVED_ANN_5_NOISE_05, doc="the trained weights (ann_weights.csv)")
