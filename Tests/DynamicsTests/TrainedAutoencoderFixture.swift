// The trained autoencoder used by the tests: three layers of width two, leaky ReLU with slope
// 0.1 on the hidden layers and identity on the output, trained with Adam on the three points in
// `training_points`. `check` holds, for each training point, the spectral radius of the Jacobian
// computed by NumPy at export.
let trainedAutoencoderJSON = #"""
{
 "input": 2,
 "activation_hidden": "leaky_relu(0.1)",
 "activation_output": "identity",
 "training_points": [
  [
   1.0,
   0.5
  ],
  [
   -0.8,
   0.3
  ],
  [
   0.2,
   -0.9
  ]
 ],
 "final_mse": 8.79315314972605e-15,
 "steps": 908,
 "layers": [
  {
   "weights": [
    [
     -0.8591072003741502,
     -1.0864295171098546
    ],
    [
     -1.3249188380079533,
     0.7890138590418445
    ]
   ],
   "bias": [
    0.23548974406137124,
    0.8173973846051843
   ]
  },
  {
   "weights": [
    [
     0.351030802675092,
     -1.9094381518659655
    ],
    [
     -1.2426686752525904,
     -0.8854726577115042
    ]
   ],
   "bias": [
    0.06496203260207198,
    0.6475715154098568
   ]
  },
  {
   "weights": [
    [
     0.9733668525600107,
     1.3905764491248551
    ],
    [
     -1.5715033923548556,
     0.8635630651487173
    ]
   ],
   "bias": [
    -0.16041304075508592,
    -0.12144367757437644
   ]
  }
 ],
 "check": [
  {
   "point": [
    1.0,
    0.5
   ],
   "residual": 2.4267612724795387e-08,
   "spectral_radius": 0.590057414592476
  },
  {
   "point": [
    -0.8,
    0.3
   ],
   "residual": 7.91478207758269e-08,
   "spectral_radius": 0.5900574145924761
  },
  {
   "point": [
    0.2,
    -0.9
   ],
   "residual": 1.204897127006158e-07,
   "spectral_radius": 0.8654559217042072
  }
 ]
}
"""#
