"use client"; // Error components must be Client Components
import { useEffect } from "react";

import { fr } from "@codegouvfr/react-dsfr";
import Button from "@codegouvfr/react-dsfr/Button";
import * as Sentry from "@sentry/nextjs";
import type { Metadata } from "next";
import Head from "next/head";
import Link from "next/link";

import { useLiveChat } from "@/components/live-chat/useLiveChat";

export const metadata: Metadata = {
  title: `Erreur sur la page`,
};

export default function Error({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    // Log the error to an error reporting service
    console.error(error);
    Sentry.captureException(error);
  }, [error]);
  const { showLiveChat, isLiveChatLoading } = useLiveChat();

  return (
    <div>
      <Head>
        <title>Erreur</title>
      </Head>
      <div>
        <div className="fr-container fr-my-6w">
          <div className="fr-grid-row fr-grid-row--center fr-grid-row--gutters">
            <div className="fr-server__body fr-col-12 fr-col-md-8">
              <h1 className="fr-h1" data-h1="Erreur">
                Une erreur est survenue
              </h1>
              <p data-p="La page n'a pas été trouvée">
                <b>{error.name}</b>: {error.message}
              </p>
              <p className="fr-text--xl">
                Nos équipes ont été notifiées et interviendront dans les
                meilleurs délais.
                <br />
                <br />
                <Button
                  onClick={() => showLiveChat()}
                  disabled={isLiveChatLoading}
                  iconId={isLiveChatLoading ? "ri-loader-2-fill" : undefined}
                  size="large"
                >
                  Contactez-nous
                </Button>
                <br />
                <br />
                <Link href="#" onClick={() => window.history?.go(-1)}>
                  Retour à la page précédente
                </Link>
                .
                <br />
                <br />
                Ou ré-essayez en passant par la{" "}
                <Link href="/">Page d'accueil</Link>.
              </p>
            </div>
            <div className="fr-server__image fr-col-12 fr-col-md-3">
              <img
                style={{ maxWidth: "100%" }}
                src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAoAAAAMgCAMAAACEeCNLAAAAsVBMVEVHcEz19f719f719f719f719f719f719f719f719f719f719f719f719f719f719f7j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/3j4/319f4AAJFqavTj4/17e/XBwfrs7P8fH5+oqNz09P7m5v3u7v7Kyvvy8v7t7f/q6v3k5P3o6P3l5f3m5vfz8/7s7P3r6/3v7/7x8f7p6f3s7P7t7f53u9AbAAAAH3RSTlMAMJ8gEIBgv0Dvz99wj1CvEM9g759Av4Awr98gcI9Q8l1WhgAAHFVJREFUeNrs3el227YWhmFTJEVSHOR5SJMwUVc8ZHTq5fqk939hR5RlWZMlaiA2sPk+f1qvorYZfCGATQg8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMKcKwG+zeJuiGYXFgro1nqA2a5fXKoaTYtU03qdr0PHNtosBEGzQrSMtn8W5tinGTNDDXpnfQfBs0LBt3Qhnt1qb30iYz2KbbfBs0rP/SCeVubSZN+rraoGFRjXBFmwQw0tUGDevUCFdnkwB2dLVBw7o17gJ12kQ15lMutoGhMTjxdmvjJetHs3236Rlog8brMKMBNvV2beONajWdQFsbNM6PY28fbbw49jW2AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkjgjGoI4I5ozoiVxRjSnY4nijGjOBxTFGdGcES2KM6I5I1oUZ0RzRrQozohmDmjFGMwZ0RCqw3BGNHVAWZwRDQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArJVFZdqPV7eJ+0m5rk31fTqewTaBmTZoVNBbeyDp5HisvMb36Zprs/I8pX21QcPylyPKVpxA7tdo8/J9Et9gm6D5NmhY8hKutEZI0xrfJ9PVBg0rOaKXI3oJIAFkCE5qDMFJje+T62qDhoU1OsGv0WYSUl9XGzRtfAR+L1hfhlnVRqAMY6QNGlcVmaNs9zZZVCY1itXOtQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBr1TmeYnQ0R3f377PHNmnHN9MGjXo5oKezqlF3fRsOJ8JWJkeUhW+38Wu0kThWzcR51GiY0wdUhs23QcM4opcjegkgAWQIXjW8ZpwRjabUOiM6sXMRwhnRljm+ejcYnJy/P9zkf9rgjGgXyzCdOM7CoX40kpZLJNV/yYeNsjiOnQnj2cXl3Ndnsr/Qx2H6np1cbPL/1Tn/2eukthWi32zjjyLXj8qtpVUch2G0On+Xw36eTuDxsOMvJX+hD4MpR3+17e4fxHGVul65V71hEi0N4ll1pzmeyd9A8hZ4Uf0C58dnZx9PRzfBw5YEzxve7jrLR9b9SaM8i217o+F51c/H0/k7Euz0yyp0478Al0dVFrUnLy6aD978VDHsWvRm18Oj1wSK56/66/A6Ixj9ameqk5eUUqK88G1LoHz+qhvgx9kvrxRO87LQ7D3vzXthP4utSeB7C/JXzQCPpr++Gv5GuqKXC9703rgVhp4dCTyXz18VuJnSy3s1AYy7oXXRm74T+hYkUD5/1RTwbH6Nfun8bS/s90rrpXkhn0Dp/FUBPD6Yq0o6vArxC4tve0tuhJ2uWI3m/SiApxbUhGZ+h1Nnh2DHsjfRl8ng8XgIlk7gxWzp+fBkMHhH9kxnsJDJ34kFCazqLh9mb4AfHJvvOZ29yVjsmc/f0eGpBQk8n3os8/x7OfM0OM46aalGanBdPKn/WZDAatk7uBqF7q+qCOjGDdDv5lGpTic2nD8rEjjajDA4v7g4f16XM+hK3gZNrEimn388V2NkEzizHev80ObweaoG3eWzwbzxkXim/je9M0FsFD7fbkOq2RvfcKVbtkPTC5LZ+vMogdL9fnlx/m7w7urY0tuf3+30yjaJGp0MXpycTnf04VULtyFvMur207J9opiut6HO0k/KtiKCwuFrzZTv7Qh6xEBo2CV84+UInzuWmPMlJG8iD4iE0dUu4ZuvC2bkwlCdL0+J29KnI6xGDIy7TPpWbddiKrhUlZp0zRGN1fEdSbhqIhMw7jIObzVmjh9O9FY1Gh9O9OYBRl7YI1519CjJzNv5jOig6DDrYz28td3OiPazPpliMbKL1z+Zt9u8cUSvlzPwchOUCiAD7w43QWaCr9IthuDhtI8V7054L8TrnWwyMNRYhOSjegvTvj0sh6kJTsqAa0osM2UY0re3miDvB3stMqdrz4genSMdkr596rAW2ahgTfqoSsshfQzDgusU1ryNlQRJ1zpeTvoaFDERXMUPqTZTlJZbdvCkjYmg4MSPbPBYRGzoZV+90YogiZsdetlYb7oiyFLkddVLzUUigTwafr75Zaw7hJYiLIYPDmLWHSRQcObHukNWl5kfSKDMVgNmfiRQ8HEbNz8SKLfw6NPtJFBu7GXhwUMRxl60MYEeRT9GYcG9LjzuJYHUnNHGBAZM/Uig4MqDqR8JZLsBVlO6MyFm5UECBYvOxM+lBGrbocrC1zG6dukTPwcTSPwgSslDOcp+zgqJHygHEj+KMcQPMlKXl8IZ8WMpzMoXu8mJH1iIED8WIg5tOeBDvrqmgW4tRNjxok7fpe2mxE8hZ96zzm5npdyYBgYhPcU0UA6PPRSzf2MMlRfdCpa+EK0G2jwI+306SL2ItQeoxSyb/LH2aMkgbOXH5HjsxiDM5A8tHYSp/DEICyqo/DEIs+sAJnUpvUB0ELakHB0z+rZUh7UvRMV82hKSUun4eVSe2032vJggpwcoBrL4QCvXIQGf+IDgOqRg8YGKzPOQgNoLxrrc/iBaigm4/aFNpRhuf5gtxQTU/iApp/YHUeaq0Rbuu/r+48uXH98JgSRT1Wjfwie/37+MkMAW3AKt/Mjlj+cA/iAE2m+BlhZfvowRAuW3QM/S1QcBbMctMLP1yhmC23ALtPjZB4uQFtwCPZuLf5Rh1N8Cu/zpQu4WyMZT1BK0p/gMGzWzKSZm6wvqaWRTTMafKwuruhrYGs30j9JSfXv/lHrA9E+Gq8X1okXVP9Vcfby43w/IsfOeAG7Kp/rMECxpj8VoPvnBIkSyEsPylzKMYCWG5S+20yN/ELWPd1lz6CQklyEe5Rdsvwwhf3B6GUL+sJM++YMon/xBUkb+IKlH/uDmGEz+tHr47+f9/c//Hsz8tJD8YSZ+94OxeyMRTMkfpnz9NZj49dXET9zqcVxA/nT69zl59/e/R//yr6VjMPsPtI6/1f3v/qn616dqKP5lYBTukT+8+DkM3c+lX1i1Dmb/qVK3w8j9bzaOt83/1I1r0ey/V7sCGQ6604kbTgQNrEM2/XQcnz/SPALPjLmPg8GjgR+72UdDYvpJrfu5de/TcEVi4MdutCfLd7QAc3P9Sa3rm/0F8EkggJ0WLIBvPql208wd8OvMmqQxSQsWwNe6A3i9tzng49zXf0z0Tv2HIc6ev/ZJuUZWwQ+DwcDIx41rPwzxSgKoOYC3v6Ynfbd3g8Gdkd6pW4gJUgKoOoDln+E97258D7yt6tBPZrqnZgD7JQHUHcDybrQJporg19+GnsRVYvUH8BLAmoPw3WgXzO/nf5jKX71JoJ8oCKC20vHer+v28XU/4B9jl1FrEhjRUa24rofH0V7Au8cHg9fh5tvPCaCa61o/CfTpKK5LchIY0VFcl+AkMKOjuK4GJdo/hEQALecp34RPAC3XVb4JdaGjqv2B0/vo1n09T3J/4dTvpSaAueYVyJKOupnbR7fu64X8WbL/T00AI+WfApnvqOu5fXTrvp4nvL/wWt/UYlUAU3UB/GfDr+f9Y8uzXz0B9HS/BZgA2q7QfQ4MQ7DtQqUPgVmEOL8KSTQGkDKMbVLdByFQiHZ2GZzSUVyXCbHqk2AIoKvL4IiO4roEl8E+HcV1mdFRfRYlAXS0DpPQUVyXGYnqwygJoP2UnYWwvKOcOd9vw0K3hj5ash0hKAmgzPl+N1tuTnBZrPk4aNfO97tuYQC7ikdg68+G2fX31dBHoeIRmAA6GcCCADIESxYCcwLIIkQygD0CSBnGnJ7iKSCFaBcr0QUdxXVJBjCko7guyQBGdBTXZVKsdCcMAXQzgD4dxXVJBjCmo7guyQBmdBTXZVShdxFMAF0Q6l0EE0ACSEdxXZsFkI7iugggHUUA6SiuSyKAMR3FdRFAOooA0lFcFwGkowggHcV1EUA6igDSUVwXASSABJCO4roIIAEkgDo6ysSLZ1a9+IYAlmXW4gDeCB3BQQCnxC0OoKEXb10TwNoB9NsUQGOvXyWAtQN4QAAJIAFkCG5RAH2NbylkEeKOgzZ/KIkyDAEUDSDXZV0A+WA612VURAC5LpsCyOFEXJdR/bkAenQU12XSwntC6CiuSzSAPTqK6zKo0PumOALogphT8rkuST7vCeG6JC28qcuno7guc9LF1wUndBTXZcziuwo1PQ0mgNbLFwMY0lFclzGL76vW9DCOAFqvWAxgQEdxXcZ4iwFU9CxEZEPqNhtQv/39+fPf39oYwCX5O8hbE8AbS7bgf/s88q19AUyXBbBoTQCvLfkQ0v/ZO9f1tm0lioIUryIlurk2PmlyKiWO49xP035t3//BjizbsmSLBCgMCMxgr19NM1+aBKsbxAAE1zcCruMTsDwmYBaLgP8L5DXMd7/f8i46AfNjAsp5CGQi4PpOwHV0Ai6PCphHImAgU/AuAI0jUI6AyVEBq1gEDGMRsr4XcB2bgOo4dSQCBtGG2QtA0wgUI2DZI2Aai4AhsN4XcB2XgGmPgAUEnIyDADSMQDECtj0CZhDQTwAaRqAYAZMeAaW8GMJgoB4EoFkEihGwzz8pczCDgVo/FHAdkYBlr4AZBJw4ANfrEREoRcBFr4BCjkWHP1D32r0bEYFSBFwq4XNw8AO1b92ICJQi4EwJn4ODH6h96UZEoBABGzVABwGnDcAxEShEwHRIwAICThuAYyJQiIDFkIBZDQGnDcAREShEwNmQgCL2gwMfqIfCGUegDAEHHwFlnMkKe6Ae+2YagTIETIcFlPDFkLAH6rFuphEoQ8BCI2AOAScOQOMIlCHgTCPgLAIBbQ6k2n6A5phshhEoQsC50tGJF/DDxO//6gLQNAJFCLjQCrgUL+DFxO//6lUzi0ARAlZaAfkvQ1y/lkkegIYRKEHAWu8f/2VIwAL2iWYUgRIE7AwEzIQL6HEK7vfMJAIlCFgYCMh+NyTcRUi/ZiYRKEHAzETARLiA3towQ5YZRKAAAUtlRClcQF8MSWYQgQIEbM0ELCCgC4Yd00egAAFnZgIy78SEOlDDiukjkL+Ac0P/VAsBpw5AgwjkL2BrKiDvc6mBDpROMG0E8hfQdAZm3owOc6D0U6zOUPYCGs/AzM/EhDlQ+kWGTlH2ArbmArJuRgc5UCadZo2j7AXMVBwRGORAHZPr4XdCNJJyF7BTKo4IDHGgjrn1+DshwxHIXcBilIAJBHQdgI+/EzIcgcwFrNU4SgjoNgB/3v0706dA5gKmIwWsIKDbADwm4GAEMhcwUbFEYHgDddyrIwIORiBvAZux/vGNwPAG6rhWxwQcikDeArajBWQbgcENVI9VxwQcikDeAmYqmggMbqB6pDoq4EAEshYwVSqaCAxtoPqcOirgQASyFrA6RcAKAjoMwB4B+yOQs4CNOokOAroLwB4B+yOQs4DFaQLOIKC7AOwTsFdYxgLW2WkC8twRDmug+qfUHgF7jb0guBrEE4sT/eMZgWEJ2L+o6BOwT9kPBJcjeWJ2qoAsIzAoAQfaKn0C9jp7/T7zBUf/0pP9Y/l2SFACDjSWewV8N/JT6jJ7MHzfDglJwCGXegUc8/kkDpQW/nGMwJAEHFKpX0BhEbi0EZDhO8IBCThoUr+AsiKwUXY0ENBJAA4JKCoCC0sBlxDQSQAOCSgpAm0DkN+ZhHAEHNZoSEBBEVhYC1hBQBcBOCignAi0D0B23ehgBNRINCigmAgsCASc1RCQPgCHBZQSgRQByK0bHYqAOoWGBRQSgQWJgFkDAckDUCOgjAikCUBml/YGIqBWII2AIiKwIBKQsBVz+c+/hz/++vcfEgU0vg/w5PsCIwpAylbMj9Xq675/H1er7xIF1Ovz+HIicRFYkQlI14rZCLhn4LV/q28CBTSx5+H1bOIisKTzj+5UzNVqz8Ctf6srgQJSyMM+AgkDkLAVszXw46Uz/4IQkMYd5hGYKlIacgPd+BeEgDTq8I7AekYrIN065NZAR/6FICCVOawjMFfEdMQGOvIvBAGpxOEcgU1GLSDhlvDWQEf+BSAgnTeMI7BQ5BBuCV+58y8AAem04RuBpXIA3Zbw5XU7cPXjUqSAlNawjcDEhYBk65Cb9cddN0aagKbS6BrRnCNwoZzQ0frnxkDfApo6o9uK4xyBdeZGQJr9kK1/H//46MhA3wKaKrM20pRnBC6VI1oy/y5vc5DeQM8CmhrzU3Mci3MElsoZczL/3roy0LOApsKYCsgwAqn3QEg/4XXv34avLgz0K6C5L+txdYwisFUOWVj+5n4cKLc18G9JAprrYrYIYRiBc5f+Wb8f8uMw8r4KE3CMLSZtGI4RmDgV0Paqjqtvq4Mp98/Vx8+CBHQhC7MIzJVjusD/AnwK6MYVF1ZffTt89t4EA83G6Ny1f8G/p+5TQDezpQutv61W3/amnuvN+R8cJmAGVwZ6FNDVZOnA6++rfQO3h0NIXg5r1QTMIeC0ywUHYt+8DvZ5zz+Sdlg5hX/2zUChArpbLTgwe89AOv9ctqDZXBbjT0B3/RIXat8Y+Belf+72gDldFuNNQJftEhdu376UQ+hfqqaiYiCgU459MGYniQX7jelPx35BSrmpj8XNs8kEDPnSyv9Ow4feALRjZ+Cn4z//zoGBRNvxyXT+hfz9kIkEvHARgPsRt9b8PImBlK9GtGpKlrEL+PAZ8+fvRNz9gn0//5Pw74ry5bBOTUsHAdkLSPl67JQPgGHvyF1gCh7jH9EFAXWipibUHbkPnhYhn6ZZhHwi9o/oipRCTU+oX7D5cOGnDfNp7b4Nsyb3j+aSqIUH/wLfkQOG/lEYWCov5BhGtvy13/+zNbDJ/AgY+LEYMMD3g/7z1sCTzwN6WIAw/Ywc2PHn4f7HtYEnC1gobywwklz595+D/Y/Lq6tT90Nyf/4x+4YScEGqfIJJOHbmyi+YhCP3L/MsYFZjECJmqjP4LI/FAPf+Jco/HcYhWqoA/MMkHC+FCgJMwvAPkzCYnDYU/zAJR0mqwgGTMPzDJAzi9Q+TMPzDJAwi9i/oqxJABP7hYBb88wwOZsE/HMwC8fqnMryiFAO5Cha8JxwBhQoYvCcM//yCSVg29TJs/4L/hg2w8y9RoVNglOTShO8fTiUIxvv7b9gQiZqOhX/YEJFKqrgQXy/m85f37798lv1nLBQfYuvFfH6/RbKBdcXIv+h6MV9uBPwiePmRKFZEdjj1/S1i/4BlppiRQkBBLBQ74joXI3sKrgvFkCSmx0DRi5AmUSyJaktOcBumyxRT8I6SBFrFFhyPRvcPj4Egru4LTmZJIlfcwWMgVr/YFAaRrX5xQB/NZ5wNBHarj5mSQovRxOoDCxEwgnkiyT/0oxF/WIiAWOMPCxHEHxYiIOb4w0KET+8vV2LBQgS9P79LYdyWEHr8FUo0OJoVNmmmhIOviIS8+KiUfHA4MNjZt1VRgKUwZl8YCGKcfbErjLUvDASPWWQqLtCMCYlupqIDBoaz8VGpGMHJmDBoChUpaAeGsPbIVbzAQP/6ZSpm8Dk5z43nmYocNKShHwyEfjAQQD8YGFHfuYJ3MBDpBwOhH4CB0A8GxtJ2hn4wELseMDBKmhb6wUBvzAsYBgPR9gubBUzBygOns/DoBwMBFSUe/caxxHsimHu9gjeVMPf6ZYb3hUl23LDuPRW8sW4ffjnmXjQE/TX9llDIEryqZPHkh/CjaMdgKYInP7+LYdwjfcJ2L5a9hEuREkaNmnoXmHqxM+yv44x1B3ZF/K16MfW6ehBER1D/4IdVr8sHQXQE8eCHfkyw9iWyx/7X3148Xb149gZbw0EuO6R3/M5erW4596wgtkViXPT++nR1zzO7pURaa89FVt1ATYWmdHQtl/9s/fvlt5fPzm0NvD3knFrUZGgJ7p77Itlre3Gt3/PtPz7/ZfPPr09/hrtbRQzcRLy7rLy3BiEYw6rjnjfX/p3dPQ1uDHx6duov1e7++vprOn1N9IcE52009m3YLEDO75U7e2oRgfdbulQ1Me51xNZt3gTgk70fvt7kIQT0tuiIb6ft+WbOPViSbIQ89dfarR9qohosOqIQ8MXDRDx5EaJdYIyswcQLAaduw+zXRDIVN1EfsHoooM0UrGkyj6+ZpRFEX6LiZiPc2eEi5FVAv7uqFP3Uh7Ol2zbMy/sfnZ0fLooDUFBmV7DuChyv2vLkoA/zzKYR7YhC3NbIPMcbbYdbcbcZeLbxb/UmvN+iJAU38y5O1R+wPYxw/vr58+cvz62PwzhTUMSzYJNi3j0C4XEsLEfw0HdKBu4OpD59HfBvk29TpkazRReC10fyz189OQv7t5nlDaZd4JVlx2m1u4B88pjxiMEyx2pXLNevngQ96+KRT/5UHKaDdZlXCL5oHGwCc2+JJ77Y5uJ8DveA39ZM4TUI5x3mXDDzIWFT5gXWGmAn4XJRTpd6BY6zgGPPhIVTC5tykVd42AOaLKzytKxpxevyFuaBUYuTarnx0GqRPN94ly8hHrCiqop8o6KZi01ZbqbZzSMetANOHhKrLW2+x82/gnEAAAAAAMDnqqmKtsb67472ao5BivJtk2r2wtqwarJcX7O83lRsKuua7UcvJqrJiWqsMbl4KKWtGbL07qpVTjXL235QZVlTTFiTEtVYY3L12pKo5u6DDvVA92QRWE2pr8nudnAGbjk2qdkNxQQ1FVGNPQuD/0pHVLPbamsDq+n/nyZ7q68pdjWJVU07YU1OVGMP/RW9/TX3L/+wqakMau4HqoquBgIGUAMBSabg2n2NwZTHsSYx+KNLrZlmEUJVs2C4CBmzUClUfDXTtGGIam5bGnUhrabUj5PUGgKmbERvG78zeTVJnmuvzJdaAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOCarqmSqmlml/1BqwrCG6L7ljGGNNdvrd8pBdTKqmu01lovh4S4nrGloakK7t9mg5ma47GvsSfW3P6k5Tc3dfctDFxjN6ulqEqIaqnubFxPWlEQ11uyuAB34G26JalKDCw+nrGloaqa825mqZklUQxaA096QmgZRMyOqaQO7/xl3RGulCONq3YSoBlf02tAZiENVsyvpRNVAQBtagzShqtl9/bcQVYM7oq2agI1+nqequXuqnStZNbgj2oZk+/94vZyiZtsLe1tmwmpwR7QdyzwvsmlqsiLPdUsqjjW4IxoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H87d7CaMBBGYbQzahIL1Ufo+79lKYi7NtPe3yDxnPVlIBASmMUHAAAA8DCHsbZzyabtsxF9+Jj7UrBpA5vpWnPOUrRJHftA23mu2WzZba7aXAY2p9WK79imr29umeP8nLlmk5vH287pZstuc9Xmsh5jvTeZT+GmD2zmonPeizaxaSB3eyraXAeCh/OTbf7SiP48Rpu24WYq2uReuBE9smkDG4XUgj/wKzai3zSiNaL3sJkGavJ73eQ0ouPN8bz+6HvdFNzCaETHm9un4txecJPTiM43l+9n77+3bPe6KaARHW8AAAAAAAAAAAAAAAAAAACAh9GIjjdLH+gt95r+87NtUhrReSO6b9d/rtq0ok1OIzpuRPcN+89Fm3vMLNzkNKLjRnR7sv6zRvRPNKIleh/2cmlEewH/RSNaIzrY5DSiNaKDTcEtjEa0RnSwyWlEa0QnmwIa0fEGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHbjCzqVYCFF2FwnAAAAAElFTkSuQmCC"
                alt=""
              />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
