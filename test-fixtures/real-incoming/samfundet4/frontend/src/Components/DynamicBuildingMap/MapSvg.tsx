type MapSvgProps = {
  style?: React.CSSProperties;
  className?: string;
};

export function MapSvg({ style, className }: MapSvgProps) {
  return (
    <svg
      width="100%"
      height="100%"
      viewBox="0 0 7407 3273"
      version="1.1"
      xmlns="http://www.w3.org/2000/svg"
      // xmlns:xlink="http://www.w3.org/1999/xlink"
      // xml:space="preserve"
      // xmlns:serif="http://www.serif.com/"
      className={className}
      style={{
        fillRule: 'evenodd',
        clipRule: 'evenodd',
        strokeLinejoin: 'round',
        strokeMiterlimit: 2,
        ...style,
      }}
    >
      <title>Venue map</title>
      <g transform="matrix(1,0,0,1,-247.552,-1383.35)">
        <g id="bodegaen" transform="matrix(0.841987,0,0,1,865.255,1480.11)">
          <g id="body">
            <g transform="matrix(1,0,0,1,-2305.79,-517.849)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(118,42,159)' }} />
            </g>
            <g transform="matrix(1,0,0,1,-2289.86,-1195.83)">
              <path
                d="M3777.79,3560.53L3777.79,2924.66L6850.81,2924.66L6850.81,3560.53L3777.79,3560.53Z"
                style={{ fill: 'rgb(118,42,159)' }}
              />
            </g>
            <g transform="matrix(1,0,0,1,-2305.79,-1153.71)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(85,32,113)' }} />
            </g>
          </g>
          <g transform="matrix(1.18767,3.96443e-17,-5.55112e-17,1,-3236.67,-615.75)">
            <g id="label">
              <text
                id="label1"
                data-serif-id="label"
                x="2848.92px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                Bodegaen
              </text>
            </g>
          </g>
        </g>
        <g id="hovedinngangen">
          <g transform="matrix(0.292485,0,0,0.746845,1816.1,828.65)">
            <path d="M1291.33,2350.55C1291.33,2300.79 1188.16,2260.38 1061.09,2260.38C934.014,2260.38 830.845,2300.79 830.845,2350.55L830.845,2755.35C830.845,2805.11 934.014,2845.52 1061.09,2845.52C1188.16,2845.52 1291.33,2805.11 1291.33,2755.35L1291.33,2350.55Z" />
          </g>
          <g transform="matrix(0.292485,0,0,0.373422,1765.48,1781.98)">
            <path d="M1291.33,2440.72C1291.33,2341.19 1188.16,2260.38 1061.09,2260.38C934.014,2260.38 830.845,2341.19 830.845,2440.72L830.845,2665.18C830.845,2764.71 934.014,2845.52 1061.09,2845.52C1188.16,2845.52 1291.33,2764.71 1291.33,2665.18L1291.33,2440.72Z" />
          </g>
          <g transform="matrix(1,-1.42593e-17,-9.09781e-17,1,-2562.52,-45.2451)">
            <text
              id="label2"
              data-serif-id="label"
              x="2795.47px"
              y="2809.47px"
              style={{ fontFamily: 'AvenirNext-Bold, Avenir Next, sans-serif', fontWeight: 700, fontSize: '200px' }}
            >
              Hovedinngangen
            </text>
          </g>
        </g>
        <g id="rundhallen" transform="matrix(0.841987,0,0,1,865.255,772.891)">
          <g id="body1" data-serif-id="body">
            <g transform="matrix(1,0,0,1,-2305.79,-517.849)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(122,184,229)' }} />
            </g>
            <g transform="matrix(1,0,0,1,-2289.86,-1195.83)">
              <path
                d="M3777.79,3560.53L3777.79,2924.66L6850.81,2924.66L6850.81,3560.53L3777.79,3560.53Z"
                style={{ fill: 'rgb(122,184,229)' }}
              />
            </g>
            <g transform="matrix(1,0,0,1,-2305.79,-1153.71)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(82,145,191)' }} />
            </g>
            <g id="gangen" transform="matrix(0.999353,-0.0302906,0.0427264,0.999353,10.2811,-18.5058)">
              <g transform="matrix(1.18767,0,0,1,-1027.63,-772.891)">
                <path
                  d="M5773.13,3481.33L4395.03,3389.64L4406.59,3068.54L4618.69,3013.21L6056.23,3095.09L6055.86,3356.07L5773.13,3481.33Z"
                  style={{ fill: 'rgb(122,184,229)' }}
                />
              </g>
              <g transform="matrix(1.18767,0,0,1,-1027.63,-772.891)">
                <path
                  d="M4382.05,3099.16L5823.81,3196.96L6055.05,3127.88C6055.05,3127.88 4458.79,3031.57 4433.84,3040.72C4409.41,3049.69 4382.05,3099.16 4382.05,3099.16Z"
                  style={{ fill: 'rgb(82,145,191)' }}
                />
              </g>
            </g>
          </g>
          <g id="label3" data-serif-id="label">
            <g transform="matrix(1.18767,-2.15065e-17,-7.16409e-17,1,-3345.99,-582.018)">
              <text
                id="label4"
                data-serif-id="label"
                x="2843.98px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                R
                <tspan x="2961.38px 3077.58px " y="2809.47px 2809.47px ">
                  un
                </tspan>
                dhallen
              </text>
            </g>
            <g transform="matrix(1.18767,-1.43698e-17,-1.62835e-16,1,747.815,-350.586)">
              <text
                id="label5"
                data-serif-id="label"
                x="3082.75px"
                y="2720.61px"
                style={{
                  fontFamily: 'AvenirNext-Italic, Avenir Next, sans-serif',
                  fontStyle: 'italic',
                  fontSize: '125px',
                }}
              >
                R
                <tspan
                  x="3156.87px 3217.25px 3253.37px 3291.75px 3362.5px 3404.5px 3482.87px "
                  y="2720.61px 2720.61px 2720.61px 2720.61px 2720.61px 2720.61px 2720.61px "
                >
                  ytterga
                </tspan>
                ngen
              </text>
            </g>
          </g>
        </g>
        <g id="selskapssiden" transform="matrix(0.867736,0,0,0.589447,1851.32,55.6956)">
          <g id="body2" data-serif-id="body">
            <g transform="matrix(0.911529,0,0,0.879738,993.222,1127.69)">
              <path
                d="M4968.13,3521.96L5636.48,3611.46L5728.82,2631.58L4824.34,2476.71L4233.68,2767.39L1461.68,2073.93L1454.99,3472.13L4191.52,4069.23L4968.13,3521.96Z"
                style={{ fill: 'rgb(233,170,86)' }}
              />
            </g>
            <g transform="matrix(0.911529,0,0,0.879738,993.222,144.483)">
              <path
                d="M5732.24,3749.01L2316.14,2830L1445.65,3201.91L4269.57,3946.95L4828.57,3623.54L5627.99,3831.78L5732.24,3749.01Z"
                style={{ fill: 'rgb(186,127,40)' }}
              />
            </g>
          </g>
          <g transform="matrix(1.15242,0,-4.0833e-17,1.69651,585.063,-2257.41)">
            <g id="label6" data-serif-id="label">
              <text
                id="label7"
                data-serif-id="label"
                x="2674.79px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                Selsk
                <tspan x="3141.99px " y="2809.47px ">
                  a
                </tspan>
                pssiden
              </text>
            </g>
          </g>
        </g>
        <g id="daglighallen" transform="matrix(0.867736,0,0,0.589447,1491.2,631.579)">
          <g id="body3" data-serif-id="body">
            <g transform="matrix(0.911529,0,0,0.879738,993.222,1127.69)">
              <path
                d="M5117.03,3351.46L5117.03,2613.58L4110.26,3351.46L4110.26,4133.34L5117.03,3351.46Z"
                style={{ fill: 'rgb(75,164,73)' }}
              />
            </g>
            <g transform="matrix(1.25863,0,0,1.29179,2268.72,1144.85)">
              <path
                d="M2392.88,3260.61L3366.54,2520.89L3379.06,2246.93L2388.73,2893.63L1964.94,2779.38L1958.92,3161.84L2392.88,3260.61Z"
                style={{ fill: 'rgb(75,164,73)' }}
              />
            </g>
            <g transform="matrix(1.25863,0,0,1.29179,2268.72,818.505)">
              <path
                d="M3385.1,2497.37L2925.4,2381.5L1963.34,2964.88L1963.34,3040.62L2389.86,3150.56L3385.1,2497.37Z"
                style={{ fill: 'rgb(44,122,53)' }}
              />
            </g>
            <g transform="matrix(1.25863,0,0,1.29179,2675.11,176.184)">
              <path
                d="M2692.86,2907.7L2692.86,2429.89L2508.86,2555.42L2267.34,3183.28L2692.86,2907.7Z"
                style={{ fill: 'rgb(75,164,73)' }}
              />
            </g>
            <g transform="matrix(1.15242,0,0,1.69651,-1718.5,-1071.48)">
              <path
                d="M6403.07,2651.58L6115.37,2600.78L5415.33,2922.21L5415.33,3688.77L5610.52,3713.17L5610.52,3197.71L5614.83,3030.6L6403.07,2651.58Z"
                style={{ fill: 'rgb(44,122,53)' }}
              />
            </g>
            <g id="trapp" transform="matrix(1.15242,0,0,1.69651,-1004.07,-1565.45)">
              <path
                d="M5516.83,3430.85L5780.52,2943.06L6013.99,2766.15L6874.25,2905.41L6581.81,3112.89L5946.32,2999.21L5671.5,3447.51L5516.83,3430.85Z"
                style={{ fill: 'rgb(26,86,34)' }}
              />
            </g>
            <g id="door" transform="matrix(0.900183,0,0,1.32518,-178.032,-271.075)">
              <g transform="matrix(1,0,0,1,-3.64583,-1.38253)">
                <path
                  d="M5905.22,3539.36L5905.22,3212.89C5905.22,3212.89 5919.48,3145.75 6014.28,3111.07C6112.8,3075.03 6151.03,3111.07 6151.03,3111.07L6159.35,3429.74L5905.22,3539.36Z"
                  style={{ fill: 'rgb(41,97,47)' }}
                />
              </g>

              <path
                d="M6162.41,3426.57L5903.61,3420.58L5901.63,3536.8L6162.41,3426.57Z"
                style={{ fill: 'rgb(31,66,35)' }}
              />
            </g>
            <g transform="matrix(-1.44254,1.92174,0.588793,0.957818,6496.35,-2869.18)">
              <path
                d="M2412.73,3154.73L2457.72,3038.18L2440.78,2996.67L2290.4,2649L2228.33,3255.47L2412.73,3154.73Z"
                style={{ fill: 'rgb(84,180,82)' }}
              />
            </g>
          </g>
          <g transform="matrix(1.15242,-3.25935e-17,-1.18179e-16,1.69651,1789.07,984.866)">
            <g id="label8" data-serif-id="label">
              <text
                id="label9"
                data-serif-id="label"
                x="2674.79px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                Daglighallen
              </text>
            </g>
          </g>
        </g>
        <g id="storsalen" transform="matrix(0.841987,0,0,1,865.255,65.6684)">
          <g id="body4" data-serif-id="body">
            <g transform="matrix(1,0,0,1,-2305.79,-517.849)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(233,86,86)' }} />
            </g>
            <g transform="matrix(1,0,0,1,-2289.86,-1195.83)">
              <path
                d="M3777.79,3560.53L3777.79,2924.66L6850.81,2924.66L6850.81,3560.53L3777.79,3560.53Z"
                style={{ fill: 'rgb(233,86,86)' }}
              />
            </g>
            <g transform="matrix(1,0,0,1,-2305.79,-1153.71)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(186,40,40)' }} />
            </g>
            <g transform="matrix(0.764036,0,0,0.565014,-1048.05,-16.3198)">
              <ellipse cx="5330.23" cy="2882.55" rx="1536.51" ry="389.29" style={{ fill: 'rgb(151,0,0)' }} />
            </g>
          </g>
          <g transform="matrix(1.18767,-1.82467e-17,-8.44395e-17,1,-993.057,-1137.68)">
            <g id="label10" data-serif-id="label">
              <text
                id="label11"
                data-serif-id="label"
                x="2929.38px"
                y="2809.47px"
                style={{
                  fontFamily: 'AvenirNext-Bold, Avenir Next, sans-serif',
                  fontWeight: 700,
                  fontSize: '200px',
                  fill: 'white',
                }}
              >
                S
                <tspan x="3046.38px " y="2809.47px ">
                  t
                </tspan>
                orsalen
              </text>
            </g>
          </g>
        </g>
        <g id="knaus" transform="matrix(1,0,0,1,1123.06,-541.813)">
          <g id="body5" data-serif-id="body">
            <g transform="matrix(0.790967,0,0,0.518559,3926.69,2018.14)">
              <path
                d="M2659.39,2770.28L3292.6,2048.83L3292.6,1289.44L2659.39,1816.69L2032.98,1698.39L2032.98,2609.06L2659.39,2770.28Z"
                style={{ fill: 'rgb(187,118,107)' }}
              />
            </g>
            <g transform="matrix(0.790967,0,0,0.518559,3937.03,1374.99)">
              <path
                d="M3279.52,2529.7L2762.25,2410.84L2009.72,2947.95L2649.71,3056.95L3279.52,2529.7Z"
                style={{ fill: 'rgb(126,74,48)' }}
              />
            </g>
          </g>
          <g transform="matrix(1,-4.31558e-17,-4.56524e-17,1,2851.86,387.48)">
            <g id="label12" data-serif-id="label">
              <text
                id="label13"
                data-serif-id="label"
                x="2820.04px"
                y="2790.58px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '150px' }}
              >
                Knaus
              </text>
            </g>
          </g>
        </g>
        <g id="glassinngangen" transform="matrix(1,0,0,1,863.162,35.1197)">
          <g transform="matrix(1,0,0,1.43611,-2.27374e-13,-897.37)">
            <path
              d="M1611.54,2039.75L1348.76,2395.25L1348.76,3447.35L1867.96,3563.12L1867.96,2456.95L2150.31,2105.6L1611.54,2039.75Z"
              style={{ fill: 'rgb(166,255,253)', fillOpacity: 0.4 }}
            />
          </g>
          <g transform="matrix(1,0,0,1.45352,-2.36891,-932.366)">
            <path
              d="M2152.62,2104.78L2150.31,3519.28L1867.96,3544.5L1867.96,2451.73L2152.62,2104.78Z"
              style={{ fill: 'rgb(129,162,161)', fillOpacity: 0.42 }}
            />
          </g>
          <g transform="matrix(1,-2.53817e-17,-7.76214e-17,1,-1849.13,1663.38)">
            <g id="label14" data-serif-id="label">
              <text
                x="2998.33px"
                y="2709.47px"
                style={{
                  fontFamily: 'AvenirNext-Italic, Avenir Next, sans-serif',
                  fontStyle: 'italic',
                  fontSize: '200px',
                }}
              >
                Glass-
              </text>
              <text
                x="2783.53px"
                y="2909.47px"
                style={{
                  fontFamily: 'AvenirNext-Italic, Avenir Next, sans-serif',
                  fontStyle: 'italic',
                  fontSize: '200px',
                }}
              >
                inngangen
              </text>
            </g>
          </g>
        </g>
        <g id="strossa" transform="matrix(0.867736,0,0,0.589447,823.28,1973.72)">
          <g id="body6" data-serif-id="body">
            <g transform="matrix(0.911529,0,0,0.879738,993.222,1127.69)">
              <path
                d="M4969.81,3243.15L4969.81,2774L4318.9,2863.58L3061.82,2616.28L1679.39,2493.23L1679.39,3042.72L4318.9,3740.75L4969.81,3243.15Z"
                style={{ fill: 'rgb(130,97,148)' }}
              />
            </g>
            <g transform="matrix(0.911529,0,0,0.879738,993.222,493.67)">
              <path
                d="M4969.81,3494.96L2642.25,2989.15L1679.39,3221.59L4324.55,3858.85L4969.81,3494.96Z"
                style={{ fill: 'rgb(64,14,91)' }}
              />
            </g>
          </g>
          <g transform="matrix(1.14236,0.223732,-0.15198,1.68169,697.016,-1462.47)">
            <g id="label15" data-serif-id="label">
              <text
                id="label16"
                data-serif-id="label"
                x="2674.79px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                S
                <tspan x="2786.39px 2849.79px 2918.19px 3040.39px " y="2809.47px 2809.47px 2809.47px 2809.47px ">
                  tros
                </tspan>
                sa
              </text>
            </g>
          </g>
        </g>
        <g id="lyche" transform="matrix(0.867736,0,0,0.589447,823.28,1609.54)">
          <g id="body7" data-serif-id="body">
            <g transform="matrix(0.911529,0,0,0.879738,993.222,1127.69)">
              <path
                d="M4960.95,3365.65L4969.81,2774L4318.9,2863.58L3061.82,2616.28L1679.39,2493.23L1686.62,3109.11L4333.48,3722.39L4960.95,3365.65Z"
                style={{ fill: 'rgb(225,229,42)' }}
              />
            </g>
            <g transform="matrix(0.911529,0,0,0.879738,993.222,493.67)">
              <path
                d="M4969.81,3494.96L2642.25,2989.15L1679.39,3221.59L4324.55,3858.85L4969.81,3494.96Z"
                style={{ fill: 'rgb(180,154,23)' }}
              />
            </g>
          </g>
          <g transform="matrix(1.14391,0.205893,-0.139862,1.68397,383.975,-1437.28)">
            <g id="label17" data-serif-id="label">
              <text
                id="label18"
                data-serif-id="label"
                x="2973.65px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                L
                <tspan x="3068.45px 3166.05px " y="2809.47px 2809.47px ">
                  yc
                </tspan>
                he
              </text>
            </g>
          </g>
        </g>
        <g id="edgar" transform="matrix(0.867736,0,0,0.589447,823.28,1113.09)">
          <g id="body8" data-serif-id="body">
            <g transform="matrix(0.911529,0,0,0.879738,993.222,1127.69)">
              <path
                d="M4969.81,3670.21L4968.13,2376.63L4318.9,2654.38L1679.39,2103.98L1679.39,3331.19L4318.9,3990.97L4969.81,3670.21Z"
                style={{ fill: 'rgb(122,217,229)' }}
              />
            </g>
            <g transform="matrix(0.911529,0,0,0.879738,993.222,144.483)">
              <path
                d="M4969.81,3494.96L2642.25,2989.15L1679.39,3221.59L4324.55,3858.85L4969.81,3494.96Z"
                style={{ fill: 'rgb(82,161,191)' }}
              />
            </g>
          </g>
          <g transform="matrix(1.14069,0.241518,-0.164061,1.67923,391.804,-1582.93)">
            <g id="label19" data-serif-id="label">
              <text
                id="label20"
                data-serif-id="label"
                x="2959.85px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                Edgar
              </text>
            </g>
          </g>
        </g>
        <g id="klubben" transform="matrix(0.867736,0,0,0.589447,823.28,405.863)">
          <g id="body9" data-serif-id="body">
            <g transform="matrix(0.911529,0,0,0.879738,993.222,1127.69)">
              <path
                d="M4969.81,3670.21L4968.13,2376.63L4318.9,2654.38L1679.39,2103.98L1679.39,3331.19L4318.9,3990.97L4969.81,3670.21Z"
                style={{ fill: 'rgb(233,141,86)' }}
              />
            </g>
            <g transform="matrix(0.911529,0,0,0.879738,993.222,144.483)">
              <path
                d="M4969.81,3494.96L3166.77,3106.72C3166.77,3106.72 2756.27,3205.4 2546.69,3221.59C2298.79,3240.74 1679.39,3221.59 1679.39,3221.59L4324.55,3858.85L4969.81,3494.96Z"
                style={{ fill: 'rgb(186,82,40)' }}
              />
            </g>
          </g>
          <g transform="matrix(1.13752,0.271956,-0.184738,1.67457,93.4212,-1749.94)">
            <g id="label21" data-serif-id="label">
              <text
                id="label22"
                data-serif-id="label"
                x="3216.74px"
                y="2809.47px"
                style={{ fontFamily: 'AvenirNext-Regular, Avenir Next, sans-serif', fontSize: '200px' }}
              >
                Klubben
              </text>
            </g>
          </g>
        </g>
      </g>
    </svg>
  );
}
